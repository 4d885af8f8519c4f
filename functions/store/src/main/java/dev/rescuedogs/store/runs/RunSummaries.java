package dev.rescuedogs.store.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.store.connection.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The weekly run summaries: each organization's standardization reports that it finished; the call
 * that completes the run (every organization it was dispatched to has a finished session) writes
 * the summary. Runs that never complete — a scrape lost in a dead-letter queue, a crashed function
 * — are finalized by {@link #finalizeOverdue} once their deadline passes, the late organizations
 * reported as missing. Whoever finalizes a run publishes it and marks it published; {@link
 * #unpublished} finds the ones a failed publication left behind.
 */
public final class RunSummaries {

  /** How long after its first session a run may take before it is summarized without the rest. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofHours(12);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Jdbi jdbi;
  private final Clock clock;

  public RunSummaries(DataSource dataSource, Clock clock) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Notes that an organization of the run has finished, and summarizes the run when it was the
   * last.
   *
   * @param expectedOrganizations the config ids the run was dispatched to; empty when unknown
   *     (then: every active organization)
   * @return the summary when this call finalized the run, else empty
   */
  public Optional<RunSummary> organizationFinished(
      String runId, Collection<String> expectedOrganizations) {
    return jdbi.inTransaction(
        handle -> {
          List<String> expected =
              expectedOrganizations.isEmpty()
                  ? activeOrganizations(handle)
                  : List.copyOf(new TreeSet<>(expectedOrganizations));
          handle
              .createUpdate(
                  "INSERT INTO run_summaries (run_id, started_at, expected_organizations)"
                      + " SELECT :run, coalesce(min(started_at), :now), :expected"
                      + " FROM scrape_sessions WHERE run_id = :run"
                      + " ON CONFLICT (run_id) DO NOTHING")
              .bind("run", runId)
              .bind("now", utc(clock.instant()))
              .bindArray("expected", String.class, expected)
              .execute();
          Pending pending = lockPending(handle, runId).orElse(null);
          if (pending == null) {
            return Optional.<RunSummary>empty();
          }
          List<OrganizationResult> results = results(handle, runId, pending.expected());
          boolean allFinished =
              results.stream()
                  .noneMatch(r -> r.status().equals("missing") || r.status().equals("running"));
          if (!allFinished) {
            return Optional.<RunSummary>empty();
          }
          return Optional.of(finalize(handle, pending, "complete", results));
        });
  }

  /** Finalizes every pending run whose deadline has passed; returns what it finalized. */
  public List<RunSummary> finalizeOverdue(Duration deadline) {
    return jdbi.inTransaction(
        handle -> {
          List<String> overdue =
              handle
                  .createQuery(
                      "SELECT run_id FROM run_summaries WHERE finalized_at IS NULL"
                          + " AND started_at < :cutoff ORDER BY started_at")
                  .bind("cutoff", utc(clock.instant().minus(deadline)))
                  .mapTo(String.class)
                  .list();
          List<RunSummary> finalized = new ArrayList<>();
          for (String runId : overdue) {
            Optional<Pending> pending = lockPending(handle, runId);
            if (pending.isPresent()) {
              finalized.add(
                  finalize(
                      handle,
                      pending.get(),
                      "deadline",
                      results(handle, runId, pending.get().expected())));
            }
          }
          return finalized;
        });
  }

  /** Finalized summaries the info topic has not received yet, oldest first. */
  public List<RunSummary> unpublished() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM run_summaries WHERE finalized_at IS NOT NULL"
                        + " AND published_at IS NULL ORDER BY started_at")
                .map((rs, ctx) -> summary(rs))
                .list());
  }

  public void markPublished(String runId) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE run_summaries SET published_at = :now WHERE run_id = :run"
                        + " AND finalized_at IS NOT NULL")
                .bind("now", utc(clock.instant()))
                .bind("run", runId)
                .execute());
  }

  /** The newest finalized summaries, newest first. */
  public List<RunSummary> recent(int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM run_summaries WHERE finalized_at IS NOT NULL"
                        + " ORDER BY started_at DESC, run_id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> summary(rs))
                .list());
  }

  /** One run's summary, once finalized. */
  public Optional<RunSummary> find(String runId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM run_summaries WHERE run_id = :run AND finalized_at IS NOT NULL")
                .bind("run", runId)
                .map((rs, ctx) -> summary(rs))
                .findOne());
  }

  private record Pending(String runId, Instant startedAt, List<String> expected) {}

  private static Optional<Pending> lockPending(Handle handle, String runId) {
    return handle
        .createQuery(
            "SELECT run_id, started_at, expected_organizations FROM run_summaries"
                + " WHERE run_id = :run AND finalized_at IS NULL FOR UPDATE")
        .bind("run", runId)
        .map(
            (rs, ctx) ->
                new Pending(
                    rs.getString("run_id"),
                    rs.getTimestamp("started_at").toInstant(),
                    List.of((String[]) rs.getArray("expected_organizations").getArray())))
        .findOne();
  }

  private static List<String> activeOrganizations(Handle handle) {
    return handle
        .createQuery("SELECT config_id FROM organizations WHERE active ORDER BY config_id")
        .mapTo(String.class)
        .list();
  }

  /**
   * One line per expected organization (missing when it has no session) plus any organization of
   * the run that was not expected (a hand-dispatched extra), by config id.
   */
  private static List<OrganizationResult> results(
      Handle handle, String runId, List<String> expected) {
    Map<String, OrganizationResult> byOrganization = new LinkedHashMap<>();
    for (String organization : expected) {
      byOrganization.put(organization, OrganizationResult.missing(organization, "missing"));
    }
    handle
        .createQuery(
            "SELECT o.config_id, s.status, s.dogs_found, s.dogs_added, s.dogs_updated,"
                + " s.dogs_rejected, (s.metrics ->> 'dogs_marked_missing')::int AS marked_missing,"
                + " s.quality_score, s.partial_failure_reason, s.error_message,"
                + " (s.metrics ->> 'scrape_duration_ms')::bigint AS duration_ms"
                + " FROM scrape_sessions s JOIN organizations o ON o.id = s.organization_id"
                + " WHERE s.run_id = :run ORDER BY o.config_id")
        .bind("run", runId)
        .map((rs, ctx) -> result(rs))
        .forEach(result -> byOrganization.put(result.organization(), result));
    List<OrganizationResult> results = new ArrayList<>(byOrganization.values());
    results.sort(java.util.Comparator.comparing(OrganizationResult::organization));
    return results;
  }

  private static OrganizationResult result(ResultSet rs) throws SQLException {
    long durationMillis = rs.getLong("duration_ms");
    boolean hasDuration = !rs.wasNull();
    java.math.BigDecimal quality = rs.getBigDecimal("quality_score");
    return new OrganizationResult(
        rs.getString("config_id"),
        rs.getString("status"),
        rs.getInt("dogs_found"),
        rs.getInt("dogs_added"),
        rs.getInt("dogs_updated"),
        rs.getInt("marked_missing"),
        rs.getInt("dogs_rejected"),
        quality == null ? null : quality.doubleValue(),
        rs.getString("partial_failure_reason"),
        rs.getString("error_message"),
        hasDuration ? durationMillis / 1000.0 : null);
  }

  private RunSummary finalize(
      Handle handle, Pending pending, String completion, List<OrganizationResult> results) {
    Instant now = clock.instant();
    RunSummary summary =
        new RunSummary(
            pending.runId(),
            pending.startedAt(),
            now,
            completion,
            results,
            RunSummary.Totals.of(results),
            null);
    ObjectNode document = JSON.createObjectNode();
    document.set("organizations", JSON.valueToTree(summary.organizations()));
    document.set("totals", JSON.valueToTree(summary.totals()));
    handle
        .createUpdate(
            "UPDATE run_summaries SET finalized_at = :now, completion = :completion,"
                + " summary = CAST(:summary AS jsonb) WHERE run_id = :run")
        .bind("now", utc(now))
        .bind("completion", completion)
        .bind("summary", document.toString())
        .bind("run", pending.runId())
        .execute();
    return summary;
  }

  private static RunSummary summary(ResultSet rs) throws SQLException {
    try {
      JsonNode document = JSON.readTree(rs.getString("summary"));
      List<OrganizationResult> organizations = new ArrayList<>();
      for (JsonNode organization : document.get("organizations")) {
        organizations.add(JSON.treeToValue(organization, OrganizationResult.class));
      }
      Timestamp published = rs.getTimestamp("published_at");
      return new RunSummary(
          rs.getString("run_id"),
          rs.getTimestamp("started_at").toInstant(),
          rs.getTimestamp("finalized_at").toInstant(),
          rs.getString("completion"),
          organizations,
          JSON.treeToValue(document.get("totals"), RunSummary.Totals.class),
          published == null ? null : published.toInstant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "run_summaries.summary of " + rs.getString("run_id") + " is unreadable", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
