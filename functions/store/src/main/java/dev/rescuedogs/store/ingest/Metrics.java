package dev.rescuedogs.store.ingest;

/** Keys of {@code scrape_sessions.metrics} written by the ingestion. */
final class Metrics {

  static final String REJECTED_BY_REASON = "rejected_by_reason";
  static final String DOGS_MARKED_MISSING = "dogs_marked_missing";
  static final String SCRAPE_DURATION_MS = "scrape_duration_ms";
  static final String FAILED_ATTEMPTS = "failed_attempts";

  private Metrics() {}
}
