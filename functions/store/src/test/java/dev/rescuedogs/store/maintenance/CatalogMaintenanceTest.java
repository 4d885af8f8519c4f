package dev.rescuedogs.store.maintenance;

import static dev.rescuedogs.store.StoreFixtures.insertDog;
import static dev.rescuedogs.store.StoreFixtures.insertOrganization;
import static dev.rescuedogs.store.StoreFixtures.insertSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogMaintenanceTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Jdbi jdbi;
  private final CatalogMaintenance maintenance = new CatalogMaintenance(db.dataSource(), CLOCK);

  @BeforeEach
  void emptyCatalog() {
    Migrations.migrate(db.dataSource());
    jdbi = Database.jdbi(db.dataSource());
    jdbi.useHandle(
        handle ->
            handle.execute(
                "TRUNCATE organizations, organization_locations, service_regions, dogs, dog_images,"
                    + " scrape_sessions, dog_events RESTART IDENTITY CASCADE"));
  }

  @Test
  void aSessionRunningLongPastTheTimeoutIsClosedAsAnErrorWithItsReason() {
    long stuck = jdbi.withHandle(handle -> session(handle, "run-old", hoursAgo(3)));
    long current = jdbi.withHandle(handle -> session(handle, "run-now", hoursAgo(0.25)));

    MaintenanceReport report = maintenance.run(MaintenanceSettings.DEFAULTS);

    assertThat(report.stuckSessionsClosed()).isEqualTo(1);
    Map<String, Object> closed = sessionRow(stuck);
    assertThat(closed.get("status")).isEqualTo("error");
    assertThat(closed.get("error_message").toString())
        .startsWith("closed by maintenance: still running 03:00:00 after it started");
    assertThat(((java.sql.Timestamp) closed.get("finished_at")).toInstant()).isEqualTo(NOW);
    assertThat(sessionRow(current).get("status")).isEqualTo("running");
    assertThat(maintenance.run(MaintenanceSettings.DEFAULTS).stuckSessionsClosed()).isZero();
  }

  @Test
  void oldSessionsAreDeletedButTheNewestOfEachOrganizationAreKept() {
    jdbi.useHandle(
        handle -> {
          long busy = insertOrganization(handle, "busy");
          long quiet = insertOrganization(handle, "quiet");
          for (int week = 0; week < 80; week++) {
            finishedSession(handle, busy, "busy-" + week, daysAgo(7 * week + 1));
          }
          for (int week = 0; week < 3; week++) {
            finishedSession(handle, quiet, "quiet-" + week, daysAgo(500 + week));
          }
        });

    MaintenanceReport report =
        maintenance.run(new MaintenanceSettings(Duration.ofHours(2), Duration.ofDays(365), 20));

    // busy: 53 weeks are within 365 days (weeks 0..52), the 27 older ones go; quiet: its only 3
    // sessions are old but are its newest, so they stay.
    assertThat(report.sessionsDeleted()).isEqualTo(27);
    assertThat(
            count(
                "SELECT count(*) FROM scrape_sessions s JOIN organizations o ON o.id = s.organization_id WHERE o.config_id = 'busy'"))
        .isEqualTo(53);
    assertThat(
            count(
                "SELECT count(*) FROM scrape_sessions s JOIN organizations o ON o.id = s.organization_id WHERE o.config_id = 'quiet'"))
        .isEqualTo(3);
  }

  @Test
  void dogsTheAvailabilityRulesForbidAreRetiredWithAHistoryEvent() {
    jdbi.useHandle(
        handle -> {
          long open = insertOrganization(handle, "open");
          long closed = insertOrganization(handle, "closed");
          handle.execute("UPDATE organizations SET active = false WHERE id = ?", closed);
          insertDog(handle, closed, "c1", "closed-dog");
          long missing = insertDog(handle, open, "m1", "missing-dog");
          handle.execute(
              "UPDATE dogs SET consecutive_runs_missing = 3, availability_confidence = 'low' WHERE id = ?",
              missing);
          long healthy = insertDog(handle, open, "h1", "healthy-dog");
          handle.execute("UPDATE dogs SET consecutive_runs_missing = 2 WHERE id = ?", healthy);
        });

    MaintenanceReport report = maintenance.run(MaintenanceSettings.DEFAULTS);

    assertThat(report.dogsOfInactiveOrganizations()).isEqualTo(1);
    assertThat(report.availableDogsMissingTooLong()).isEqualTo(1);
    assertThat(report.consistencyRepairs()).isEqualTo(2);
    assertThat(dog("closed-dog")).isEqualTo("available/high/inactive");
    assertThat(dog("missing-dog")).isEqualTo("unknown/low/inactive");
    assertThat(dog("healthy-dog")).isEqualTo("available/high/active");
    List<String> events =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT d.slug || ': ' || (e.new_value ->> 'reason') FROM dog_events e"
                            + " JOIN dogs d ON d.id = e.dog_id WHERE e.event_type = 'retired'"
                            + " AND e.session_id IS NULL ORDER BY d.slug")
                    .mapTo(String.class)
                    .list());
    assertThat(events)
        .containsExactly(
            "closed-dog: organization inactive",
            "missing-dog: missing from 3 or more runs but still available");
    // A healthy catalog needs no repair: the second run finds nothing.
    assertThat(maintenance.run(MaintenanceSettings.DEFAULTS).consistencyRepairs()).isZero();
  }

  @Test
  void theCatalogTablesAreAnalyzed() {
    MaintenanceReport report = maintenance.run(MaintenanceSettings.DEFAULTS);

    assertThat(report.analyzedTables()).contains("dogs", "dog_images", "scrape_sessions");
    assertThat(
            count(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'dogs' AND last_analyze IS NOT NULL"))
        .isEqualTo(1);
  }

  @Test
  void settingsComeFromTheEnvironmentAndBadValuesNameTheirVariable() {
    assertThat(MaintenanceSettings.fromEnvironment(Map.of()))
        .isEqualTo(MaintenanceSettings.DEFAULTS);
    assertThat(
            MaintenanceSettings.fromEnvironment(
                Map.of(
                    "STUCK_SESSION_AFTER_MINUTES",
                    "90",
                    "SESSION_RETENTION_DAYS",
                    "200",
                    "SESSIONS_KEPT_PER_ORGANIZATION",
                    "12")))
        .isEqualTo(new MaintenanceSettings(Duration.ofMinutes(90), Duration.ofDays(200), 12));
    assertThatThrownBy(
            () -> MaintenanceSettings.fromEnvironment(Map.of("SESSION_RETENTION_DAYS", "a year")))
        .hasMessage("SESSION_RETENTION_DAYS must be a whole number, got 'a year'");
    assertThatThrownBy(
            () ->
                MaintenanceSettings.fromEnvironment(Map.of("SESSIONS_KEPT_PER_ORGANIZATION", "3")))
        .hasMessageContaining("at least 10");
  }

  private static OffsetDateTime hoursAgo(double hours) {
    return NOW.minusSeconds((long) (hours * 3600)).atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
  }

  private static long session(Handle handle, String runId, OffsetDateTime startedAt) {
    long organization = insertOrganization(handle, runId);
    long id = insertSession(handle, organization, runId);
    handle.execute("UPDATE scrape_sessions SET started_at = ? WHERE id = ?", startedAt, id);
    return id;
  }

  private static void finishedSession(
      Handle handle, long organization, String runId, OffsetDateTime startedAt) {
    long id = insertSession(handle, organization, runId);
    handle.execute(
        "UPDATE scrape_sessions SET started_at = ?, finished_at = ?, status = 'success' WHERE id = ?",
        startedAt,
        startedAt.plusMinutes(5),
        id);
  }

  private Map<String, Object> sessionRow(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM scrape_sessions WHERE id = :id")
                .bind("id", id)
                .mapToMap()
                .one());
  }

  private String dog(String slug) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT status || '/' || availability_confidence || '/' || CASE WHEN active"
                        + " THEN 'active' ELSE 'inactive' END FROM dogs WHERE slug = :slug")
                .bind("slug", slug)
                .mapTo(String.class)
                .one());
  }

  private long count(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }
}
