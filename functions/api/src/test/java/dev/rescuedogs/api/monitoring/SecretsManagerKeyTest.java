package dev.rescuedogs.api.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.api.http.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** The operators' key from Secrets Manager, against a fake client. */
class SecretsManagerKeyTest {

  static final String ARN =
      "arn:aws:secretsmanager:eu-west-2:123456789012:secret:rescuedogs/admin-AbCdEf";

  /** Answers with the queued secret strings in turn; a null entry fails like an access denial. */
  static final class FakeSecrets implements SecretsManagerClient {
    final List<String> answers = new ArrayList<>();
    final List<String> askedFor = new ArrayList<>();

    FakeSecrets(String... answers) {
      this.answers.addAll(java.util.Arrays.asList(answers));
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
      askedFor.add(request.secretId());
      String answer = answers.remove(0);
      if (answer == null) {
        throw SecretsManagerException.builder()
            .message("AccessDeniedException")
            .statusCode(400)
            .build();
      }
      return GetSecretValueResponse.builder().arn(ARN).secretString(answer).build();
    }

    @Override
    public String serviceName() {
      return "secretsmanager";
    }

    @Override
    public void close() {}
  }

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void readsTheSecretOnFirstUse_once() {
    FakeSecrets secrets = new FakeSecrets("  operator-key-from-the-secret-0123456789 \n");
    AtomicInteger clientsCreated = new AtomicInteger();
    SecretsManagerKey key =
        new SecretsManagerKey(
            ARN,
            "environment-key",
            () -> {
              clientsCreated.incrementAndGet();
              return secrets;
            },
            new MovingClock());

    assertThat(clientsCreated).as("no client before an operator request").hasValue(0);
    for (int i = 0; i < 5; i++) {
      assertThat(key.get()).isEqualTo("operator-key-from-the-secret-0123456789");
    }
    assertThat(secrets.askedFor).containsExactly(ARN);
    assertThat(clientsCreated).hasValue(1);
  }

  @Test
  void aJsonSecret_holdsTheKeyUnderItsName() {
    SecretsManagerKey key =
        new SecretsManagerKey(
            ARN,
            null,
            () ->
                new FakeSecrets(
                    "{\"ADMIN_API_KEY\": \"json-held-operator-key-0123456789\", \"other\": 1}"),
            new MovingClock());

    assertThat(key.get()).isEqualTo("json-held-operator-key-0123456789");
    assertThat(SecretsManagerKey.keyOf("{\"password\": \"x\"}")).isNull();
    assertThat(SecretsManagerKey.keyOf("   ")).isNull();
  }

  @Test
  void whileTheSecretCannotBeRead_theEnvironmentKeyServes_andTheSecretIsAskedAgainAfterAMinute() {
    FakeSecrets secrets = new FakeSecrets(null, "operator-key-from-the-secret-0123456789");
    MovingClock clock = new MovingClock();
    SecretsManagerKey key = new SecretsManagerKey(ARN, "environment-key", () -> secrets, clock);

    assertThat(key.get()).isEqualTo("environment-key");
    clock.now = clock.now.plus(Duration.ofSeconds(30));
    assertThat(key.get()).isEqualTo("environment-key");
    assertThat(secrets.askedFor).hasSize(1);

    clock.now = clock.now.plus(SecretsManagerKey.RETRY_AFTER);
    assertThat(key.get()).isEqualTo("operator-key-from-the-secret-0123456789");
    assertThat(key.get()).isEqualTo("operator-key-from-the-secret-0123456789");
    assertThat(secrets.askedFor).hasSize(2);
  }

  @Test
  void operatorKey_checksTheHeaderAgainstTheSecret_andIsClosedWithoutAnyKey() {
    OperatorKey fromSecret =
        new OperatorKey(
            new SecretsManagerKey(
                ARN,
                "environment-key",
                () -> new FakeSecrets("operator-key-from-the-secret-0123456789"),
                new MovingClock()));

    fromSecret.require("operator-key-from-the-secret-0123456789");
    assertThatThrownBy(() -> fromSecret.require("environment-key"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(401));
    assertThatThrownBy(() -> fromSecret.require(null))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(401));

    OperatorKey unreadable =
        new OperatorKey(
            new SecretsManagerKey(
                ARN, null, () -> new FakeSecrets((String) null), new MovingClock()));
    assertThatThrownBy(() -> unreadable.require("anything"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
  }
}
