package dev.rescuedogs.standardize.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;

/** The EMF documents as CloudWatch reads them (AWS_EMF_ENVIRONMENT=Local prints them). */
class EmfRunMetricsTest {

  private static final IngestReport REPORT =
      new IngestReport(
          7,
          "20261130T150000Z",
          "dogstrust",
          false,
          "warning",
          40,
          3,
          5,
          30,
          2,
          Map.of("missing_name", 2),
          0,
          4,
          0.875,
          true,
          "below_history: 40 < 50",
          Duration.ofMillis(93_500),
          null);

  @Test
  void shouldEmitEveryRunFigurePerOrganization() throws Exception {
    // Arrange
    Metrics metrics =
        MetricsBuilder.builder().withNamespace("RescueDogsTest").withService("standardize").build();

    // Act
    List<JsonNode> documents = captured(() -> new EmfRunMetrics(metrics).ingested(REPORT));

    // Assert
    JsonNode run = documents.stream().filter(d -> d.has("DogsFound")).findFirst().orElseThrow();
    assertThat(run.get("Organization").asText()).isEqualTo("dogstrust");
    assertThat(run.get("DogsFound").asDouble()).isEqualTo(40);
    assertThat(run.get("DogsAdded").asDouble()).isEqualTo(3);
    assertThat(run.get("DogsUpdated").asDouble()).isEqualTo(5);
    assertThat(run.get("DogsRejected").asDouble()).isEqualTo(2);
    assertThat(run.get("DogsMarkedMissing").asDouble()).isEqualTo(0);
    assertThat(run.get("DetailPageFailures").asDouble()).isEqualTo(4);
    assertThat(run.get("QualityScore").asDouble()).isEqualTo(0.875);
    assertThat(run.get("PartialFailure").asDouble()).isEqualTo(1);
    assertThat(run.get("ScrapeDurationSeconds").asDouble()).isEqualTo(93.5);
    JsonNode directive = run.get("_aws").get("CloudWatchMetrics").get(0);
    assertThat(directive.get("Namespace").asText()).isEqualTo("RescueDogsTest");
    assertThat(directive.get("Dimensions").toString()).contains("Organization");
  }

  @Test
  void shouldEmitImageFiguresPerOrganization() throws Exception {
    Metrics metrics = MetricsBuilder.builder().withNamespace("RescueDogsTest").build();

    List<JsonNode> documents =
        captured(
            () ->
                new EmfRunMetrics(metrics)
                    .imagesSynced(
                        "rean",
                        new ImageSyncReport(7, 12, 9, 1, 2, Map.of("too_large", 2), List.of())));

    JsonNode images =
        documents.stream().filter(d -> d.has("ImagesUploaded")).findFirst().orElseThrow();
    assertThat(images.get("Organization").asText()).isEqualTo("rean");
    assertThat(images.get("ImagesUploaded").asDouble()).isEqualTo(9);
    assertThat(images.get("ImagesFailed").asDouble()).isEqualTo(2);
  }

  private static List<JsonNode> captured(Runnable emit) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      emit.run();
    } finally {
      System.setOut(original);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> documents = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      if (line.startsWith("{") && line.contains("\"_aws\"")) {
        documents.add(mapper.readTree(line));
      }
    }
    return documents;
  }
}
