package dev.rescuedogs.standardize.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
