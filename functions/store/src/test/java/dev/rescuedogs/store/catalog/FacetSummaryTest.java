package dev.rescuedogs.store.catalog;

import static dev.rescuedogs.store.ingest.RawResults.ORGANIZATION;
import static dev.rescuedogs.store.ingest.RawResults.complete;
import static dev.rescuedogs.store.ingest.RawResults.dogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.StoreFixtures;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FacetSummaryTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void aRefreshMakesTheSummaryCurrentWithTheCatalogsCounts() {
    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource())
        .sync(List.of(StoreFixtures.config(ORGANIZATION, ORGANIZATION)));
    Jdbi jdbi = Database.jdbi(db.dataSource());
    FacetSummary summary = new FacetSummary(db.dataSource());
    summary.refresh();
    assertThat(current(jdbi)).isTrue();

    new RunIngestor(db.dataSource(), Clock.systemUTC())
        .ingest(complete("run-1", Instant.parse("2026-10-05T15:00:00Z"), dogs(4)), null);
    assertThat(current(jdbi)).as("the ingest changed the counted columns").isFalse();

    summary.refresh();

    assertThat(current(jdbi)).isTrue();
    long counted =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT sum(dogs) FROM catalog_facet_counts WHERE facet = 'total'")
                    .mapTo(Long.class)
                    .one());
    assertThat(counted).isEqualTo(4L);
  }

  private static boolean current(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT s.version = v.last_value AND v.is_called"
                        + " FROM catalog_facet_state s CROSS JOIN catalog_version v")
                .mapTo(Boolean.class)
                .one());
  }
}
