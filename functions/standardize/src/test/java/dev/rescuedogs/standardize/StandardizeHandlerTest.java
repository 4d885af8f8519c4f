package dev.rescuedogs.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
import dev.rescuedogs.standardize.liveness.SqsLivenessQueue;
import dev.rescuedogs.standardize.run.RunCompletion;
import dev.rescuedogs.standardize.run.StandardizeService;
import dev.rescuedogs.standardize.testing.MemoryImages;
import dev.rescuedogs.standardize.testing.MemoryRawResultArchive;
import dev.rescuedogs.standardize.testing.RawResults;
import dev.rescuedogs.standardize.testing.RecordingRunMetrics;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.images.ImageSync;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.LivenessStore;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

class StandardizeHandlerTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String RUN = "20261130T150000Z";
  private static final Instant STARTED = Instant.parse("2026-11-30T15:00:05Z");

  private final MemoryRawResultArchive archive = new MemoryRawResultArchive();
  private final MemoryImages images = new MemoryImages();
  private final RecordingRunMetrics metrics = new RecordingRunMetrics();
  private final RunSummaries summaries = new RunSummaries(db.dataSource(), Clock.systemUTC());
  private final List<String> summariesSent = new ArrayList<>();
  private final List<String> livenessRequests = new ArrayList<>();
  private Jdbi jdbi;
  private StandardizeHandler handler;

  @BeforeAll
  static void schema() {
    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource()).sync(OrganizationConfigs.loadBundled());
  }

  @BeforeEach
  void setUp() {
    jdbi = Database.jdbi(db.dataSource());
    jdbi.useHandle(
        handle -> handle.execute("TRUNCATE dogs, scrape_sessions, run_summaries CASCADE"));
    handler =
        new StandardizeHandler(
            new StandardizeService(
                archive,
                new RunIngestor(db.dataSource(), Clock.systemUTC()),
                new ImageSync(db.dataSource(), images, images),
                metrics,
                new RunCompletion(
                    summaries,
                    new RunSummaryNotifier(
                        summaries, (subject, text) -> summariesSent.add(subject + "\n" + text))),
                new LivenessChecks(
                    new LivenessStore(db.dataSource()),
                    (run, organization, correlation, dogs) ->
                        livenessRequests.add(
                            SqsLivenessQueue.body(run, organization, correlation, dogs))),
                new FacetSummary(db.dataSource())));
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldAskForTheAdoptionPagesOfDogsMissingFromTwoSuccessfulRuns(SQSEvent event) {
    // Arrange: Kira and Rex were listed three weeks ago, not two weeks ago.
    RunIngestor ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());
    ingestor.ingest(
        RawResults.complete(
            "20261116T150000Z", STARTED.minus(Duration.ofDays(14)), "Bonsai", "Kira", "Rex", "Max"),
        null);
    ingestor.ingest(
        RawResults.complete(
            "20261123T150000Z", STARTED.minus(Duration.ofDays(7)), "Bonsai", "Max", "Nala"),
        null);
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Max", "Nala"));

    // Act: the run that finds them missing a second time
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-1", Duration.ofMinutes(5)));

    // Assert: the request the scraper reads (events/scraper/liveness-message.json's shape)
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(livenessRequests)
        .singleElement()
        .isEqualTo(
            "{\"mode\":\"liveness\",\"run_id\":\""
                + RUN
                + "\",\"organization_id\":\"tierschutzverein-europa\","
                + "\"correlation_id\":\"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa\","
                + "\"liveness_candidates\":["
                + "{\"external_id\":\"kira\",\"adoption_url\":\""
                + RawResults.SITE
                + "kira/\"},"
                + "{\"external_id\":\"rex\",\"adoption_url\":\""
                + RawResults.SITE
                + "rex/\"}]}");

    // A duplicate of the message asks nothing again.
    handler.handleRequest(
        event, InvocationContext.withRemaining("standardize", "request-2", Duration.ofMinutes(5)));
    assertThat(livenessRequests).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldSummarizeTheRunWhenItsLastOrganizationIsStored(SQSEvent event) {
    // Arrange: the sample's run has twelve organizations; this one is the first to finish.
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira", "Rex", "Strolch"));
    handler.handleRequest(
        event, InvocationContext.withRemaining("standardize", "request-1", Duration.ofMinutes(5)));
    assertThat(summariesSent).isEmpty();
    SQSEvent.SQSMessage message = event.getRecords().get(0);
    jdbi.useHandle(handle -> handle.execute("TRUNCATE scrape_sessions, run_summaries CASCADE"));
    message.setBody(
        message
            .getBody()
            .replaceFirst(
                "\"run_organizations\":\\[[^]]*]",
                "\"run_organizations\":[\"tierschutzverein-europa\"]"));

    // Act: a run of this organization alone
    handler.handleRequest(
        event, InvocationContext.withRemaining("standardize", "request-2", Duration.ofMinutes(5)));

    // Assert
    assertThat(summariesSent)
        .singleElement()
        .asString()
        .startsWith("Rescue dogs run " + RUN + ": 1/1 organizations ok, 4 dogs found")
        .containsPattern("(?m)^tierschutzverein-europa\\s+success\\s+4");
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldStoreTheDogsAndTheirImages(SQSEvent event) {
    // Arrange
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira", "Rex", "Strolch"));

    // Act
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-1", Duration.ofMinutes(5)));

    // Assert
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(names()).containsExactly("Bonsai", "Kira", "Rex", "Strolch");
    assertThat(
            text(
                "SELECT status || ' ' || dogs_found || ' ' || raw_payload_location"
                    + " FROM scrape_sessions WHERE run_id = '"
                    + RUN
                    + "'"))
        .isEqualTo(
            "success 4 s3://rescue-dogs-raw/raw/20261130T150000Z/tierschutzverein-europa.json.gz");
    assertThat(metrics.ingested).singleElement().extracting(IngestReport::dogsAdded).isEqualTo(4);
    assertThat(metrics.images)
        .singleElement()
        .satisfies(r -> assertThat(r.uploaded()).isEqualTo(4));
    assertThat(images.objects())
        .hasSize(4)
        .allSatisfy((key, bytes) -> assertThat(key).matches("dogs/[0-9a-f]{64}\\.png"));
    assertThat(
            text(
                "SELECT count(*) FROM dog_images"
                    + " WHERE stored_url LIKE 'https://images.rescuedogs.test/dogs/%'"))
        .isEqualTo("4");
    // The API's facet summary was rebuilt after the catalog changed.
    assertThat(
            text(
                "SELECT (s.version = v.last_value AND v.is_called)::text"
                    + " FROM catalog_facet_state s CROSS JOIN catalog_version v"))
        .isEqualTo("true");
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldNeitherCountNorChangeAnythingTwice_whenTheMessageIsDuplicated(SQSEvent event) {
    // Arrange
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira", "Rex"));
    handler.handleRequest(
        event, InvocationContext.withRemaining("standardize", "request-1", Duration.ofMinutes(5)));
    List<String> eventsBefore = dogEvents();

    // Act
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-2", Duration.ofMinutes(5)));

    // Assert
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(metrics.ingested).hasSize(1);
    assertThat(dogEvents()).isEqualTo(eventsBefore);
    assertThat(text("SELECT count(*) FROM scrape_sessions")).isEqualTo("1");
    assertThat(images.downloads()).hasSize(3);
  }

  @ParameterizedTest
  @Event(value = "standardize/restandardize-message.json", type = SQSEvent.class)
  void shouldRestandardizeACompletedRun(SQSEvent event) {
    // Arrange
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira"));
    new RunIngestor(db.dataSource(), Clock.systemUTC())
        .ingest(
            archive.read(
                MemoryRawResultArchive.BUCKET, "raw/" + RUN + "/tierschutzverein-europa.json.gz"),
            null);

    // Act
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-3", Duration.ofMinutes(5)));

    // Assert
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(metrics.ingested).isEmpty();
    assertThat(names()).containsExactly("Bonsai", "Kira");
  }

  @ParameterizedTest
  @Event(value = "standardize/restandardize-message.json", type = SQSEvent.class)
  void shouldFail_whenRestandardizingARunNeverIngested(SQSEvent event) {
    archive.put(RawResults.complete(RUN, STARTED, "Bonsai"));

    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-4", Duration.ofMinutes(5)));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("9a8b7c6d-5e4f-4a2b-8c0d-9e8f7a6b5c4d");
    assertThat(names()).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "standardize/malformed-body.json", type = SQSEvent.class)
  void shouldReportAFailure_whenTheBodyIsMalformed(SQSEvent event) {
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-5", Duration.ofMinutes(5)));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
  }

  @ParameterizedTest
  @Event(value = "standardize/missing-raw-result.json", type = SQSEvent.class)
  void shouldReportAFailure_whenTheRawResultIsMissing(SQSEvent event) {
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-6", Duration.ofMinutes(5)));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("1a2b3c4d-5e6f-4a8b-9c0d-e1f2a3b4c5d6");
    assertThat(metrics.ingested).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldFailOnlyTheBrokenMessage_whenTheOrganizationIsUnknown(SQSEvent event) {
    // Arrange: a batch of a message for an unknown organization, then a good one
    archive.put(RawResults.complete(RUN, "no-such-rescue", STARTED, "Ghost"));
    archive.put(RawResults.complete(RUN, STARTED, "Kira"));
    SQSEvent.SQSMessage good = event.getRecords().get(0);
    SQSEvent.SQSMessage unknown = new SQSEvent.SQSMessage();
    unknown.setMessageId("unknown-1");
    unknown.setBody(good.getBody().replace("tierschutzverein-europa", "no-such-rescue"));
    event.setRecords(List.of(unknown, good));

    // Act
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-7", Duration.ofMinutes(5)));

    // Assert
    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("unknown-1");
    assertThat(names()).containsExactly("Kira");
  }

  @ParameterizedTest
  @Event(value = "standardize/standardize-message.json", type = SQSEvent.class)
  void shouldFail_whenTheArchivedResultIsAnotherRun(SQSEvent event) {
    // Arrange: a result filed under the wrong key
    archive.put(RawResults.complete(RUN, STARTED, "Kira"));
    event
        .getRecords()
        .get(0)
        .setBody(
            event
                .getRecords()
                .get(0)
                .getBody()
                .replace("\"run_id\":\"" + RUN, "\"run_id\":\"20261207T150000Z"));

    // Act
    SQSBatchResponse response =
        handler.handleRequest(
            event,
            InvocationContext.withRemaining("standardize", "request-8", Duration.ofMinutes(5)));

    // Assert
    assertThat(response.getBatchItemFailures()).hasSize(1);
    assertThat(names()).isEmpty();
  }

  private String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private List<String> names() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT name FROM dogs ORDER BY name").mapTo(String.class).list());
  }

  private List<String> dogEvents() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT dog_id || ':' || event_type FROM dog_events ORDER BY id")
                .mapTo(String.class)
                .list());
  }
}
