package dev.rescuedogs.store.runs;

import static dev.rescuedogs.store.StoreFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.RawResults;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunSummariesTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant RUN_START = Instant.parse("2026-11-30T15:00:00Z");
  private static final List<String> BOTH = List.of("happy-paws", "second-chance");

  private RunIngestor ingestor;

  @BeforeEach
  void emptyCatalog() {
    Migrations.migrate(db.dataSource());
    Database.jdbi(db.dataSource())
        .useHandle(
            handle ->
                handle.execute(
                    "TRUNCATE organizations, organization_locations, service_regions, dogs,"
                        + " dog_images, scrape_sessions, dog_events, run_summaries"
                        + " RESTART IDENTITY CASCADE"));
    new OrganizationSync(db.dataSource())
        .sync(
            List.of(config("happy-paws", "Happy Paws"), config("second-chance", "Second Chance")));
    ingestor = new RunIngestor(db.dataSource(), clockAt(RUN_START.plusSeconds(600)));
  }

  @Test
  void theLastOrganizationToFinishWritesTheSummary() {
    ingest("run-1", "happy-paws", 5);
    assertThat(summaries(RUN_START.plusSeconds(700)).organizationFinished("run-1", BOTH)).isEmpty();

    ingest("run-1", "second-chance", 4);
    Optional<RunSummary> summary =
        summaries(RUN_START.plusSeconds(900)).organizationFinished("run-1", BOTH);

    assertThat(summary).isPresent();
    RunSummary run = summary.get();
    assertThat(run.completion()).isEqualTo("complete");
    assertThat(run.startedAt()).isEqualTo(RUN_START);
    assertThat(run.organizations())
        .extracting(
            OrganizationResult::organization,
            OrganizationResult::status,
            OrganizationResult::found,
            OrganizationResult::added)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("happy-paws", "success", 5, 5),
            org.assertj.core.groups.Tuple.tuple("second-chance", "success", 4, 4));
    assertThat(run.totals().found()).isEqualTo(9);
    assertThat(run.totals().succeeded()).isEqualTo(2);
    assertThat(run.needsAttention()).isFalse();
    // A duplicate message finishes nothing twice.
    assertThat(summaries(RUN_START.plusSeconds(950)).organizationFinished("run-1", BOTH)).isEmpty();
    assertThat(summaries(RUN_START).find("run-1")).contains(run);
  }

  @Test
  void aRunStillIncompleteAtItsDeadlineReportsTheLateOnesAsMissing() {
    ingest("run-2", "happy-paws", 3);
    RunSummaries early = summaries(RUN_START.plus(Duration.ofHours(1)));
    early.organizationFinished("run-2", BOTH);
    assertThat(early.finalizeOverdue(RunSummaries.DEFAULT_DEADLINE)).isEmpty();

    List<RunSummary> overdue =
        summaries(RUN_START.plus(Duration.ofHours(13)))
            .finalizeOverdue(RunSummaries.DEFAULT_DEADLINE);

    assertThat(overdue)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.completion()).isEqualTo("deadline");
              assertThat(run.organizations())
                  .extracting(OrganizationResult::organization, OrganizationResult::status)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("happy-paws", "success"),
                      org.assertj.core.groups.Tuple.tuple("second-chance", "missing"));
              assertThat(run.totals().missing()).isEqualTo(1);
              assertThat(run.needsAttention()).isTrue();
              assertThat(run.subject()).endsWith("(needs attention)");
              assertThat(run.toText())
                  .contains("finalized at its deadline")
                  .containsPattern("(?m)^second-chance\\s+missing\\s+0")
                  .containsPattern("(?m)^TOTAL\\s+1 ok\\s+3\\s+3");
            });
    // The straggler arriving later changes nothing: the run is closed.
    ingest("run-2", "second-chance", 2);
    assertThat(summaries(RUN_START.plus(Duration.ofHours(14))).organizationFinished("run-2", BOTH))
        .isEmpty();
  }

  @Test
  void publishingIsRecordedSoAFailedPublicationIsRetried() {
    ingest("run-3", "happy-paws", 3);
    ingest("run-3", "second-chance", 3);
    RunSummaries summaries = summaries(RUN_START.plus(Duration.ofHours(1)));
    summaries.organizationFinished("run-3", BOTH);

    assertThat(summaries.unpublished()).extracting(RunSummary::runId).containsExactly("run-3");
    summaries.markPublished("run-3");

    assertThat(summaries.unpublished()).isEmpty();
    assertThat(summaries.find("run-3").orElseThrow().publishedAt()).isNotNull();
    assertThat(summaries.recent(10)).extracting(RunSummary::runId).containsExactly("run-3");
  }

  @Test
  void withoutTheDispatchedListEveryActiveOrganizationIsExpected() {
    ingest("run-4", "happy-paws", 3);

    assertThat(summaries(RUN_START.plusSeconds(700)).organizationFinished("run-4", List.of()))
        .isEmpty();
    ingest("run-4", "second-chance", 3);
    assertThat(summaries(RUN_START.plusSeconds(900)).organizationFinished("run-4", List.of()))
        .isPresent();
  }

  @Test
  void aFailedListingIsReportedAsAnErrorWithItsMessage() {
    ingestor.ingest(
        RawResults.builder("run-5", RUN_START)
            .organization("happy-paws")
            .listingFailed("HTTP 503 on page 2")
            .build(),
        null);
    ingest("run-5", "second-chance", 3);

    RunSummary run =
        summaries(RUN_START.plusSeconds(900)).organizationFinished("run-5", BOTH).orElseThrow();

    assertThat(run.organizations().get(0).status()).isEqualTo("error");
    assertThat(run.organizations().get(0).error()).isEqualTo("HTTP 503 on page 2");
    assertThat(run.totals().errors()).isEqualTo(1);
  }

  private void ingest(String runId, String organization, int dogs) {
    RawScrapeResult raw =
        RawResults.builder(runId, RUN_START)
            .organization(organization)
            .dogs(RawResults.dogs(dogs))
            .build();
    ingestor.ingest(raw, "s3://raw/" + runId + "/" + organization);
  }

  private static RunSummaries summaries(Instant now) {
    return new RunSummaries(db.dataSource(), clockAt(now));
  }

  private static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
