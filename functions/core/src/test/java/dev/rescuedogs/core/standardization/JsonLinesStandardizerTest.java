package dev.rescuedogs.core.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.quality.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesStandardizerTest {

  private static final Instant REFERENCE = Instant.parse("2026-11-26T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonLinesStandardizer standardizer = new JsonLinesStandardizer();

  private record Run(StandardizationSummary summary, List<JsonNode> lines) {}

  private Run run(String input) throws IOException {
    StringWriter out = new StringWriter();
    StandardizationSummary summary = standardizer.run(new StringReader(input), out, REFERENCE);
    List<JsonNode> lines = new ArrayList<>();
    String output = out.toString();
    assertThat(output.isEmpty() || output.endsWith("\n"))
        .as("every line ends with a newline")
        .isTrue();
    for (String line : output.lines().toList()) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Run(summary, lines);
  }

  @Test
  void writesEveryStandardizedFieldForEachRecord() throws IOException {
    Run run =
        run(
            """
            {"name":"ROBIN","breed":"Lurcher","age_text":"2 - 5 years","sex":"Male","size":"Medium",\
            "status":"Reserved"}
            """);

    assertThat(run.lines()).hasSize(1);
    JsonNode line = run.lines().get(0);
    assertFieldsPresent(line);
    assertThat(line.get("line").asInt()).isEqualTo(1);
    assertThat(line.get("name").asText()).isEqualTo("Robin");
    assertThat(line.get("standardized_breed").asText()).isEqualTo("Lurcher");
    assertThat(line.get("primary_breed").asText()).isEqualTo("Lurcher");
    assertThat(line.get("secondary_breed").isNull()).isTrue();
    assertThat(line.get("breed_type").asText()).isEqualTo("purebred");
    assertThat(line.get("breed_group").asText()).isEqualTo("Hound");
    assertThat(line.get("breed_slug").asText()).isEqualTo("lurcher");
    assertThat(line.get("breed_confidence").asDouble()).isEqualTo(0.95);
    assertThat(line.get("age_text").asText()).isEqualTo("2 - 5 years");
    assertThat(line.get("age_min_months").asInt()).isEqualTo(24);
    assertThat(line.get("age_max_months").asInt()).isEqualTo(60);
    assertThat(line.get("age_category").asText()).isEqualTo("Adult");
    assertThat(line.get("size_raw").asText()).isEqualTo("Medium");
    assertThat(line.get("standardized_size").asText()).isEqualTo("Medium");
    assertThat(line.get("size_source").asText()).isEqualTo("stated");
    assertThat(line.get("sex").asText()).isEqualTo("Male");
    assertThat(line.get("status").asText()).isEqualTo("reserved");
    assertThat(line.get("rejected").asBoolean()).isFalse();
    assertThat(line.get("reject_reason").isNull()).isTrue();
    assertThat(line.has("gender")).as("sex is never written to gender").isFalse();
    assertThat(run.summary().records()).isEqualTo(1);
    assertThat(run.summary().accepted()).isEqualTo(1);
  }

  @Test
  void requiredFieldsAreCheckedOnlyWhenTheLineHasAnExternalIdKey() throws IOException {
    Run run =
        run(
            """
            {"name":"Rex"}
            {"name":"Rex","external_id":"12"}
            {"name":"Rex","external_id":null,"adoption_url":"https://x.org/1","image_urls":["https://x.org/1.jpg"]}
            {"name":"Rex","external_id":12,"adoption_url":"https://x.org/1","image_urls":["https://x.org/1.jpg"]}
            {"name":"Rex","external_id":"12","adoption_url":"https://x.org/12"}
            """);

    assertThat(run.lines())
        .extracting(l -> l.get("reject_reason").asText(null))
        .containsExactly(
            null, "missing_adoption_url", "missing_external_id", null, "missing_image");
    assertThat(run.lines().get(3).get("external_id").asText()).isEqualTo("12");
    assertThat(run.summary().accepted()).isEqualTo(2);
    assertThat(run.summary().rejectedByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                RejectReason.MISSING_ADOPTION_URL, 1L,
                RejectReason.MISSING_EXTERNAL_ID, 1L,
                RejectReason.MISSING_IMAGE, 1L));
    assertThat(run.summary().rejected()).isEqualTo(3);
  }

  @Test
  void rejectedRecordsCarryEveryFieldAndTheirReason() throws IOException {
    Run run = run("{\"name\":\"Please\",\"breed\":\"Staffie X\",\"age_text\":\"40 months\"}\n");

    JsonNode line = run.lines().get(0);
    assertFieldsPresent(line);
    assertThat(line.get("rejected").asBoolean()).isTrue();
    assertThat(line.get("reject_reason").asText()).isEqualTo("name_is_page_furniture");
    assertThat(line.get("standardized_breed").asText())
        .isEqualTo("Staffordshire Bull Terrier Cross");
    assertThat(line.get("age_category").asText()).isEqualTo("Adult");
    assertThat(run.summary().rejectedByReason())
        .containsEntry(RejectReason.NAME_IS_PAGE_FURNITURE, 1L);
  }

  @Test
  void malformedLinesGetAnErrorLineAndTheRunGoesOn() throws IOException {
    Run run =
        run(
            """
            {"name":"Rex"
            not json at all
            [1,2,3]
            "just a string"
            {"name":{"first":"Rex"}}
            {"name":"Rex","image_urls":[1]}
            {"name":"Rex","name":"Max"}
            {"name":"Rex"} trailing

            {"name":"Bella"}
            """);

    assertThat(run.lines()).hasSize(9);
    for (int i = 0; i < 8; i++) {
      JsonNode error = run.lines().get(i);
      assertThat(error.get("line").asInt()).isEqualTo(i + 1);
      assertThat(error.get("error").asText()).isIn("malformed_json", "invalid_record");
      assertThat(error.get("message").asText()).isNotBlank();
    }
    assertThat(run.lines().get(2).get("error").asText()).isEqualTo("invalid_record");
    assertThat(run.lines().get(4).get("message").asText()).contains("'name'").contains("object");
    assertThat(run.lines().get(5).get("message").asText()).contains("image_urls");
    assertThat(run.lines().get(6).get("error").asText()).isEqualTo("malformed_json");
    assertThat(run.lines().get(8).get("line").asInt()).isEqualTo(10);
    assertThat(run.lines().get(8).get("name").asText()).isEqualTo("Bella");
    assertThat(run.summary().invalidLines()).isEqualTo(8);
    assertThat(run.summary().blankLines()).isEqualTo(1);
    assertThat(run.summary().records()).isEqualTo(1);
  }

  @Test
  void readsTolerantInputShapes() throws IOException {
    Run run =
        run(
            "\uFEFF{\"name\":\"Rex\",\"age\":\"2 years\",\"weight\":25,"
                + "\"primary_image_url\":\"https://x.org/0.jpg\","
                + "\"image_urls\":[\"https://x.org/1.jpg\",null],"
                + "\"properties\":{\"fee\":250,\"cats\":true,\"tags\":[\"calm\"]},"
                + "\"unknown_field\":{\"ignored\":true}}\r\n");

    JsonNode line = run.lines().get(0);
    assertThat(line.get("age_text").asText()).isEqualTo("2 years");
    assertThat(line.get("weight").asText()).isEqualTo("25");
    assertThat(line.get("standardized_size").asText()).isEqualTo("Large");
    assertThat(line.get("size_source").asText()).isEqualTo("weight");
    assertThat(line.get("image_urls")).hasSize(2);
    assertThat(line.get("primary_image_url").asText()).isEqualTo("https://x.org/0.jpg");
    assertThat(line.get("properties").get("fee").asText()).isEqualTo("250");
    assertThat(line.get("properties").get("cats").asText()).isEqualTo("true");
    assertThat(line.get("properties").get("tags").asText()).isEqualTo("[\"calm\"]");
  }

  @Test
  void bytesThatAreNotUtf8AreReplacedNotFatal() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write("{\"name\":\"Bella\",\"breed\":\"Sch".getBytes(StandardCharsets.UTF_8));
    input.write(0xE4); // a Latin-1 "ä" in a UTF-8 file
    input.write("ferhund\"}\n{\"name\":\"Max\"}\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    StandardizationSummary summary =
        standardizer.run(new ByteArrayInputStream(input.toByteArray()), output, REFERENCE);

    String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines[0]).get("breed_raw").asText()).isEqualTo("Sch\uFFFDferhund");
    assertThat(JSON.readTree(lines[1]).get("name").asText()).isEqualTo("Max");
    assertThat(summary.records()).isEqualTo(2);
  }

  @Test
  void theRunQualityScoreIsTheMeanOverAcceptedRecords() throws IOException {
    Run run =
        run(
            """
            {"name":"Rex"}
            {"name":"Bella","breed":"Beagle"}
            {"name":"Please"}
            """);

    // Rex 0.15, Bella 0.15 + 0.15 + size from breed 0.10 = 0.40
    assertThat(run.lines().get(0).get("quality_score").asDouble()).isEqualTo(0.15);
    assertThat(run.lines().get(1).get("quality_score").asDouble()).isEqualTo(0.4);
    assertThat(run.summary().qualityScore()).isEqualTo(0.275);
  }

  @Test
  void anEmptyInputIsAnEmptyRun() throws IOException {
    Run run = run("");

    assertThat(run.lines()).isEmpty();
    assertThat(run.summary().records()).isZero();
    assertThat(run.summary().qualityScore()).isZero();
  }

  private static void assertFieldsPresent(JsonNode line) {
    List<String> fields = new ArrayList<>();
    Iterator<String> names = line.fieldNames();
    names.forEachRemaining(fields::add);
    List<String> expected = new ArrayList<>(List.of("line"));
    expected.addAll(StandardizedDogJson.FIELDS);
    assertThat(fields).containsExactlyElementsOf(expected);
    assertThat(fields)
        .contains(
            "breed_raw",
            "standardized_breed",
            "primary_breed",
            "secondary_breed",
            "breed_type",
            "breed_group",
            "breed_slug",
            "breed_confidence",
            "age_text",
            "age_min_months",
            "age_max_months",
            "age_category",
            "size_raw",
            "standardized_size",
            "size_source",
            "sex",
            "name",
            "description",
            "status",
            "quality_score",
            "rejected",
            "reject_reason");
  }
}
