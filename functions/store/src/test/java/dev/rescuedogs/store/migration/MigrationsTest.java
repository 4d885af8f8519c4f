package dev.rescuedogs.store.migration;

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
    assertThat(before.pendingCount()).isEqualTo(4);
    assertThat(Migrations.status(db.dataSource()))
        .extracting(MigrationRecord::state)
        .containsOnly("Pending");

    MigrationOutcome first = Migrations.migrate(db.dataSource());
    MigrationOutcome second = Migrations.migrate(db.dataSource());

    assertThat(first).isEqualTo(new MigrationOutcome(4, "4"));
    assertThat(second.appliedCount()).isZero();
    assertThat(second.currentVersion()).isEqualTo("4");
    assertThat(Migrations.summary(db.dataSource())).isEqualTo(new MigrationSummary("4", 0));
    assertThat(Migrations.reached(Migrations.summary(db.dataSource()), "4")).isTrue();
    assertThat(Migrations.reached(Migrations.summary(db.dataSource()), "5")).isFalse();

    List<MigrationRecord> status = Migrations.status(db.dataSource());
    assertThat(status)
        .extracting(MigrationRecord::version, MigrationRecord::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "Success"),
            org.assertj.core.groups.Tuple.tuple("2", "Success"),
            org.assertj.core.groups.Tuple.tuple("3", "Success"),
            org.assertj.core.groups.Tuple.tuple("4", "Success"));
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
