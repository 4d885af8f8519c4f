package dev.rescuedogs.scraper.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeRequestTest {

  @Test
  void theRunsOrganizationsAreReadWhenPresent() {
    ScrapeRequest request =
        ScrapeRequest.parse(
            "{\"run_id\":\"r1\",\"organization_id\":\"rean\",\"run_organizations\":[\"rean\",\"dogstrust\"]}",
            "m1");

    assertThat(request.runOrganizations()).containsExactly("rean", "dogstrust");
    assertThat(request.correlationId()).isEqualTo("m1");
    assertThat(
            ScrapeRequest.parse("{\"run_id\":\"r1\",\"organization_id\":\"rean\"}", "m2")
                .runOrganizations())
        .isEmpty();
  }

  @Test
  void aRunOrganizationsValueThatIsNotAListOfIdsIsMalformed() {
    for (String value : List.of("\"rean\"", "[\"../etc\"]", "[1, 2]", "{}")) {
      assertThatThrownBy(
              () ->
                  ScrapeRequest.parse(
                      "{\"run_id\":\"r1\",\"organization_id\":\"rean\",\"run_organizations\":"
                          + value
                          + "}",
                      "m3"))
          .as(value)
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("'run_organizations' is not a list of organization ids");
    }
  }

  @Test
  void aLivenessMessageCarriesTheDogsToCheck() {
    ScrapeRequest request =
        ScrapeRequest.parse(
            "{\"mode\":\"liveness\",\"run_id\":\"r1\",\"organization_id\":\"rean\","
                + "\"liveness_candidates\":[{\"external_id\":\"7\","
                + "\"adoption_url\":\"https://rean.org.uk/dogs/7\"}]}",
            "m4");

    assertThat(request.isLivenessCheck()).isTrue();
    assertThat(request.livenessCandidates())
        .containsExactly(new LivenessCandidate("7", "https://rean.org.uk/dogs/7"));
    assertThat(
            ScrapeRequest.parse("{\"run_id\":\"r1\",\"organization_id\":\"rean\"}", "m5")
                .isLivenessCheck())
        .isFalse();
  }

  @Test
  void aLivenessMessageWithoutUsableCandidatesIsMalformed() {
    String head = "{\"mode\":\"liveness\",\"run_id\":\"r1\",\"organization_id\":\"rean\"";
    String tooMany =
        ",\"liveness_candidates\":["
            + String.join(
                ",",
                java.util.Collections.nCopies(
                    101, "{\"external_id\":\"1\",\"adoption_url\":\"https://a.org/1\"}"))
            + "]";
    for (String tail :
        List.of(
            "",
            ",\"liveness_candidates\":[]",
            ",\"liveness_candidates\":[{\"external_id\":\"1\"}]",
            ",\"liveness_candidates\":[{\"external_id\":\"1\",\"adoption_url\":\"javascript:x\"}]",
            ",\"liveness_candidates\":[\"https://a.org/1\"]",
            tooMany)) {
      assertThatThrownBy(() -> ScrapeRequest.parse(head + tail + "}", "m6"))
          .as(tail)
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("liveness");
    }
    assertThatThrownBy(
            () ->
                ScrapeRequest.parse(
                    "{\"mode\":\"crawl\",\"run_id\":\"r1\",\"organization_id\":\"rean\"}", "m7"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("unknown mode 'crawl'");
  }
}
