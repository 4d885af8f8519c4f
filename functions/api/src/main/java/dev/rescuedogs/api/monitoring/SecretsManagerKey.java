package dev.rescuedogs.api.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.api.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The operators' key from AWS Secrets Manager ({@code ADMIN_API_KEY_SECRET_ARN}), read on the first
 * operator request — never during a cold start of the public routes — and kept for the life of the
 * instance. The secret is the key itself, or a JSON object with the key under {@code
 * ADMIN_API_KEY}. While the secret cannot be read, {@code ADMIN_API_KEY} (if set) is used, and the
 * secret is asked for again at most every {@link #RETRY_AFTER}.
 */
public final class SecretsManagerKey implements Supplier<String> {

  /** Shortest time between two attempts to read the secret after a failure. */
  public static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  /** Field of a JSON secret that holds the key. */
  public static final String JSON_FIELD = "ADMIN_API_KEY";

  private final String secretArn;
  private final String fallback;
  private final Supplier<SecretsManagerClient> clients;
  private final Clock clock;
  private SecretsManagerClient client;
  private String key;
  private Instant lastFailure;

  /**
   * @param fallback the key to use while the secret cannot be read, or null
   * @param clients creates the client once, on first use
   */
  public SecretsManagerKey(
      String secretArn, String fallback, Supplier<SecretsManagerClient> clients, Clock clock) {
    this.secretArn = secretArn;
    this.fallback = fallback;
    this.clients = clients;
    this.clock = clock;
  }

  /** The production client: region and credentials from the Lambda environment. */
  public static SecretsManagerClient defaultClient() {
    return SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  @Override
  public synchronized String get() {
    if (key != null) {
      return key;
    }
    if (lastFailure != null && clock.instant().isBefore(lastFailure.plus(RETRY_AFTER))) {
      return fallback;
    }
    try {
      if (client == null) {
        client = clients.get();
      }
      String value =
          keyOf(client.getSecretValue(request -> request.secretId(secretArn)).secretString());
      if (value == null) {
        throw new IllegalStateException("the secret " + secretArn + " holds no operator key");
      }
      key = value;
      return key;
    } catch (RuntimeException e) {
      lastFailure = clock.instant();
      ErrorLog.error(
          null,
          null,
          null,
          "cannot read the operator key secret; "
              + (fallback == null ? "operator endpoints answer 503" : "using ADMIN_API_KEY"),
          e);
      return fallback;
    }
  }

  /** The key in a secret string: the whole string, or the {@link #JSON_FIELD} of a JSON object. */
  static String keyOf(String secret) {
    if (secret == null || secret.isBlank()) {
      return null;
    }
    String text = secret.strip();
    if (text.startsWith("{")) {
      JsonNode field = Json.parse(text).path(JSON_FIELD);
      return field.isTextual() && !field.asText().isBlank() ? field.asText().strip() : null;
    }
    return text;
  }
}
