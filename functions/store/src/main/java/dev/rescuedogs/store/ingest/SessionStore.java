package dev.rescuedogs.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** The statements on {@code organizations} and {@code scrape_sessions} the ingestion needs. */
final class SessionStore {

  static final String RUNNING = "running";
  static final String SUCCESS = "success";
  static final String WARNING = "warning";
  static final String ERROR = "error";

  private final Handle handle;

  SessionStore(Handle handle) {
    this.handle = handle;
  }

  /** The organization's row id for a config id. */
  Optional<Long> organizationId(String configId) {
    return handle
        .createQuery("SELECT id FROM organizations WHERE config_id = :configId")
        .bind("configId", configId)
        .mapTo(Long.class)
        .findOne();
  }

  /** The organization's monitoring overrides (the {@code organizations.monitoring} JSON). */
  String monitoring(long organizationId) {
    return handle
        .createQuery("SELECT monitoring::text FROM organizations WHERE id = :id")
        .bind("id", organizationId)
        .mapTo(String.class)
        .one();
  }

  /**
   * Serializes runs of one organization: every ingestion and replay of it takes this lock first, so
   * two of them never interleave their reads and writes of the organization's dogs.
   */
  void lockOrganization(long organizationId) {
    handle
        .createQuery("SELECT id FROM organizations WHERE id = :id FOR UPDATE")
        .bind("id", organizationId)
        .mapTo(Long.class)
        .one();
  }

  /** A session's id and status. */
  record Session(long id, String status, Integer failedAttempts) {
    boolean completed() {
      return !RUNNING.equals(status);
    }
  }

  /** Opens the session of (run, organization), or finds the one already there. */
  Session openOrFind(long organizationId, String runId, Instant startedAt, String location) {
    handle
        .createUpdate(
            "INSERT INTO scrape_sessions (run_id, organization_id, started_at,"
                + " raw_payload_location) VALUES (:runId, :org, :startedAt, :location)"
                + " ON CONFLICT (run_id, organization_id) DO NOTHING")
        .bind("runId", runId)
        .bind("org", organizationId)
        .bind("startedAt", Sql.timestamp(startedAt))
        .bind("location", location)
        .execute();
    return find(organizationId, runId, false).orElseThrow();
  }

  /** The session of (run, organization), locked for this transaction when asked. */
  Optional<Session> find(long organizationId, String runId, boolean lock) {
    return handle
        .createQuery(
            "SELECT id, status, (metrics ->> 'failed_attempts')::int AS failed_attempts"
                + " FROM scrape_sessions WHERE run_id = :runId AND organization_id = :org"
                + (lock ? " FOR UPDATE" : ""))
        .bind("runId", runId)
        .bind("org", organizationId)
        .map(
            (rs, ctx) ->
                new Session(
                    rs.getLong("id"), rs.getString("status"), Sql.integer(rs, "failed_attempts")))
        .findOne();
  }

  /**
   * Dogs found by the organization's earlier successful sessions that found any, newest first, at
   * most {@code limit}.
   */
  List<Integer> earlierSuccessfulCounts(
      long organizationId, long sessionId, Instant startedAt, int limit) {
    return handle
        .createQuery(
            "SELECT dogs_found FROM scrape_sessions WHERE organization_id = :org"
                + " AND id <> :session AND status = 'success' AND dogs_found > 0"
                + " AND started_at <= :startedAt ORDER BY started_at DESC, id DESC LIMIT :limit")
        .bind("org", organizationId)
        .bind("session", sessionId)
        .bind("startedAt", Sql.timestamp(startedAt))
        .bind("limit", limit)
        .mapTo(Integer.class)
        .list();
  }

  /** The figures a session is closed with. */
  record Closing(
      Instant startedAt,
      Instant finishedAt,
      String status,
      int dogsFound,
      int dogsAdded,
      int dogsUpdated,
      int dogsUnchanged,
      int dogsRejected,
      int detailPageFailures,
      BigDecimal qualityScore,
      String partialFailureReason,
      String errorMessage,
      Map<String, Object> metrics,
      String rawPayloadLocation) {}

  void close(long sessionId, Closing closing) {
    handle
        .createUpdate(
            "UPDATE scrape_sessions SET started_at = :startedAt, finished_at = :finishedAt,"
                + " status = :status, dogs_found = :found, dogs_added = :added,"
                + " dogs_updated = :updated, dogs_unchanged = :unchanged,"
                + " dogs_rejected = :rejected, detail_page_failures = :detailFailures,"
                + " quality_score = :quality, partial_failure = :partial,"
                + " partial_failure_reason = :reason, error_message = :error,"
                + " metrics = CAST(:metrics AS jsonb),"
                + " raw_payload_location = COALESCE(:location, raw_payload_location)"
                + " WHERE id = :id")
        .bind("id", sessionId)
        .bind("startedAt", Sql.timestamp(closing.startedAt()))
        .bind("finishedAt", Sql.timestamp(closing.finishedAt()))
        .bind("status", closing.status())
        .bind("found", closing.dogsFound())
        .bind("added", closing.dogsAdded())
        .bind("updated", closing.dogsUpdated())
        .bind("unchanged", closing.dogsUnchanged())
        .bind("rejected", closing.dogsRejected())
        .bind("detailFailures", closing.detailPageFailures())
        .bind("quality", closing.qualityScore())
        .bind("partial", closing.partialFailureReason() != null)
        .bind("reason", closing.partialFailureReason())
        .bind("error", closing.errorMessage())
        .bind("metrics", Sql.json(closing.metrics()))
        .bind("location", closing.rawPayloadLocation())
        .execute();
  }

  /**
   * Notes on a still running session that an attempt failed, for operators (the session stays
   * running so that a re-delivered message redoes it).
   */
  void noteFailedAttempt(long sessionId, String message) {
    handle
        .createUpdate(
            "UPDATE scrape_sessions SET error_message = :message, metrics = jsonb_set(metrics,"
                + " '{failed_attempts}', to_jsonb(COALESCE((metrics ->> 'failed_attempts')::int,"
                + " 0) + 1)) WHERE id = :id AND status = 'running'")
        .bind("id", sessionId)
        .bind("message", message)
        .execute();
  }

  /** Adds keys to a session's metrics. */
  void mergeMetrics(long sessionId, Map<String, Object> metrics) {
    handle
        .createUpdate(
            "UPDATE scrape_sessions SET metrics = metrics || CAST(:metrics AS jsonb) WHERE id ="
                + " :id")
        .bind("id", sessionId)
        .bind("metrics", Sql.json(metrics))
        .execute();
  }

  /** The report of a completed session, from what it stored. */
  IngestReport report(long sessionId, String runId, String configId) {
    return handle
        .createQuery(
            "SELECT status, dogs_found, dogs_added, dogs_updated, dogs_unchanged, dogs_rejected,"
                + " detail_page_failures, quality_score, partial_failure, partial_failure_reason,"
                + " error_message, metrics::text AS metrics FROM scrape_sessions WHERE id = :id")
        .bind("id", sessionId)
        .map(
            (rs, ctx) -> {
              JsonNode metrics = metrics(rs.getString("metrics"));
              Map<String, Integer> rejected = new TreeMap<>();
              metrics
                  .path(Metrics.REJECTED_BY_REASON)
                  .properties()
                  .forEach(entry -> rejected.put(entry.getKey(), entry.getValue().asInt()));
              BigDecimal quality = rs.getBigDecimal("quality_score");
              return new IngestReport(
                  sessionId,
                  runId,
                  configId,
                  false,
                  rs.getString("status"),
                  rs.getInt("dogs_found"),
                  rs.getInt("dogs_added"),
                  rs.getInt("dogs_updated"),
                  rs.getInt("dogs_unchanged"),
                  rs.getInt("dogs_rejected"),
                  rejected,
                  metrics.path(Metrics.DOGS_MARKED_MISSING).asInt(0),
                  rs.getInt("detail_page_failures"),
                  quality == null ? 0.0 : quality.doubleValue(),
                  rs.getBoolean("partial_failure"),
                  rs.getString("partial_failure_reason"),
                  Duration.ofMillis(metrics.path(Metrics.SCRAPE_DURATION_MS).asLong(0)),
                  rs.getString("error_message"));
            })
        .one();
  }

  private static JsonNode metrics(String json) {
    try {
      return Sql.JSON.readTree(json == null ? "{}" : json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable session metrics", e);
    }
  }
}
