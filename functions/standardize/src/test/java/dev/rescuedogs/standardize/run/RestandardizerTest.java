package dev.rescuedogs.standardize.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.standardize.testing.MemoryRawResultArchive;
import dev.rescuedogs.standardize.testing.RawResults;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestandardizerTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String RUN = "20261130T150000Z";
  private static final Instant STARTED = Instant.parse("2026-11-30T15:00:05Z");
  private static final MemoryRawResultArchive ARCHIVE = new MemoryRawResultArchive();

  @BeforeAll
  static void ingestARun() {
    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource()).sync(OrganizationConfigs.loadBundled());
    RunIngestor ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());
    for (String organization : List.of("tierschutzverein-europa", "rean")) {
      String key =
          ARCHIVE.put(RawResults.complete(RUN, organization, STARTED, "Kira", "Rex", "Bonsai"));
      ingestor.ingest(ARCHIVE.read(MemoryRawResultArchive.BUCKET, key), "s3://x/" + key);
    }
    // archived, never ingested: its session does not exist
    ARCHIVE.put(RawResults.complete(RUN, "dogstrust", STARTED, "Max"));
  }

  private final Restandardizer restandardizer =
      new Restandardizer(ARCHIVE, new RunIngestor(db.dataSource(), Clock.systemUTC()));

  @Test
  void shouldReplayEveryOrganizationOfTheRun_reportingEachOnesOutcome() {
    List<Restandardizer.Result> results =
        restandardizer.restandardize(MemoryRawResultArchive.BUCKET, RUN, null);

    assertThat(results)
        .extracting(Restandardizer.Result::key)
        .containsExactly(
            "raw/20261130T150000Z/dogstrust.json.gz",
            "raw/20261130T150000Z/rean.json.gz",
            "raw/20261130T150000Z/tierschutzverein-europa.json.gz");
    assertThat(results.get(0).report()).isNull();
    assertThat(results.get(0).error()).contains("ingest the raw result first");
    assertThat(results.get(1).report().dogsConsidered()).isEqualTo(3);
    assertThat(results.get(1).report().dogsUnchanged()).isEqualTo(3);
    assertThat(results.get(2).error()).isNull();
  }

  @Test
  void shouldReplayOneOrganization() {
    List<Restandardizer.Result> results =
        restandardizer.restandardize(MemoryRawResultArchive.BUCKET, RUN, "rean");

    assertThat(results)
        .extracting(Restandardizer.Result::key)
        .containsExactly("raw/20261130T150000Z/rean.json.gz");
  }

  @Test
  void shouldFail_whenNothingIsArchived() {
    assertThatThrownBy(
            () ->
                restandardizer.restandardize(
                    MemoryRawResultArchive.BUCKET, "20200101T000000Z", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no raw result of run 20200101T000000Z is archived in rescue-dogs-raw");
    assertThatThrownBy(
            () -> restandardizer.restandardize(MemoryRawResultArchive.BUCKET, RUN, "misisrescue"))
        .hasMessageContaining("for misisrescue");
  }
}
