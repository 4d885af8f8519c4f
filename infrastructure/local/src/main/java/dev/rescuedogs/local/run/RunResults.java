package dev.rescuedogs.local.run;

import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the standardize function reported for each organization of the run — the figures it sends to
 * CloudWatch in AWS — kept for the summary, with one progress line per organization.
 */
final class RunResults implements RunMetrics {

  private final RunProgress progress;
  private final Map<String, IngestReport> ingested = new ConcurrentHashMap<>();
  private final Map<String, ImageSyncReport> images = new ConcurrentHashMap<>();

  RunResults(RunProgress progress) {
    this.progress = progress;
  }

  @Override
  public void ingested(IngestReport report) {
    ingested.put(report.organizationId(), report);
    if (report.errorMessage() != null) {
      progress.print(
          report.organizationId(),
          "standardized: %s, nobody marked missing (%s)",
          report.sessionStatus(),
          report.errorMessage());
      return;
    }
    progress.print(
        report.organizationId(),
        "standardized: %s, %d found, %d added, %d updated, %d marked missing, quality %s%s",
        report.sessionStatus(),
        report.dogsFound(),
        report.dogsAdded(),
        report.dogsUpdated(),
        report.dogsMarkedMissing(),
        SummaryTable.quality(report.qualityScore()),
        report.partialFailure() ? ", partial failure: " + report.partialFailureReason() : "");
  }

  @Override
  public void imagesSynced(String organizationId, ImageSyncReport report) {
    images.put(organizationId, report);
  }

  Optional<IngestReport> ingested(String organizationId) {
    return Optional.ofNullable(ingested.get(organizationId));
  }

  Optional<ImageSyncReport> images(String organizationId) {
    return Optional.ofNullable(images.get(organizationId));
  }
}
