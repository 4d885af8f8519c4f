package dev.rescuedogs.standardize.metrics;

import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import java.util.Objects;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * CloudWatch metrics in the embedded metric format (Powertools), one document per organization and
 * step with the dimension {@code Organization}: DogsFound, DogsAdded, DogsUpdated, DogsRejected,
 * DogsMarkedMissing, DetailPageFailures, QualityScore, PartialFailure (1 when the stale update was
 * skipped — the alarm watches it), ScrapeDurationSeconds; then ImagesUploaded and ImagesFailed.
 */
public final class EmfRunMetrics implements RunMetrics {

  public static final String DIMENSION = "Organization";

  private final Metrics metrics;

  public EmfRunMetrics(Metrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void ingested(IngestReport report) {
    metrics.flushMetrics(
        run -> {
          run.addDimension(DIMENSION, report.organizationId());
          run.addMetadata("run_id", report.runId());
          run.addMetadata("session_status", report.sessionStatus());
          run.addMetric("DogsFound", report.dogsFound(), MetricUnit.COUNT);
          run.addMetric("DogsAdded", report.dogsAdded(), MetricUnit.COUNT);
          run.addMetric("DogsUpdated", report.dogsUpdated(), MetricUnit.COUNT);
          run.addMetric("DogsRejected", report.dogsRejected(), MetricUnit.COUNT);
          run.addMetric("DogsMarkedMissing", report.dogsMarkedMissing(), MetricUnit.COUNT);
          run.addMetric("DetailPageFailures", report.detailPageFailures(), MetricUnit.COUNT);
          run.addMetric("QualityScore", report.qualityScore(), MetricUnit.NONE);
          run.addMetric("PartialFailure", report.partialFailure() ? 1 : 0, MetricUnit.COUNT);
          run.addMetric(
              "ScrapeDurationSeconds",
              report.scrapeDuration().toMillis() / 1000.0,
              MetricUnit.SECONDS);
        });
  }

  @Override
  public void imagesSynced(String organizationId, ImageSyncReport report) {
    metrics.flushMetrics(
        images -> {
          images.addDimension(DIMENSION, organizationId);
          images.addMetric("ImagesUploaded", report.uploaded(), MetricUnit.COUNT);
          images.addMetric("ImagesFailed", report.failed(), MetricUnit.COUNT);
        });
  }
}
