package dev.rescuedogs.standardize.metrics;

import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;

/** The per-organization figures of a run, for dashboards and alarms. */
public interface RunMetrics {

  /** A run's session was completed (not called for a duplicate: its figures were sent already). */
  void ingested(IngestReport report);

  /** The session's images were copied. */
  void imagesSynced(String organizationId, ImageSyncReport report);
}
