package dev.rescuedogs.core.rawresult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawResultJsonTest {

  private static RawScrapeResult complete() {
    RawDog dog =
        RawDog.builder()
            .externalId("3592421")
            .name("Robin\u0000 ")
            .adoptionUrl("https://www.dogstrust.org.uk/rehoming/dogs/lurcher/3592421")
            .status("available")
            .breed("Lurcher")
            .ageText("2 - 5 years")
            .sex("Male")
            .size("Medium")
            .weight("25 kg")
            .height("60 cm")
            .location("Darlington (Sadberge)")
            .description("Are you right for Robin?")
            .imageUrls(List.of("https://www.dogstrust.org.uk/images/800x600/dogs/3592421/1.jpg"))
            .property("good_with_cats", "no")
            .property("fee", "£450")
            .property("blank", "  ")
            .build();
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        "dogstrust",
        "2026-10-05",
        "1",
        Instant.parse("2026-10-05T15:00:00.123Z"),
        Instant.parse("2026-10-05T15:07:30Z"),
        Outcome.COMPLETE,
        null,
        new ListingCompleteness(36, 36, 1),
        List.of(
            new FoundDog("3592421", "Robin", DogStatus.AVAILABLE, dog.adoptionUrl()),
            new FoundDog("3592422", "Teddy", DogStatus.RESERVED, "https://x/3592422")),
        List.of(dog),
        List.of("3592423"),
        List.of(new DetailFailure("3592422", "https://x/3592422", "http_status", 404, "HTTP 404")),
        new FetchStatistics(
            40, 2, 123456, Map.of(200, 37L, 404, 1L, 503, 2L), 1, 0, 1, 37, 9000, 95000),
        Map.of("https://x/3592421", new Validator("\"abc\"", "Mon, 05 Oct 2026 10:00:00 GMT")));
  }

  @Test
  void aResultSurvivesARoundTrip() {
    RawScrapeResult result = complete();

    assertThat(RawResultJson.read(RawResultJson.write(result))).isEqualTo(result);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RawResultJson.write(result, out);
    assertThat(RawResultJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(result);
  }

  @Test
  void theDocumentUsesTheDocumentedFieldNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(RawResultJson.write(complete()));

    assertThat(json.get("schema_version").asInt()).isEqualTo(1);
    assertThat(json.get("started_at").asText()).isEqualTo("2026-10-05T15:00:00.123Z");
    assertThat(json.get("outcome").asText()).isEqualTo("complete");
    assertThat(json.get("error").isNull()).isTrue();
    assertThat(json.get("listing").get("pages_expected").asInt()).isEqualTo(36);
    assertThat(json.get("listing").get("browser_restarts").asInt()).isEqualTo(1);
    assertThat(json.get("found").get(1).get("status").asText()).isEqualTo("reserved");
    JsonNode dog = json.get("dogs").get(0);
    assertThat(dog.fieldNames())
        .toIterable()
        .containsExactly(
            "external_id",
            "name",
            "adoption_url",
            "status",
            "breed",
            "age_text",
            "sex",
            "gender",
            "size",
            "weight",
            "height",
            "location",
            "description",
            "image_urls",
            "properties");
    // Raw means raw: cleaning (NUL bytes, blanks, markup) is standardization's job.
    assertThat(dog.get("name").asText()).isEqualTo("Robin\u0000 ");
    assertThat(dog.get("properties").get("blank").asText()).isEqualTo("  ");
    assertThat(json.get("unchanged").get(0).asText()).isEqualTo("3592423");
    assertThat(json.get("detail_failures").get(0).get("status_code").asInt()).isEqualTo(404);
    assertThat(json.get("statistics").get("status_counts").get("503").asLong()).isEqualTo(2);
    assertThat(json.get("statistics").get("request_time_millis").asLong()).isEqualTo(9000);
    assertThat(json.get("validators").get("https://x/3592421").get("last_modified").asText())
        .isEqualTo("Mon, 05 Oct 2026 10:00:00 GMT");
  }

  @Test
  void unknownFieldsAreIgnoredButAnotherSchemaVersionIsRefused() {
    String json = RawResultJson.write(complete());

    assertThat(RawResultJson.read(json.replaceFirst("\\{", "{\"added_later\": 5,")))
        .isEqualTo(complete());
    assertThatThrownBy(
            () ->
                RawResultJson.read(
                    json.replace("\"schema_version\" : 1", "\"schema_version\" : 2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema_version 2");
    assertThatThrownBy(() -> RawResultJson.read("{\"dogs\": []}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawResultJson.read("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedListingCarriesNoDogs() {
    RawScrapeResult failed =
        new RawScrapeResult(
            1,
            "dogstrust",
            "run",
            "1",
            Instant.EPOCH,
            Instant.EPOCH,
            Outcome.LISTING_FAILED,
            "page 2 lists no dogs",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(RawResultJson.read(RawResultJson.write(failed))).isEqualTo(failed);
    assertThat(failed.found()).isEmpty();
    assertThatThrownBy(
            () ->
                new RawScrapeResult(
                    1,
                    "dogstrust",
                    "run",
                    "1",
                    Instant.EPOCH,
                    Instant.EPOCH,
                    Outcome.LISTING_FAILED,
                    "x",
                    null,
                    List.of(new FoundDog("1", null, null, null)),
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
