package dev.rescuedogs.notifications;

import static dev.rescuedogs.store.StoreFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.RawResults;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunSummaryNotifierTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), ZoneOffset.UTC);

  private final List<String> sent = new ArrayList<>();
  private boolean topicDown;
  private final SummaryTopic topic =
      (subject, message) -> {
        if (topicDown) {
          throw new IllegalStateException("SNS is unavailable");
        }
        sent.add(subject + "\n" + message);
      };
  private RunSummaries summaries;

  @BeforeEach
  void oneFinishedRun() {
    Migrations.migrate(db.dataSource());
    Database.jdbi(db.dataSource())
        .useHandle(
            handle ->
                handle.execute(
                    "TRUNCATE organizations, organization_locations, service_regions, dogs,"
                        + " dog_images, scrape_sessions, dog_events, run_summaries RESTART IDENTITY CASCADE"));
    new OrganizationSync(db.dataSource())
        .sync(List.of(config(RawResults.ORGANIZATION, "Happy Paws")));
    new RunIngestor(db.dataSource(), CLOCK)
        .ingest(
            RawResults.complete("run-1", Instant.parse("2026-11-30T15:00:00Z"), RawResults.dogs(4)),
            null);
    summaries = new RunSummaries(db.dataSource(), CLOCK);
    summaries.organizationFinished("run-1", List.of(RawResults.ORGANIZATION));
  }

  @Test
  void aFinishedRunIsDeliveredOnceWithItsTable() {
    RunSummaryNotifier notifier = new RunSummaryNotifier(summaries, topic);

    assertThat(notifier.deliverPending()).isEqualTo(1);
    assertThat(notifier.deliverPending()).isZero();

    assertThat(sent)
        .singleElement()
        .asString()
        .startsWith("Rescue dogs run run-1: 1/1 organizations ok, 4 dogs found, 4 added\n")
        .containsPattern("(?m)^happy-paws\\s+success\\s+4\\s+4");
  }

  @Test
  void aSummaryTheTopicRefusedGoesOutWithTheNextCall() {
    RunSummaryNotifier notifier = new RunSummaryNotifier(summaries, topic);
    topicDown = true;

    assertThat(notifier.deliverPending()).isZero();
    assertThat(summaries.unpublished()).hasSize(1);

    topicDown = false;
    assertThat(notifier.deliverPending()).isEqualTo(1);
    assertThat(summaries.unpublished()).isEmpty();
  }

  @Test
  void withoutATopicTheSummaryGoesToTheLogAndSubjectsFitSns() {
    assertThat(SnsSummaryTopic.fromEnvironment(Map.of()))
        .hasToString("the log (INFO_TOPIC_ARN is not set)");
    assertThat(
            new RunSummaryNotifier(summaries, SnsSummaryTopic.fromEnvironment(Map.of()))
                .deliverPending())
        .isEqualTo(1);
    assertThat(SnsSummaryTopic.subject("a\nb\tc")).isEqualTo("a b c");
    assertThat(SnsSummaryTopic.subject("x".repeat(150)))
        .hasSize(SnsSummaryTopic.MAX_SUBJECT)
        .endsWith("...");
  }
}
