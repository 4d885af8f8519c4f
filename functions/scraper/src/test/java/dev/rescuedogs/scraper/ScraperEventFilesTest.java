package dev.rescuedogs.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraper.archive.MemoryRawResultStore;
import dev.rescuedogs.scraper.message.StandardizeRequest;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every event under {@code events/scraper/} (the files {@code sam local invoke -e} and {@code
 * rescuedogs invoke scraper --event} take), loaded as the Lambda runtime loads it and handed to the
 * handler with its real service and the organization's registered scraper, reading a replay copy of
 * tierschutzverein-europa's site (the scraping library's test site) instead of the live one. Each
 * file has its own expected outcome; a file without one fails.
 */
class ScraperEventFilesTest {

  private static final String ORGANIZATION = "tierschutzverein-europa";
  private static final String RUN = "20261130T150000Z";
  private static final String KEY = "raw/" + RUN + "/" + ORGANIZATION + ".json.gz";

  /** One file's world: a fresh replay site, raw bucket and standardize queue. */
  private static final class Scrape implements AutoCloseable {
    final ReplayServer site = ReplayServer.serving(siteCopy());
    final MemoryRawResultStore archive = new MemoryRawResultStore();
    final List<StandardizeRequest> announced = new ArrayList<>();

    /** Requests the site had answered when the file's own invocation began. */
    int requestsBefore;

    final ScrapeHandler handler =
        new ScrapeHandler(
            new ScrapeService(
                OrganizationConfigs.loadBundled().stream()
                    .map(ScraperEventFilesTest::testPaced)
                    .toList(),
                (config, dependencies) ->
                    Scrapers.create(config, dependencies.siteCopy(site.baseUri()).build()),
                archive,
                announced::add,
                Clock.systemUTC()),
            Duration.ofSeconds(30));

    SQSBatchResponse invoke(Path file) {
      return handler.handleRequest(
          EventLoader.loadSQSEvent(file.toString()),
          InvocationContext.withRemaining("scraper", "request-1", Duration.ofMinutes(10)));
    }

    @Override
    public void close() {
      site.close();
    }
  }

  /** What a file needs beforehand, and what must hold after its invocation. */
  private record Expectation(Arrange arrange, Verify verify) {}

  @FunctionalInterface
  private interface Arrange {
    void accept(Scrape scrape, Map<String, Path> files);
  }

  @FunctionalInterface
  private interface Verify {
    void accept(Scrape scrape, SQSBatchResponse response);
  }

  @TestFactory
  Stream<DynamicTest> everyEventFileHasItsOutcome() {
    Map<String, Expectation> expectations = expectations();
    Map<String, Path> files = eventFiles();
    assertThat(expectations.keySet())
        .as("expectations whose event file is gone from events/scraper/")
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
                              "events/scraper/%s has no expected outcome in %s: add one",
                              file.getKey(), ScraperEventFilesTest.class.getSimpleName())
                          .isNotNull();
                      try (Scrape scrape = new Scrape()) {
                        expectation.arrange().accept(scrape, files);
                        scrape.requestsBefore = scrape.site.requests().size();
                        expectation.verify().accept(scrape, scrape.invoke(file.getValue()));
                      }
                    }));
  }

  private static Map<String, Expectation> expectations() {
    Arrange nothing = (scrape, files) -> {};
    Map<String, Expectation> expect = new TreeMap<>();
    expect.put(
        "scrape-message.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              archivedCompleteResult(scrape);
              assertThat(scrape.announced)
                  .containsExactly(
                      StandardizeRequest.ingest(
                          RUN,
                          ORGANIZATION,
                          MemoryRawResultStore.BUCKET,
                          KEY,
                          "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
                          ScrapeHandlerTest.RUN_ORGANIZATIONS));
            }));
    expect.put(
        "redelivered-message.json",
        new Expectation(
            // The first delivery archived the result, then the function died before deleting it.
            (scrape, files) -> scrape.invoke(files.get("scrape-message.json")),
            (scrape, response) -> {
              assertThat(scrape.requestsBefore).isPositive();
              assertThat(response.getBatchItemFailures()).isEmpty();
              assertThat(scrape.site.requests()).hasSize(scrape.requestsBefore);
              assertThat(scrape.announced)
                  .hasSize(2)
                  .allSatisfy(request -> assertThat(request.key()).isEqualTo(KEY));
            }));
    expect.put(
        "liveness-message.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              assertThat(response.getBatchItemFailures()).isEmpty();
              assertThat(scrape.archive.objects()).isEmpty();
              StandardizeRequest announced = scrape.announced.get(0);
              assertThat(scrape.announced).hasSize(1);
              assertThat(announced.mode()).isEqualTo("liveness");
              assertThat(announced.runId()).isEqualTo(RUN);
              assertThat(announced.livenessChecks())
                  .extracting(LivenessCheck::externalId, LivenessCheck::verdict)
                  .containsExactly(
                      tuple("rex-in-rumaenien-tierheim-aspa", LivenessVerdict.LISTED),
                      tuple("luna-in-spanien-perros-con-alma", LivenessVerdict.GONE));
              assertThat(announced.livenessChecks().get(1).statusCode()).isEqualTo(404);
              // The two pages were requested, the listing was not: no scrape.
              assertThat(scrape.site.requests())
                  .extracting(RecordedRequest::pathAndQuery)
                  .contains(
                      "/tiervermittlung/rex-in-rumaenien-tierheim-aspa/",
                      "/tiervermittlung/luna-in-spanien-perros-con-alma/")
                  .doesNotContain("/tiervermittlung/");
            }));
    expect.put(
        "mixed-batch.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              failed(response, "c3d5a7a0-5d0c-4b55-a9c5-0d3e1d5f7b11");
              archivedCompleteResult(scrape);
              assertThat(scrape.archive.objects()).containsOnlyKeys(KEY);
              assertThat(scrape.announced)
                  .extracting(StandardizeRequest::organizationId)
                  .containsExactly(ORGANIZATION);
            }));
    expect.put(
        "unknown-organization.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              failed(response, "a8f3c1b2-1e5d-4d69-9d0c-53e1b1f1c0aa");
              nothingHappened(scrape);
            }));
    expect.put(
        "missing-organization.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              failed(response, "4c2e8a1f-7b3d-4f5e-9a0c-1d2e3f4a5b6c");
              nothingHappened(scrape);
            }));
    expect.put(
        "malformed-body.json",
        new Expectation(
            nothing,
            (scrape, response) -> {
              failed(response, "2e1424d4-f796-459a-8184-9c92662be6da");
              nothingHappened(scrape);
            }));
    return expect;
  }

  private static void archivedCompleteResult(Scrape scrape) {
    RawScrapeResult raw = scrape.archive.read(KEY);
    assertThat(raw.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(raw.runId()).isEqualTo(RUN);
    assertThat(raw.organizationId()).isEqualTo(ORGANIZATION);
    assertThat(raw.dogs()).isNotEmpty().allSatisfy(dog -> assertThat(dog.name()).isNotBlank());
    assertThat(scrape.site.requests()).isNotEmpty();
  }

  private static void failed(SQSBatchResponse response, String messageId) {
    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(messageId);
  }

  private static void nothingHappened(Scrape scrape) {
    assertThat(scrape.archive.objects()).isEmpty();
    assertThat(scrape.announced).isEmpty();
    assertThat(scrape.site.requests()).isEmpty();
  }

  /** The shipped config with test-sized politeness (30 ms between requests instead of seconds). */
  private static OrganizationConfig testPaced(OrganizationConfig shipped) {
    ScraperSettings scraper = shipped.scraper();
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            new Politeness(0.03, 1, 5, 2)),
        shipped.website(),
        shipped.description(),
        shipped.country(),
        shipped.city(),
        shipped.locations(),
        shipped.serviceRegions(),
        shipped.shipsTo(),
        shipped.social(),
        shipped.adoptionFee(),
        shipped.establishedYear(),
        shipped.logoUrl());
  }

  /** The scraping library's replay copy of the organization's site. */
  private static Path siteCopy() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path site = dir.resolve("functions/scraping/src/test/resources/sites/" + ORGANIZATION);
      if (Files.isDirectory(site)) {
        return site;
      }
    }
    return Assumptions.abort(
        "the replay copy of "
            + ORGANIZATION
            + " (functions/scraping/src/test/resources/sites/)"
            + " is not above "
            + Path.of("").toAbsolutePath());
  }

  /** The files of {@code events/scraper/} by name, found by walking up from the module. */
  private static Map<String, Path> eventFiles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path events = dir.resolve("events/scraper");
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
        "no events/scraper directory above " + Path.of("").toAbsolutePath());
  }
}
