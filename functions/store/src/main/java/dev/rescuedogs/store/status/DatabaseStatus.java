package dev.rescuedogs.store.status;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.MigrationSummary;
import dev.rescuedogs.store.migration.Migrations;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What an operator checks first: is the schema current, how many dogs are in which state, how did
 * each organization's last scrape go, and are there scrapes that never finished.
 *
 * @param migrations current schema version and pending migrations
 * @param schemaReady whether the tables this report reads exist; when false, the counts and lists
 *     below are empty because the database has not been migrated far enough
 * @param dogsByStatus every dog (active or not) per status, in the order available, reserved,
 *     adopted, unknown; zero counts included
 * @param availableDogsByConfidence dogs with status available per availability confidence, in the
 *     order high, medium, low
 * @param organizations every organization by config id, with its last scrape session
 * @param staleSessions sessions still {@code running} that started more than {@code staleAfter}
 *     ago, oldest first
 * @param staleAfter the age from which a running session counts as stale
 * @param readAt the database's clock when the report was read (UTC)
 */
public record DatabaseStatus(
    MigrationSummary migrations,
    boolean schemaReady,
    Map<String, Long> dogsByStatus,
    Map<String, Long> availableDogsByConfidence,
    List<OrganizationActivity> organizations,
    List<StaleSession> staleSessions,
    Duration staleAfter,
    Instant readAt) {

  /**
   * A scrape of one organization takes minutes and its function is stopped after 15, so a session
   * running for an hour was abandoned by a crashed or timed-out invocation.
   */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(1);

  /** The schema version that created every table this report reads. */
  private static final String REQUIRED_VERSION = "4";

  private static final List<String> STATUSES =
      List.of("available", "reserved", "adopted", "unknown");
  private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

  public DatabaseStatus {
    dogsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(dogsByStatus));
    availableDogsByConfidence =
        Collections.unmodifiableMap(new LinkedHashMap<>(availableDogsByConfidence));
    organizations = List.copyOf(organizations);
    staleSessions = List.copyOf(staleSessions);
  }

  /**
   * One organization and its most recent scrape session.
   *
   * @param availableDogs its dogs that are available and active (what the catalog shows)
   * @param lastSession null when it was never scraped
   */
  public record OrganizationActivity(
      String configId,
      String name,
      boolean active,
      long availableDogs,
      SessionSummary lastSession) {}

  /**
   * One scrape session of an organization.
   *
   * @param status running, success, warning or error
   * @param finishedAt null while running
   * @param qualityScore 0..1, null when not computed
   */
  public record SessionSummary(
      String runId,
      String status,
      Instant startedAt,
      Instant finishedAt,
      int dogsFound,
      BigDecimal qualityScore) {}

  /** A session still marked running long after it started. */
  public record StaleSession(
      long sessionId, String runId, String organizationConfigId, Instant startedAt, Duration age) {}

  /** Reads the report with {@link #DEFAULT_STALE_AFTER}. */
  public static DatabaseStatus read(DataSource dataSource) {
    return read(dataSource, DEFAULT_STALE_AFTER);
  }

  /** Reads the report; running sessions older than {@code staleAfter} are listed as stale. */
  public static DatabaseStatus read(DataSource dataSource, Duration staleAfter) {
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException("staleAfter must be positive: " + staleAfter);
    }
    MigrationSummary migrations = Migrations.summary(dataSource);
    Jdbi jdbi = Database.jdbi(dataSource);
    if (!Migrations.reached(migrations, REQUIRED_VERSION)) {
      return new DatabaseStatus(
          migrations,
          false,
          Map.of(),
          Map.of(),
          List.of(),
          List.of(),
          staleAfter,
          jdbi.withHandle(DatabaseStatus::databaseNow));
    }
    // One transaction, so the numbers agree with each other.
    return jdbi.inTransaction(
        handle ->
            new DatabaseStatus(
                migrations,
                true,
                counts(
                    handle,
                    "SELECT status AS key, count(*) AS n FROM dogs GROUP BY status",
                    STATUSES),
                counts(
                    handle,
                    "SELECT availability_confidence AS key, count(*) AS n FROM dogs"
                        + " WHERE status = 'available' GROUP BY availability_confidence",
                    CONFIDENCES),
                organizations(handle),
                staleSessions(handle, staleAfter),
                staleAfter,
                databaseNow(handle)));
  }

  /** The report as plain-text tables, for a terminal. */
  public String toText() {
    return StatusText.render(this);
  }

  private static Map<String, Long> counts(Handle handle, String sql, List<String> keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    handle
        .createQuery(sql)
        .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("n")))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  private static List<OrganizationActivity> organizations(Handle handle) {
    return handle
        .createQuery(
            "SELECT o.config_id, o.name, o.active,"
                + " (SELECT count(*) FROM dogs d"
                + "   WHERE d.organization_id = o.id AND d.status = 'available' AND d.active)"
                + "   AS available_dogs,"
                + " s.run_id, s.status, s.started_at, s.finished_at, s.dogs_found, s.quality_score"
                + " FROM organizations o"
                + " LEFT JOIN LATERAL ("
                + "   SELECT * FROM scrape_sessions"
                + "   WHERE organization_id = o.id ORDER BY started_at DESC, id DESC LIMIT 1"
                + " ) s ON true"
                + " ORDER BY o.config_id")
        .map(
            (rs, ctx) ->
                new OrganizationActivity(
                    rs.getString("config_id"),
                    rs.getString("name"),
                    rs.getBoolean("active"),
                    rs.getLong("available_dogs"),
                    rs.getString("run_id") == null
                        ? null
                        : new SessionSummary(
                            rs.getString("run_id"),
                            rs.getString("status"),
                            instant(rs, "started_at"),
                            instant(rs, "finished_at"),
                            rs.getInt("dogs_found"),
                            rs.getBigDecimal("quality_score"))))
        .list();
  }

  private static List<StaleSession> staleSessions(Handle handle, Duration staleAfter) {
    return handle
        .createQuery(
            "SELECT s.id, s.run_id, o.config_id, s.started_at,"
                + " EXTRACT(EPOCH FROM now() - s.started_at)::bigint AS age_seconds"
                + " FROM scrape_sessions s JOIN organizations o ON o.id = s.organization_id"
                + " WHERE s.status = 'running'"
                + " AND s.started_at < now() - make_interval(secs => :seconds)"
                + " ORDER BY s.started_at, s.id")
        .bind("seconds", (double) staleAfter.toSeconds())
        .map(
            (rs, ctx) ->
                new StaleSession(
                    rs.getLong("id"),
                    rs.getString("run_id"),
                    rs.getString("config_id"),
                    instant(rs, "started_at"),
                    Duration.of(rs.getLong("age_seconds"), ChronoUnit.SECONDS)))
        .list();
  }

  private static Instant databaseNow(Handle handle) {
    return handle.createQuery("SELECT now()").mapTo(OffsetDateTime.class).one().toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
