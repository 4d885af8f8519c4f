package dev.rescuedogs.local.run;

import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.status.TextTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run's summary: one row per dispatched organization — how its session ended, listing pages,
 * dogs found / added / updated / marked missing / rejected, errors, images copied / failed, data
 * quality, scrape duration and the partial-failure reason or error — and a totals row.
 */
final class SummaryTable {

  /**
   * An organization whose message never got through standardization (see its dead-letter queue).
   */
  static final String NO_RESULT = "no result";

  private static final int NOTE_WIDTH = 90;

  private SummaryTable() {}

  /** Per organization, what the run did. */
  record Row(
      String organization,
      String status,
      int pages,
      int found,
      int added,
      int updated,
      int missing,
      int rejected,
      int errors,
      int imagesStored,
      int imagesFailed,
      Double quality,
      Duration duration,
      String note) {

    boolean succeeded() {
      return status.equals("success") || status.equals("warning");
    }
  }

  static Row row(
      String organization,
      Optional<IngestReport> ingested,
      Optional<ImageSyncReport> images,
      RunProgress.Scraped scraped) {
    if (ingested.isEmpty()) {
      return new Row(
          organization,
          NO_RESULT,
          scraped.pages(),
          0,
          0,
          0,
          0,
          0,
          scraped.errors(),
          0,
          0,
          null,
          null,
          "not standardized: its message is on a dead-letter queue");
    }
    IngestReport report = ingested.get();
    String note =
        report.errorMessage() != null
            ? report.errorMessage()
            : report.partialFailure() ? report.partialFailureReason() : "";
    return new Row(
        organization,
        report.sessionStatus(),
        scraped.pages(),
        report.dogsFound(),
        report.dogsAdded(),
        report.dogsUpdated(),
        report.dogsMarkedMissing(),
        report.dogsRejected(),
        Math.max(scraped.errors(), report.detailPageFailures()),
        images.map(i -> i.uploaded() + i.reused()).orElse(0),
        images.map(ImageSyncReport::failed).orElse(0),
        // A failed listing stored nothing whose quality could be scored.
        report.errorMessage() != null ? null : report.qualityScore(),
        report.scrapeDuration(),
        note);
  }

  static String render(List<Row> rows) {
    TextTable table =
        new TextTable(
            List.of(
                "organization",
                "status",
                "pages",
                "found",
                "added",
                "updated",
                "missing",
                "rejected",
                "errors",
                "images ok/failed",
                "quality",
                "duration",
                "partial failure / error"),
            List.of(
                false, false, true, true, true, true, true, true, true, true, true, true, false));
    List<Double> qualities = new ArrayList<>();
    int[] totals = new int[9];
    for (Row row : rows) {
      table.add(
          List.of(
              row.organization(),
              row.status(),
              String.valueOf(row.pages()),
              String.valueOf(row.found()),
              String.valueOf(row.added()),
              String.valueOf(row.updated()),
              String.valueOf(row.missing()),
              String.valueOf(row.rejected()),
              String.valueOf(row.errors()),
              row.imagesStored() + "/" + row.imagesFailed(),
              row.quality() == null ? "-" : quality(row.quality()),
              row.duration() == null ? "-" : duration(row.duration()),
              shorten(row.note())));
      int[] figures = {
        row.pages(),
        row.found(),
        row.added(),
        row.updated(),
        row.missing(),
        row.rejected(),
        row.errors(),
        row.imagesStored(),
        row.imagesFailed()
      };
      for (int i = 0; i < totals.length; i++) {
        totals[i] += figures[i];
      }
      if (row.quality() != null) {
        qualities.add(row.quality());
      }
    }
    long failed = rows.stream().filter(row -> !row.succeeded()).count();
    table.add(
        List.of(
            "total (" + rows.size() + ")",
            failed == 0 ? "ok" : failed + " failed",
            String.valueOf(totals[0]),
            String.valueOf(totals[1]),
            String.valueOf(totals[2]),
            String.valueOf(totals[3]),
            String.valueOf(totals[4]),
            String.valueOf(totals[5]),
            String.valueOf(totals[6]),
            totals[7] + "/" + totals[8],
            qualities.isEmpty()
                ? "-"
                : quality(qualities.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
            "",
            ""));
    return table.render();
  }

  static String quality(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  static String duration(Duration duration) {
    if (duration.toMinutes() > 0) {
      return String.format(Locale.ROOT, "%dm%02ds", duration.toMinutes(), duration.toSecondsPart());
    }
    return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
  }

  private static String shorten(String note) {
    String line = note.replaceAll("\\s+", " ").strip();
    return line.length() <= NOTE_WIDTH ? line : line.substring(0, NOTE_WIDTH - 1) + "…";
  }
}
