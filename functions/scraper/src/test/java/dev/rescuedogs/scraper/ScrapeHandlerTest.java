package dev.rescuedogs.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraper.archive.MemoryRawResultStore;
import dev.rescuedogs.scraper.message.StandardizeRequest;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.replay.ReplayServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;

class ScrapeHandlerTest {

  private static final String KEY = "raw/20261130T150000Z/tierschutzverein-europa.json.gz";
  private static final Duration RESERVE = Duration.ofSeconds(30);

  /** The run's organizations, as the sample scrape message lists them. */
  static final List<String> RUN_ORGANIZATIONS =
      List.of(
          "animalrescuebosnia",
          "daisyfamilyrescue",
          "dogstrust",
          "hunderettung-europa",
          "manytearsrescue",
          "misisrescue",
          "pets-in-turkey",
          "rean",
          "santerpawsbulgarianrescue",
          "theunderdog",
          "tierschutzverein-europa",
          "woof-project");

  private final ReplayServer site =
      ReplayServer.serving(Path.of("src/test/resources/sites/mini-rescue"));
  private final HttpFetcher fetcher =
      new HttpFetcher(
          FetchSettings.defaults(FetchSettings.DEFAULT_USER_AGENT).withDelay(Duration.ZERO));
  private final MemoryRawResultStore archive = new MemoryRawResultStore();
  private final List<StandardizeRequest> announced = new ArrayList<>();
  private final AtomicInteger scrapersMade = new AtomicInteger();
  private MiniRescueScraper.Listing listing = MiniRescueScraper.Listing.WORKS;

  private final ScrapeHandler handler =
      new ScrapeHandler(
          new ScrapeService(
              OrganizationConfigs.loadBundled(),
              (config, dependencies) -> {
                scrapersMade.incrementAndGet();
                return new MiniRescueScraper(
                    config, dependencies.fetcher(fetcher).build(), site.url("/dogs/"), listing);
              },
              archive,
              announced::add,
              Clock.systemUTC()),
          RESERVE);

  @AfterEach
  void stop() {
    site.close();
    fetcher.close();
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldArchiveTheRawResultAndAnnounceIt(SQSEvent event) {
    // Act
    SQSBatchResponse response = handler.handleRequest(event, context(600_000));

    // Assert
    assertThat(response.getBatchItemFailures()).isEmpty();
    RawScrapeResult raw = archive.read(KEY);
    assertThat(raw.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(raw.runId()).isEqualTo("20261130T150000Z");
    assertThat(raw.organizationId()).isEqualTo("tierschutzverein-europa");
    assertThat(raw.dogs()).extracting(dog -> dog.name()).containsExactly("Rex", "Bella", "Nala");
    assertThat(announced)
        .containsExactly(
            StandardizeRequest.ingest(
                "20261130T150000Z",
                "tierschutzverein-europa",
                MemoryRawResultStore.BUCKET,
                KEY,
                "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
                RUN_ORGANIZATIONS));
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldWriteTheMessageTheStandardizeFunctionReads(SQSEvent event) throws Exception {
    // Arrange: the standardize function's sample event is the contract
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected =
        mapper.readTree(
            EventLoader.loadSQSEvent("standardize/standardize-message.json")
                .getRecords()
                .get(0)
                .getBody());

    // Act
    handler.handleRequest(event, context(600_000));

    // Assert
    assertThat(mapper.readTree(announced.get(0).toJson())).isEqualTo(expected);
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldArchiveAFailedResult_whenTheListingFails(SQSEvent event) {
    // Arrange
    listing = MiniRescueScraper.Listing.FAILS;

    // Act
    SQSBatchResponse response = handler.handleRequest(event, context(600_000));

    // Assert: recorded as failed, not lost
    assertThat(response.getBatchItemFailures()).isEmpty();
    RawScrapeResult raw = archive.read(KEY);
    assertThat(raw.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(raw.error()).contains("answered 500");
    assertThat(raw.found()).isEmpty();
    assertThat(announced).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldStopBeforeTheTimeout_andRecordTheRunAsIncomplete(SQSEvent event) {
    // Arrange: a listing that hangs, and 1.5 s left after the reserve
    listing = MiniRescueScraper.Listing.HANGS;
    long start = System.nanoTime();

    // Act
    SQSBatchResponse response = handler.handleRequest(event, context(31_500));

    // Assert
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(response.getBatchItemFailures()).isEmpty();
    RawScrapeResult raw = archive.read(KEY);
    assertThat(raw.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(raw.error()).startsWith("stopped after 1 s to finish before the function's timeout");
    assertThat(announced).hasSize(1);
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldAnnounceAgainWithoutScraping_whenTheMessageIsRedelivered(SQSEvent event) {
    // Arrange: the first delivery archived the result, then the function died
    handler.handleRequest(event, context(600_000));
    int requestsAfterFirst = site.requests().size();

    // Act
    SQSBatchResponse response = handler.handleRequest(event, context(600_000));

    // Assert
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(scrapersMade).hasValue(1);
    assertThat(site.requests()).hasSize(requestsAfterFirst);
    assertThat(announced).hasSize(2).allSatisfy(a -> assertThat(a.key()).isEqualTo(KEY));
  }

  @ParameterizedTest
  @Event(value = "scraper/scrape-message.json", type = SQSEvent.class)
  void shouldRevalidateWithThePreviousRunsValidators(SQSEvent event) {
    // Arrange: last week's run read every detail page
    SQSEvent lastWeek = EventLoader.loadSQSEvent("scraper/scrape-message.json");
    lastWeek
        .getRecords()
        .get(0)
        .setBody(
            event.getRecords().get(0).getBody().replace("20261130T150000Z", "20261123T150000Z"));
    handler.handleRequest(lastWeek, context(600_000));

    // Act
    handler.handleRequest(event, context(600_000));

    // Assert: the detail pages answered 304, their dogs are unchanged
    RawScrapeResult raw = archive.read(KEY);
    assertThat(raw.unchanged()).containsExactlyInAnyOrder("rex", "bella", "nala");
    assertThat(raw.statistics().notModified()).isEqualTo(3);
  }

  @ParameterizedTest
  @Event(value = "scraper/malformed-body.json", type = SQSEvent.class)
  void shouldReportAFailure_whenTheBodyIsMalformed(SQSEvent event) {
    SQSBatchResponse response = handler.handleRequest(event, context(600_000));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da");
    assertThat(archive.objects()).isEmpty();
    assertThat(announced).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "scraper/mixed-batch.json", type = SQSEvent.class)
  void shouldFailOnlyTheUnknownOrganization_andHandleTheRest(SQSEvent event) {
    SQSBatchResponse response = handler.handleRequest(event, context(600_000));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("c3d5a7a0-5d0c-4b55-a9c5-0d3e1d5f7b11");
    assertThat(archive.objects()).containsOnlyKeys(KEY);
    assertThat(announced)
        .extracting(StandardizeRequest::organizationId)
        .containsExactly("tierschutzverein-europa");
  }

  private static InvocationContext context(int remainingMillis) {
    return InvocationContext.withRemaining(
        "scraper", "request-1", Duration.ofMillis(remainingMillis));
  }
}
