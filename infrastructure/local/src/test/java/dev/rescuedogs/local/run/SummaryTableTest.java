package dev.rescuedogs.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run's summary table: what each kind of organization outcome looks like. */
class SummaryTableTest {

  private static IngestReport report(
      String organization, String status, boolean partialFailure, String error) {
    return new IngestReport(
        1,
        "20261130T150000Z",
        organization,
        false,
        status,
        12,
        3,
        2,
        6,
        1,
        Map.of("invalid_name", 1),
        partialFailure ? 0 : 4,
        2,
        0.8125,
        partialFailure,
        partialFailure ? "too_few_dogs: 12 dogs, 40% of the last 4 runs' average" : null,
        Duration.ofSeconds(75),
        error);
  }

  @Test
  void aSuccessfulOrganizationShowsItsFigures() {
    SummaryTable.Row row =
        SummaryTable.row(
            "rescue-a",
            Optional.of(report("rescue-a", "success", false, null)),
            Optional.of(new ImageSyncReport(1, 0, 5, 2, 1, Map.of(), List.of())),
            new RunProgress.Scraped(3, 2));

    assertThat(SummaryTable.render(List.of(row)).lines().toList().get(1))
        .matches(
            "rescue-a\\s+success\\s+3\\s+12\\s+3\\s+2\\s+4\\s+1\\s+2\\s+7/1\\s+0\\.81\\s+1m15s\\s*");
  }

  @Test
  void aPartialFailureShowsItsReasonAndMarksNobodyMissing() {
    SummaryTable.Row row =
        SummaryTable.row(
            "rescue-b",
            Optional.of(report("rescue-b", "warning", true, null)),
            Optional.empty(),
            new RunProgress.Scraped(1, 0));

    String table = SummaryTable.render(List.of(row));

    assertThat(table.lines().toList().get(1))
        .matches("rescue-b\\s+warning\\s+1\\s+12\\s+3\\s+2\\s+0\\s.*")
        .endsWith("too_few_dogs: 12 dogs, 40% of the last 4 runs' average");
    assertThat(table.lines().toList().get(2)).matches("total \\(1\\)\\s+ok\\s.*");
  }

  @Test
  void aFailedListingHasNoQualityAndCountsAsFailed() {
    SummaryTable.Row row =
        SummaryTable.row(
            "rescue-c",
            Optional.of(report("rescue-c", "error", false, "listing page 2 answered HTTP 503")),
            Optional.empty(),
            new RunProgress.Scraped(1, 0));

    List<String> lines = SummaryTable.render(List.of(row)).lines().toList();

    assertThat(lines.get(1))
        .matches("rescue-c\\s+error\\s.*\\s-\\s+1m15s\\s+listing page 2 answered HTTP 503");
    assertThat(lines.get(2)).matches("total \\(1\\)\\s+1 failed\\s.*");
  }

  @Test
  void anOrganizationNeverStandardizedIsReportedAsWithoutResult() {
    SummaryTable.Row row =
        SummaryTable.row(
            "rescue-d", Optional.empty(), Optional.empty(), new RunProgress.Scraped(0, 1));

    assertThat(row.succeeded()).isFalse();
    assertThat(SummaryTable.render(List.of(row)).lines().toList().get(1))
        .matches("rescue-d\\s+no result\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1\\s+0/0\\s+-\\s+-\\s+.*")
        .endsWith("not standardized: its message is on a dead-letter queue");
  }

  @Test
  void longNotesAreShortenedToOneLine() {
    String longError = "the listing failed:\n" + "x".repeat(200);
    SummaryTable.Row row =
        SummaryTable.row(
            "rescue-e",
            Optional.of(report("rescue-e", "error", false, longError)),
            Optional.empty(),
            new RunProgress.Scraped(0, 0));

    String line = SummaryTable.render(List.of(row)).lines().toList().get(1);

    assertThat(line).contains("the listing failed: xxx").endsWith("…").doesNotContain("\n");
  }

  @Test
  void durationsReadAsSecondsOrMinutes() {
    assertThat(SummaryTable.duration(Duration.ofMillis(1234))).isEqualTo("1.2s");
    assertThat(SummaryTable.duration(Duration.ofSeconds(93))).isEqualTo("1m33s");
  }
}
