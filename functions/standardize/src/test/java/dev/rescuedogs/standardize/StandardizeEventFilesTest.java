package dev.rescuedogs.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every event under {@code events/standardize/} (the files {@code sam local invoke -e} and {@code
 * rescuedogs invoke standardize --event} take), loaded as the Lambda runtime loads it and handed to
 * the handler with its real service on PostgreSQL, an in-memory raw bucket and image bucket. Each
 * file has its own expected outcome; a file without one fails.
 */
class StandardizeEventFilesTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String RUN = "20261130T150000Z";
  private static final Instant STARTED = Instant.parse("2026-11-30T15:00:05Z");

  private static Jdbi jdbi;

  /** One file's world: an empty catalog, raw bucket and image bucket. */
  private static final class Standardize {
    final MemoryRawResultArchive archive = new MemoryRawResultArchive();
    final MemoryImages images = new MemoryImages();
    final RecordingRunMetrics metrics = new RecordingRunMetrics();
    final RunIngestor ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());
    final RunSummaries summaries = new RunSummaries(db.dataSource(), Clock.systemUTC());
    final List<String> summariesSent = new ArrayList<>();
    final List<List<LivenessCandidate>> livenessRequests = new ArrayList<>();
    final StandardizeHandler handler =
        new StandardizeHandler(
            new StandardizeService(
                archive,
                ingestor,
                new ImageSync(db.dataSource(), images, images),
                metrics,
                new RunCompletion(
                    summaries,
                    new RunSummaryNotifier(
                        summaries, (subject, text) -> summariesSent.add(subject))),
                new LivenessChecks(
                    new LivenessStore(db.dataSource()),
                    (run, organization, correlation, dogs) -> livenessRequests.add(dogs)),
                new FacetSummary(db.dataSource())));
  }

  private record Expectation(Consumer<Standardize> arrange, Verify verify) {}

  @FunctionalInterface
  private interface Verify {
    void accept(Standardize standardize, SQSBatchResponse response);
  }

  @BeforeAll
  static void schema() {
    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource()).sync(OrganizationConfigs.loadBundled());
    jdbi = Database.jdbi(db.dataSource());
  }

  @TestFactory
  Stream<DynamicTest> everyEventFileHasItsOutcome() {
    Map<String, Expectation> expectations = expectations();
    Map<String, Path> files = eventFiles();
    assertThat(expectations.keySet())
        .as("expectations whose event file is gone from events/standardize/")
        .isSubsetOf(files.keySet());
    return files.entrySet().stream()
        .map(
            file ->
                dynamicTest(
                    file.getKey(),
                    () -> {
                      Expectation expectation = expectations.get(file.getKey());
                      assertThat(expectation)
                          .as(
                              "events/standardize/%s has no expected outcome in %s: add one",
                              file.getKey(), StandardizeEventFilesTest.class.getSimpleName())
                          .isNotNull();
                      jdbi.useHandle(
                          h -> h.execute("TRUNCATE dogs, scrape_sessions, run_summaries CASCADE"));
                      Standardize standardize = new Standardize();
                      expectation.arrange().accept(standardize);
                      SQSBatchResponse response =
                          standardize.handler.handleRequest(
                              EventLoader.loadSQSEvent(file.getValue().toString()),
                              InvocationContext.withRemaining(
                                  "standardize", "request-1", Duration.ofMinutes(5)));
                      expectation.verify().accept(standardize, response);
                    }));
  }

  private static Map<String, Expectation> expectations() {
    Map<String, Expectation> expect = new TreeMap<>();
    expect.put(
        "standardize-message.json",
        new Expectation(
            s -> s.archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira", "Rex")),
            (s, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              assertThat(names()).containsExactly("Bonsai", "Kira", "Rex");
              assertThat(sessions())
                  .containsExactly(
                      "tierschutzverein-europa success 3 s3://rescue-dogs-raw/raw/"
                          + RUN
                          + "/tierschutzverein-europa.json.gz");
              assertThat(s.metrics.ingested)
                  .singleElement()
                  .extracting(IngestReport::dogsAdded)
                  .isEqualTo(3);
              assertThat(s.images.objects()).hasSize(3);
              // A first run has no dog missing: no adoption page to check.
              assertThat(s.livenessRequests).isEmpty();
            }));
    expect.put(
        "restandardize-message.json",
        new Expectation(
            s -> {
              String key = s.archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira"));
              s.ingestor.ingest(s.archive.read(MemoryRawResultArchive.BUCKET, key), null);
            },
            (s, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              // Restandardizing re-applies the rules to the stored run: no new session figures.
              assertThat(s.metrics.ingested).isEmpty();
              assertThat(names()).containsExactly("Bonsai", "Kira");
              assertThat(sessions()).hasSize(1);
            }));
    expect.put(
        "batch-of-two-organizations.json",
        new Expectation(
            s -> {
              s.archive.put(RawResults.complete(RUN, STARTED, "Bonsai", "Kira", "Rex"));
              s.archive.put(
                  RawResults.complete(RUN, "hunderettung-europa", STARTED, "Luna", "Max", "Nala"));
            },
            (s, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              assertThat(names()).containsExactly("Bonsai", "Kira", "Luna", "Max", "Nala", "Rex");
              assertThat(sessions())
                  .extracting(session -> session.substring(0, session.indexOf(" s3://")))
                  .containsExactly(
                      "hunderettung-europa success 3", "tierschutzverein-europa success 3");
              assertThat(s.metrics.ingested).hasSize(2);
            }));
    expect.put(
        "liveness-results.json",
        new Expectation(
            s -> {
              // Kira, Rex and Strolch are missing from the last two of three successful runs.
              s.ingestor.ingest(
                  RawResults.complete(
                      "20261116T150000Z",
                      STARTED.minus(Duration.ofDays(14)),
                      "Bonsai",
                      "Kira",
                      "Rex",
                      "Strolch",
                      "Luna"),
                  null);
              s.ingestor.ingest(
                  RawResults.complete(
                      "20261123T150000Z",
                      STARTED.minus(Duration.ofDays(7)),
                      "Bonsai",
                      "Luna",
                      "Max"),
                  null);
              s.ingestor.ingest(RawResults.complete(RUN, STARTED, "Bonsai", "Luna", "Max"), null);
            },
            (s, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              assertThat(
                      strings(
                          "SELECT name || ' ' || status || ' ' || active FROM dogs"
                              + " WHERE name IN ('Kira', 'Rex', 'Strolch') ORDER BY name"))
                  .containsExactly(
                      "Kira available true", "Rex unknown false", "Strolch adopted false");
              assertThat(
                      strings(
                          "SELECT e.new_value ->> 'evidence' FROM dog_events e JOIN dogs d ON"
                              + " d.id = e.dog_id WHERE d.name = 'Strolch' AND e.event_type ="
                              + " 'liveness_checked'"))
                  .containsExactly("heading \"Strolch – VERMITTELT\"");
            }));
    expect.put(
        "missing-raw-result.json",
        new Expectation(
            s -> {},
            (s, response) -> {
              failed(response, "1a2b3c4d-5e6f-4a8b-9c0d-e1f2a3b4c5d6");
              assertThat(sessions()).isEmpty();
              assertThat(s.metrics.ingested).isEmpty();
            }));
    expect.put(
        "malformed-body.json",
        new Expectation(
            s -> {},
            (s, response) -> {
              failed(response, "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
              assertThat(sessions()).isEmpty();
            }));
    return expect;
  }

  private static void failed(SQSBatchResponse response, String messageId) {
    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(messageId);
  }

  private static List<String> strings(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private static List<String> names() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT name FROM dogs ORDER BY name").mapTo(String.class).list());
  }

  private static List<String> sessions() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT o.config_id || ' ' || s.status || ' ' || s.dogs_found || ' '"
                        + " || s.raw_payload_location FROM scrape_sessions s"
                        + " JOIN organizations o ON o.id = s.organization_id ORDER BY o.config_id")
                .mapTo(String.class)
                .list());
  }

  /** The files of {@code events/standardize/} by name, found by walking up from the module. */
  private static Map<String, Path> eventFiles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path events = dir.resolve("events/standardize");
      if (Files.isDirectory(events)) {
        try (Stream<Path> files = Files.list(events)) {
          Map<String, Path> json = new TreeMap<>();
          files
              .filter(file -> file.toString().endsWith(".json"))
              .forEach(file -> json.put(file.getFileName().toString(), file));
          assertThat(json).as("event files in %s", events).isNotEmpty();
          return json;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "no events/standardize directory above " + Path.of("").toAbsolutePath());
  }
}
