package dev.rescuedogs.store.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dog's history ({@code dog_events}).
 *
 * @param sessionId the scrape that observed it, or null for a correction (re-standardization)
 * @param type created, field_changed, status_changed, confidence_changed, reappeared, retired or
 *     liveness_checked
 * @param field the column a field_changed event is about, else null
 * @param oldValue the value before, any JSON-serializable value, or null
 * @param newValue the value after, or null
 */
record DogEvent(
    long dogId,
    Long sessionId,
    String type,
    String field,
    Object oldValue,
    Object newValue,
    Instant occurredAt) {

  static final String CREATED = "created";
  static final String FIELD_CHANGED = "field_changed";
  static final String STATUS_CHANGED = "status_changed";
  static final String CONFIDENCE_CHANGED = "confidence_changed";
  static final String REAPPEARED = "reappeared";
  static final String RETIRED = "retired";
  static final String LIVENESS_CHECKED = "liveness_checked";

  DogEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
