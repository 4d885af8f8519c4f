package dev.rescuedogs.store.maintenance;

import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.connection.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The weekly upkeep of the database: closes sessions a crashed function left running, deletes
 * sessions past their retention, repairs what the availability rules say can never be (and records
 * each repair in the dog's history), and refreshes the planner statistics of the catalog tables.
 * Every step is idempotent and runs in its own transaction, so a failed step leaves the earlier
 * ones done and the next run picks up the rest.
 */
public final class CatalogMaintenance {

  /** The tables the catalog queries; their statistics drive the plans the API relies on. */
  public static final List<String> ANALYZED_TABLES =
      List.of(
          "organizations",
          "organization_locations",
          "service_regions",
          "dogs",
          "dog_images",
          "dog_events",
          "scrape_sessions",
          "run_summaries");

  /** A dog missing from this many successful runs is retired (status unknown, inactive). */
  static final int RETIRED_AFTER_MISSES = 3;

  private final Jdbi jdbi;
  private final Clock clock;
  private final FacetSummary facets;

  public CatalogMaintenance(DataSource dataSource, Clock clock) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.facets = new FacetSummary(dataSource);
  }

  public MaintenanceReport run(MaintenanceSettings settings) {
    Instant started = clock.instant();
    OffsetDateTime now = started.atOffset(ZoneOffset.UTC);
    int stuck = closeStuckSessions(now, settings.stuckSessionAfter());
    int deleted = deleteOldSessions(now, settings);
    int inactiveOrganizations = retireDogsOfInactiveOrganizations(now);
    int missing = retireAvailableDogsMissingTooLong(now);
    jdbi.useHandle(handle -> handle.execute("ANALYZE " + String.join(", ", ANALYZED_TABLES)));
    // The repairs above may have changed what the API's filter counts count.
    facets.refresh();
    return new MaintenanceReport(
        stuck,
        deleted,
        inactiveOrganizations,
        missing,
        ANALYZED_TABLES,
        Duration.between(started, clock.instant()));
  }

  private int closeStuckSessions(OffsetDateTime now, Duration after) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createUpdate(
                    "UPDATE scrape_sessions SET status = 'error', finished_at = :now,"
                        + " error_message = concat_ws('; ', error_message, 'closed by maintenance:"
                        + " still running ' || date_trunc('minute', :now - started_at)"
                        + " || ' after it started, long past the scraper''s timeout (the function"
                        + " crashed or was killed)')"
                        + " WHERE status = 'running' AND started_at < :cutoff")
                .bind("now", now)
                .bind("cutoff", now.minus(after))
                .execute());
  }

  /** Old sessions and old run summaries; the newest of each organization's sessions stay. */
  private int deleteOldSessions(OffsetDateTime now, MaintenanceSettings settings) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate(
                  "DELETE FROM run_summaries WHERE finalized_at IS NOT NULL AND started_at < :cutoff")
              .bind("cutoff", now.minus(settings.sessionRetention()))
              .execute();
          return handle
              .createUpdate(
                  "DELETE FROM scrape_sessions WHERE status <> 'running' AND finished_at < :cutoff"
                      + " AND id NOT IN (SELECT id FROM (SELECT id, row_number() OVER"
                      + " (PARTITION BY organization_id ORDER BY started_at DESC, id DESC) AS rank"
                      + " FROM scrape_sessions) ranked WHERE rank <= :keep)")
              .bind("cutoff", now.minus(settings.sessionRetention()))
              .bind("keep", settings.sessionsKeptPerOrganization())
              .execute();
        });
  }

  private int retireDogsOfInactiveOrganizations(OffsetDateTime now) {
    return retire(
        now,
        "UPDATE dogs d SET active = false, updated_at = :now FROM organizations o"
            + " WHERE o.id = d.organization_id AND NOT o.active AND d.active"
            + " RETURNING d.id, d.status",
        "organization inactive");
  }

  private int retireAvailableDogsMissingTooLong(OffsetDateTime now) {
    return retire(
        now,
        "UPDATE dogs SET status = 'unknown', availability_confidence = 'low', active = false,"
            + " updated_at = :now WHERE status = 'available' AND consecutive_runs_missing >= "
            + RETIRED_AFTER_MISSES
            + " RETURNING id, status",
        "missing from " + RETIRED_AFTER_MISSES + " or more runs but still available");
  }

  /** Runs a retiring UPDATE and records a {@code retired} event for each dog it changed. */
  private int retire(OffsetDateTime now, String update, String reason) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createUpdate(
                    "WITH retired AS ("
                        + update
                        + ") INSERT INTO dog_events (dog_id, event_type, new_value, occurred_at)"
                        + " SELECT id, 'retired', jsonb_build_object('status', status, 'reason',"
                        + " CAST(:reason AS text), 'by', 'maintenance'), :now FROM retired")
                .bind("now", now)
                .bind("reason", reason)
                .execute());
  }
}
