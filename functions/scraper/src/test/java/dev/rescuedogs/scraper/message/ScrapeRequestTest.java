package dev.rescuedogs.scraper.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
