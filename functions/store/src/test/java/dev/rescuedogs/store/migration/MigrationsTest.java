package dev.rescuedogs.store.migration;

import static dev.rescuedogs.store.StoreFixtures.LATEST_VERSION;
import static dev.rescuedogs.store.StoreFixtures.MIGRATION_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() {
    MigrationSummary before = Migrations.summary(db.dataSource());
    assertThat(before.currentVersion()).isNull();
    assertThat(before.pendingCount()).isEqualTo(MIGRATION_COUNT);
    assertThat(Migrations.status(db.dataSource()))
        .extracting(MigrationRecord::state)
        .containsOnly("Pending");

    MigrationOutcome first = Migrations.migrate(db.dataSource());
    MigrationOutcome second = Migrations.migrate(db.dataSource());

    assertThat(first).isEqualTo(new MigrationOutcome(MIGRATION_COUNT, LATEST_VERSION));
    assertThat(second.appliedCount()).isZero();
    assertThat(second.currentVersion()).isEqualTo(LATEST_VERSION);
    assertThat(Migrations.summary(db.dataSource()))
        .isEqualTo(new MigrationSummary(LATEST_VERSION, 0));
    assertThat(Migrations.reached(Migrations.summary(db.dataSource()), LATEST_VERSION)).isTrue();
    assertThat(
            Migrations.reached(
                Migrations.summary(db.dataSource()), String.valueOf(MIGRATION_COUNT + 1)))
        .isFalse();

    List<MigrationRecord> status = Migrations.status(db.dataSource());
    assertThat(status).hasSize(MIGRATION_COUNT);
    for (int i = 0; i < MIGRATION_COUNT; i++) {
      assertThat(status.get(i).version()).isEqualTo(String.valueOf(i + 1));
      assertThat(status.get(i).state()).isEqualTo("Success");
    }
    assertThat(status).allSatisfy(record -> assertThat(record.installedOn()).isNotNull());
    assertThat(status.get(2).description()).isEqualTo("dogs");

    assertThat(
            strings(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                    + " AND table_name NOT LIKE 'flyway%' ORDER BY table_name"))
        .containsExactly(
            "dog_events",
            "dog_images",
            "dogs",
            "organization_locations",
            "organizations",
            "run_summaries",
            "scrape_sessions",
            "service_regions");
    // Accent- and case-insensitive search folding, from the unaccent extension.
    assertThat(strings("SELECT search_fold('Galgo ESPAÑOL Zoé')"))
        .containsExactly("galgo espanol zoe");
    // Every timestamp column is timestamptz.
    assertThat(
            strings(
                "SELECT table_name || '.' || column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND data_type LIKE 'timestamp%'"
                    + " AND data_type <> 'timestamp with time zone'"
                    + " AND table_name <> 'flyway_schema_history'"))
        .isEmpty();
  }

  private static List<String> strings(String sql) {
    Jdbi jdbi = Database.jdbi(db.dataSource());
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
  }
}
