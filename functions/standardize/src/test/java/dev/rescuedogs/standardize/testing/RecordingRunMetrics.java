package dev.rescuedogs.standardize.testing;

import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been sent to CloudWatch. */
public final class RecordingRunMetrics implements RunMetrics {

  public final List<IngestReport> ingested = new ArrayList<>();
  public final List<ImageSyncReport> images = new ArrayList<>();

  @Override
  public void ingested(IngestReport report) {
    ingested.add(report);
  }

  @Override
  public void imagesSynced(String organizationId, ImageSyncReport report) {
    images.add(report);
  }
}
