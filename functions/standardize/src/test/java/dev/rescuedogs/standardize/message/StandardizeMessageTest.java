package dev.rescuedogs.standardize.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardizeMessageTest {

  @Test
  void readsTheRunsOrganizationsAndRefusesAnythingElseThanAList() {
    String base = "{\"run_id\":\"r1\",\"organization_id\":\"rean\",\"bucket\":\"b\",\"key\":\"k\"";

    assertThat(
            StandardizeMessage.parse(
                    base + ",\"run_organizations\":[\"rean\",\"woof-project\"]}", "m")
                .runOrganizations())
        .containsExactly("rean", "woof-project");
    assertThat(StandardizeMessage.parse(base + "}", "m").runOrganizations()).isEmpty();
    assertThatThrownBy(
            () -> StandardizeMessage.parse(base + ",\"run_organizations\":\"rean\"}", "m-9"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessage(
            "standardize message m-9: 'run_organizations' is not a list of organization ids");
  }

  @Test
  void shouldDefaultToIngest_andToTheMessageIdAsCorrelationId() {
    StandardizeMessage message =
        StandardizeMessage.parse(
            "{\"run_id\":\"r1\",\"organization_id\":\"rean\","
                + "\"bucket\":\"b\",\"key\":\"raw/r1/rean.json.gz\"}",
            "m-1");

    assertThat(message.mode()).isEqualTo(StandardizeMessage.Mode.INGEST);
    assertThat(message.correlationId()).isEqualTo("m-1");
    assertThat(message.location()).isEqualTo("s3://b/raw/r1/rean.json.gz");
  }

  @Test
  void shouldRejectIncompleteMessagesAndUnknownModes() {
    assertThatThrownBy(() -> StandardizeMessage.parse("{\"run_id\":\"r1\"}", "m-2"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessage("standardize message m-2 has no 'organization_id'");
    assertThatThrownBy(
            () ->
                StandardizeMessage.parse(
                    "{\"run_id\":\"r\",\"organization_id\":\"o\",\"bucket\":\"b\","
                        + "\"key\":\"k\",\"mode\":\"purge\"}",
                    "m-3"))
        .hasMessageContaining("unknown mode 'purge'");
    assertThatThrownBy(() -> StandardizeMessage.parse("[1,2]", "m-4"))
        .hasMessage("standardize message m-4 is not a JSON object");
  }

  @Test
  void aLivenessMessageCarriesChecksAndNoRawResult() {
    StandardizeMessage message =
        StandardizeMessage.parse(
            "{\"mode\":\"liveness\",\"run_id\":\"r1\",\"organization_id\":\"rean\","
                + "\"liveness_checks\":[{\"external_id\":\"7\",\"url\":\"https://rean.org.uk/7\","
                + "\"verdict\":\"gone\",\"evidence\":\"HTTP 410\",\"status_code\":410,"
                + "\"checked_at\":\"2026-11-30T15:10:00Z\"}]}",
            "m-2");

    assertThat(message.mode()).isEqualTo(StandardizeMessage.Mode.LIVENESS);
    assertThat(message.bucket()).isNull();
    assertThat(message.livenessChecks())
        .containsExactly(
            new LivenessCheck(
                "7",
                "https://rean.org.uk/7",
                LivenessVerdict.GONE,
                "HTTP 410",
                410,
                Instant.parse("2026-11-30T15:10:00Z")));
  }

  @Test
  void aLivenessMessageWithBadChecksIsMalformed() {
    String head = "{\"mode\":\"liveness\",\"run_id\":\"r1\",\"organization_id\":\"rean\"";
    for (String tail :
        java.util.List.of(
            "",
            ",\"liveness_checks\":{}",
            ",\"liveness_checks\":[{\"external_id\":\"7\",\"verdict\":\"vanished\"}]",
            ",\"liveness_checks\":[{\"external_id\":\"7\",\"url\":\"u\",\"verdict\":\"gone\","
                + "\"evidence\":\"e\",\"checked_at\":\"yesterday\"}]",
            ",\"liveness_checks\":[{\"url\":\"u\"}]")) {
      assertThatThrownBy(() -> StandardizeMessage.parse(head + tail + "}", "m-3"))
          .as(tail)
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("liveness");
    }
  }
}
