package dev.rescuedogs.store.status;

import static dev.rescuedogs.store.StoreFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.store.StoreFixtures;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.MigrationSummary;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.status.DatabaseStatus.OrganizationActivity;
import dev.rescuedogs.store.status.DatabaseStatus.SessionSummary;
import dev.rescuedogs.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseStatusTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  @RegisterExtension static final TestDatabase empty = new TestDatabase();

  @BeforeAll
  static void seed() {
    Migrations.migrate(db.dataSource());
    OrganizationConfig disabled = config("charlie", "Charlie");
    disabled =
        new OrganizationConfig(
            disabled.id(),
            disabled.name(),
            false,
            disabled.scraper(),
            disabled.website(),
            disabled.description(),
            disabled.country(),
            disabled.city(),
            disabled.locations(),
            disabled.serviceRegions(),
            disabled.shipsTo(),
            disabled.social(),
            disabled.adoptionFee(),
            disabled.establishedYear(),
            disabled.logoUrl());
    new OrganizationSync(db.dataSource())
        .sync(
            List.of(
                config("alpha", "Alpha"),
                config("bravo", "Bravo"),
                disabled,
                config("delta", "Delta")));

    Jdbi jdbi = Database.jdbi(db.dataSource());
    jdbi.useTransaction(
        handle -> {
          long alpha = id(handle, "alpha");
          long bravo = id(handle, "bravo");
          long charlie = id(handle, "charlie");
          dog(handle, alpha, "a1", "available", "high", true);
          dog(handle, alpha, "a2", "available", "high", true);
          dog(handle, alpha, "a3", "available", "medium", true);
          dog(handle, alpha, "a4", "available", "low", true);
          dog(handle, alpha, "a5", "adopted", "high", false);
          dog(handle, alpha, "a6", "reserved", "high", false);
          dog(handle, alpha, "a7", "unknown", "low", false);
          dog(handle, bravo, "b1", "available", "medium", false);

          handle.execute(
              "INSERT INTO scrape_sessions (run_id, organization_id, started_at, finished_at,"
                  + " status, dogs_found, quality_score) VALUES ('run-1', ?, now() - interval '3"
                  + " days', now() - interval '3 days' + interval '2 minutes', 'success', 9, 0.9)",
              alpha);
          handle.execute(
              "INSERT INTO scrape_sessions (run_id, organization_id, started_at, finished_at,"
                  + " status, dogs_found, quality_score, partial_failure, partial_failure_reason)"
                  + " VALUES ('run-2', ?, now() - interval '1 day', now() - interval '1 day' +"
                  + " interval '3 minutes', 'warning', 7, 0.875, true, 'found 7 dogs, history says"
                  + " 9')",
              alpha);
          handle.execute(
              "INSERT INTO scrape_sessions (run_id, organization_id, started_at)"
                  + " VALUES ('run-2', ?, now() - interval '3 hours')",
              bravo);
          handle.execute(
              "INSERT INTO scrape_sessions (run_id, organization_id, started_at)"
                  + " VALUES ('run-3', ?, now() - interval '10 minutes')",
              charlie);
        });
  }

  @Test
  void countsDogsPerStatusAndAvailableDogsPerConfidence() {
    DatabaseStatus status = DatabaseStatus.read(db.dataSource());

    assertThat(status.schemaReady()).isTrue();
    assertThat(status.migrations())
        .isEqualTo(new MigrationSummary(StoreFixtures.LATEST_VERSION, 0));
    assertThat(status.dogsByStatus())
        .containsExactly(
            Map.entry("available", 5L),
            Map.entry("reserved", 1L),
            Map.entry("adopted", 1L),
            Map.entry("unknown", 1L));
    assertThat(status.availableDogsByConfidence())
        .containsExactly(Map.entry("high", 2L), Map.entry("medium", 2L), Map.entry("low", 1L));
  }

  @Test
  void showsEachOrganizationWithItsLastSession() {
    DatabaseStatus status = DatabaseStatus.read(db.dataSource());

    assertThat(status.organizations())
        .extracting(
            OrganizationActivity::configId,
            OrganizationActivity::active,
            OrganizationActivity::availableDogs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alpha", true, 4L),
            org.assertj.core.groups.Tuple.tuple("bravo", true, 0L),
            org.assertj.core.groups.Tuple.tuple("charlie", false, 0L),
            org.assertj.core.groups.Tuple.tuple("delta", true, 0L));
    SessionSummary alphaLast = status.organizations().get(0).lastSession();
    assertThat(alphaLast.runId()).isEqualTo("run-2");
    assertThat(alphaLast.status()).isEqualTo("warning");
    assertThat(alphaLast.dogsFound()).isEqualTo(7);
    assertThat(alphaLast.qualityScore()).isEqualByComparingTo(new BigDecimal("0.875"));
    assertThat(Duration.between(alphaLast.startedAt(), alphaLast.finishedAt()))
        .isEqualTo(Duration.ofMinutes(3));
    assertThat(status.organizations().get(1).lastSession().status()).isEqualTo("running");
    assertThat(status.organizations().get(1).lastSession().finishedAt()).isNull();
    assertThat(status.organizations().get(3).lastSession()).isNull();
  }

  @Test
  void listsRunningSessionsOlderThanTheLimitAsStale() {
    DatabaseStatus status = DatabaseStatus.read(db.dataSource(), Duration.ofHours(1));

    assertThat(status.staleSessions()).hasSize(1);
    DatabaseStatus.StaleSession stale = status.staleSessions().get(0);
    assertThat(stale.organizationConfigId()).isEqualTo("bravo");
    assertThat(stale.runId()).isEqualTo("run-2");
    assertThat(stale.age()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(5));
    assertThat(stale.startedAt()).isBefore(status.readAt().minus(Duration.ofHours(1)));

    assertThat(DatabaseStatus.read(db.dataSource(), Duration.ofHours(4)).staleSessions()).isEmpty();
    assertThat(DatabaseStatus.read(db.dataSource(), Duration.ofMinutes(5)).staleSessions())
        .extracting(DatabaseStatus.StaleSession::organizationConfigId)
        .containsExactly("bravo", "charlie");
    assertThatThrownBy(() -> DatabaseStatus.read(db.dataSource(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rendersPlainTextTables() {
    String text = DatabaseStatus.read(db.dataSource(), Duration.ofHours(1)).toText();

    assertThat(text)
        .contains("Schema version: " + StoreFixtures.LATEST_VERSION + ", pending migrations: 0")
        .containsPattern("(?m)^available\\s+5$")
        .containsPattern("(?m)^total\\s+8$")
        .containsPattern("(?m)^medium\\s+2$")
        .containsPattern(
            "(?m)^alpha\\s+yes\\s+4\\s+run-2\\s+warning\\s+\\S+Z\\s+\\S+Z\\s+7\\s+0\\.875$")
        .containsPattern("(?m)^delta\\s+yes\\s+0\\s+-\\s+never scraped")
        .contains("Stale sessions (running for more than 1h)")
        .containsPattern("(?m)^\\s*\\d+\\s+run-2\\s+bravo\\s+\\S+Z\\s+3h( \\d+m)?$");
  }

  @Test
  void anUnmigratedDatabaseReportsOnlyItsPendingMigrations() {
    DatabaseStatus status = DatabaseStatus.read(empty.dataSource());

    assertThat(status.schemaReady()).isFalse();
    assertThat(status.migrations())
        .isEqualTo(new MigrationSummary(null, StoreFixtures.MIGRATION_COUNT));
    assertThat(status.dogsByStatus()).isEmpty();
    assertThat(status.organizations()).isEmpty();
    assertThat(status.readAt()).isBefore(Instant.now().plusSeconds(60));
    assertThat(status.toText())
        .contains("Schema version: none, pending migrations: " + StoreFixtures.MIGRATION_COUNT)
        .contains("run `db migrate`");
  }

  @Test
  void formatsDurationsInHoursAndMinutes() {
    assertThat(StatusText.duration(Duration.ofMinutes(45))).isEqualTo("45m");
    assertThat(StatusText.duration(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(StatusText.duration(Duration.ofMinutes(26 * 60 + 5))).isEqualTo("26h 5m");
  }

  private static long id(Handle handle, String configId) {
    return handle
        .createQuery("SELECT id FROM organizations WHERE config_id = :id")
        .bind("id", configId)
        .mapTo(Long.class)
        .one();
  }

  private static void dog(
      Handle handle,
      long organizationId,
      String externalId,
      String status,
      String confidence,
      boolean active) {
    long dogId = StoreFixtures.insertDog(handle, organizationId, externalId, "dog-" + externalId);
    handle
        .createUpdate(
            "UPDATE dogs SET status = :status, availability_confidence = :confidence, active ="
                + " :active WHERE id = :id")
        .bind("status", status)
        .bind("confidence", confidence)
        .bind("active", active)
        .bind("id", dogId)
        .execute();
  }
}
