package dev.rescuedogs.scraping.scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawResultJson;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.fetch.OriginMapping;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.support.FakeTime;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationScraperTest {

  private static final String SITE = "https://tiny-rescue.example";

  private ReplayServer server;
  private static final List<LivenessCandidate> LIVENESS_CANDIDATES =
      List.of(
          new LivenessCandidate("max", SITE + "/dogs/max"),
          new LivenessCandidate("rex", SITE + "/dogs/rex"),
          new LivenessCandidate("ghost", SITE + "/dogs/ghost"),
          new LivenessCandidate("bella", SITE + "/dogs/bella"));

  private OrganizationConfig organization;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("tiny-rescue"));
    organization =
        TestSites.organization(
            "tiny-rescue",
            Technology.STATIC,
            TestSites.fastPoliteness(),
            URI.create(SITE + "/dogs/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ScraperDependencies.Builder dependencies() {
    return ScraperDependencies.builder()
        .siteCopy(server.baseUri())
        .userAgent(TestSites.USER_AGENT)
        .runId("run-1")
        .browserFactory(
            guard -> {
              throw new AssertionError("a static site needs no browser");
            });
  }

  private RawScrapeResult scrape(ScraperDependencies dependencies) {
    try (TinyRescueScraper scraper = new TinyRescueScraper(organization, dependencies)) {
      return scraper.scrape();
    }
  }

  @Test
  void readsEveryListingPageAndEveryWantedDog() {
    RawScrapeResult result = scrape(dependencies().build());

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.error()).isNull();
    assertThat(result.organizationId()).isEqualTo("tiny-rescue");
    assertThat(result.runId()).isEqualTo("run-1");
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rex", DogStatus.AVAILABLE),
            org.assertj.core.groups.Tuple.tuple("bella", DogStatus.RESERVED),
            org.assertj.core.groups.Tuple.tuple("max", DogStatus.ADOPTED),
            org.assertj.core.groups.Tuple.tuple("luna", DogStatus.AVAILABLE),
            org.assertj.core.groups.Tuple.tuple("nala", DogStatus.AVAILABLE));
    // Adopted dogs are recorded as found but their pages are not read.
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly("rex", "bella", "luna", "nala");
    assertThat(server.requestsTo("/dogs/max")).isEmpty();
    assertThat(result.detailFailures()).isEmpty();
    assertThat(result.finishedAt()).isAfterOrEqualTo(result.startedAt());
  }

  @Test
  void rawFieldsAreMergedFromCardAndPageWithCleanImages() {
    Map<String, RawDog> dogs = byId(scrape(dependencies().build()));

    RawDog rex = dogs.get("rex");
    assertThat(rex.name()).isEqualTo("Rex");
    assertThat(rex.adoptionUrl()).isEqualTo(SITE + "/dogs/rex");
    assertThat(rex.breed()).isEqualTo("Labrador Retriever Cross");
    assertThat(rex.ageText()).isEqualTo("2 - 5 years");
    assertThat(rex.sex()).isEqualTo("Male");
    assertThat(rex.size()).isEqualTo("Large");
    assertThat(rex.location()).isEqualTo("Darlington");
    assertThat(rex.description()).isEqualTo("Rex loves long walks.");
    assertThat(rex.properties()).containsEntry("good_with_cats", "Yes");
    assertThat(rex.imageUrls())
        .containsExactly(
            SITE + "/img/rex-1.jpg",
            "https://cdn.tiny-rescue.example/img/rex-2.jpg",
            SITE + "/img/rex-card.jpg");
    // The listing's "Reserved" badge holds although the page says "Available".
    assertThat(dogs.get("bella").status()).isEqualTo("reserved");
    assertThat(dogs.get("bella").imageUrls()).containsExactly(SITE + "/img/bella.jpg");
    assertThat(dogs.get("luna").imageUrls()).containsExactly(SITE + "/dogs/luna.jpg");
    assertThat(dogs.get("nala").name()).isEqualTo("Nala 🐶");
    assertThat(dogs.get("nala").breed()).isNull();
  }

  @Test
  void statisticsCountWhatTheRunDid() {
    RawScrapeResult result = scrape(dependencies().build());

    // robots.txt, two listing pages, four detail pages
    assertThat(result.statistics().requests()).isEqualTo(7);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 6L).containsEntry(404, 1L);
    assertThat(result.statistics().retries()).isZero();
    assertThat(result.statistics().bytes()).isPositive();
    assertThat(result.validators())
        .containsOnlyKeys(
            SITE + "/dogs/rex", SITE + "/dogs/bella", SITE + "/dogs/luna", SITE + "/dogs/nala");
  }

  @Test
  void aListingPageThatTimesOutFailsTheRunInsteadOfReportingFewerDogs() {
    server.always("/dogs/?page=2", Reply.file().delayedBy(Duration.ofSeconds(3)));
    FetchSettings settings =
        FetchSettings.forOrganization(TestSites.fastPoliteness(), TestSites.USER_AGENT)
            .withTimeout(Duration.ofMillis(300))
            .withBackoff(Duration.ofMillis(10), Duration.ofMillis(10));
    try (HttpFetcher fetcher =
        new HttpFetcher(
            settings, OriginMapping.toCopy(List.of(URI.create(SITE)), server.baseUri()))) {
      RawScrapeResult result =
          scrape(
              ScraperDependencies.builder()
                  .fetcher(fetcher)
                  .userAgent(TestSites.USER_AGENT)
                  .build());

      // Either timeout may fire first: the client's (headers) or the fetcher's (whole body).
      assertFailed(result, "");
      assertThat(result.error()).containsPattern("request timed out|no complete answer within");
      assertThat(result.listing().pagesSeen()).isEqualTo(1);
      assertThat(result.listing().pagesExpected()).isEqualTo(2);
      assertThat(server.requestsTo("/dogs/?page=2")).hasSize(2);
    }
  }

  @Test
  void aListingPageWithNoDogsFailsTheRun() {
    server.always(
        "/dogs/?page=2",
        Reply.html(
            "<html><body><ul class='dogs'></ul><span class='pagination'><span class='total'>"
                + "Page 2 of 2</span></span></body></html>"));

    assertFailed(scrape(dependencies().build()), "lists no dogs");
  }

  @Test
  void fewerPagesThanThePaginationAnnouncesFailsTheRun() {
    server.always(
        "/dogs/?page=2",
        Reply.html(
            "<ul><li class='dog'><a href='/dogs/luna'><span class='name'>Luna</span></a></li></ul>"
                + "<nav class='pagination'><span class='total'>Page 2 of 3</span></nav>"));

    RawScrapeResult result = scrape(dependencies().build());

    assertFailed(result, "announces 3 pages but only 2");
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
  }

  @Test
  void aPageThatRepeatsThePreviousOneFailsTheRun() {
    server.always(
        "/dogs/?page=2",
        Reply.html(
            "<ul><li class='dog'><a href='/dogs/rex'><span class='name'>Rex</span></a></li></ul>"));

    assertFailed(scrape(dependencies().build()), "only repeats dogs already seen");
  }

  @Test
  void aPaginationThatLoopsBackFailsTheRun() {
    server.always(
        "/dogs/?page=2",
        Reply.html(
            "<ul><li class='dog'><a href='/dogs/luna'><span class='name'>Luna</span></a></li></ul>"
                + "<nav class='pagination'><span class='total'>Page 2 of 3</span>"
                + "<a rel='next' href='/dogs/'>Next</a></nav>"));

    assertFailed(scrape(dependencies().build()), "loops back");
  }

  @Test
  void aListingRobotsTxtForbidsFailsTheRun() {
    server.robotsTxt("User-agent: RescueDogsBot\nDisallow: /dogs/\n");

    RawScrapeResult result = scrape(dependencies().build());

    assertFailed(result, "robots.txt disallows");
    assertThat(server.requestsTo("/dogs/")).isEmpty();
  }

  @Test
  void aListingThatFindsNothingFailsTheRun() {
    try (TinyRescueScraper scraper =
        new TinyRescueScraper(organization, dependencies().build()) {
          @Override
          protected void collectListing(ListingSession listing) {}
        }) {
      assertFailed(scraper.scrape(), "found no dogs");
    }
  }

  @Test
  void aDetailPageThat404sSkipsThatDogAndCountsIt() {
    server.always("/dogs/luna", Reply.status(404));

    RawScrapeResult result = scrape(dependencies().build());

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(5);
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly("rex", "bella", "nala");
    assertThat(result.detailFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.externalId()).isEqualTo("luna");
              assertThat(failure.url()).isEqualTo(SITE + "/dogs/luna");
              assertThat(failure.reason()).isEqualTo("http_status");
              assertThat(failure.statusCode()).isEqualTo(404);
            });
    assertThat(server.requestsTo("/dogs/luna")).hasSize(1);
    assertThat(result.validators()).doesNotContainKey(SITE + "/dogs/luna");
  }

  @Test
  void detailPagesNotStartedByTheDeadlineAreSkipped_andTheFoundDogsStayRecorded() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-30T15:00:00Z"));
    ScraperDependencies dependencies =
        dependencies()
            .clock(time)
            .deadline(time.instant().plusSeconds(60))
            .listener(
                new ScrapeListener() {
                  @Override
                  public void listingComplete(int dogsFound, int detailPagesToRead) {
                    time.sleep(Duration.ofMinutes(2));
                  }
                })
            .build();

    RawScrapeResult result = scrape(dependencies);

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(5);
    assertThat(result.dogs()).isEmpty();
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("rex", "time_budget"),
            org.assertj.core.groups.Tuple.tuple("bella", "time_budget"),
            org.assertj.core.groups.Tuple.tuple("luna", "time_budget"),
            org.assertj.core.groups.Tuple.tuple("nala", "time_budget"));
    assertThat(server.requestsTo("/dogs/rex")).isEmpty();
  }

  @Test
  void aListingStillBeingReadAtTheDeadlineFailsTheRun() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-30T15:00:00Z"));

    RawScrapeResult result = scrape(dependencies().clock(time).deadline(time.instant()).build());

    assertFailed(result, "time budget ran out while reading the listing (1 pages read)");
  }

  @Test
  void detailPagesRobotsTxtForbidsAndPagesThatDoNotParseAreSkipped() {
    server.robotsTxt("User-agent: *\nDisallow: /dogs/bella\n");
    server.always("/dogs/nala", Reply.html("<html><body><p>Under construction</p></body></html>"));

    RawScrapeResult result = scrape(dependencies().build());

    assertThat(result.dogs()).extracting(RawDog::externalId).containsExactly("rex", "luna");
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("bella", "robots_disallowed"),
            org.assertj.core.groups.Tuple.tuple("nala", "parse_error"));
    assertThat(server.requestsTo("/dogs/bella")).isEmpty();
  }

  @Test
  void theNextRunRevalidatesDetailPagesWithThePreviousValidators() {
    RawScrapeResult first = scrape(dependencies().build());
    server.clearRequests();

    RawScrapeResult second = scrape(dependencies().runId("run-2").previousRun(first).build());

    assertThat(second.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(second.dogs()).isEmpty();
    assertThat(second.unchanged()).containsExactly("rex", "bella", "luna", "nala");
    assertThat(second.statistics().notModified()).isEqualTo(4);
    assertThat(server.requestsTo("/dogs/rex").get(0).header("If-None-Match")).isPresent();
    assertThat(server.requestsTo("/dogs/").get(0).header("If-None-Match")).isEmpty();
    assertThat(second.validators()).isEqualTo(first.validators());
  }

  @Test
  void validatorsFromAnotherParserVersionAreNotTrusted() {
    RawScrapeResult first = scrape(dependencies().build());
    server.clearRequests();

    RawScrapeResult second;
    try (TinyRescueScraper fixed =
        new TinyRescueScraper(organization, dependencies().previousRun(first).build()) {
          @Override
          public String parserVersion() {
            return "2";
          }
        }) {
      second = fixed.scrape();
    }

    assertThat(second.dogs()).hasSize(4);
    assertThat(second.unchanged()).isEmpty();
    assertThat(server.requestsTo("/dogs/rex").get(0).header("If-None-Match")).isEmpty();
  }

  @Test
  void aListingWithoutDetailPagesYieldsItsDogsDirectly() {
    try (OrganizationScraper singlePage =
        new OrganizationScraper(organization, dependencies().build()) {
          @Override
          public ListingPage parseListingPage(Page page) {
            return ListingPage.single(
                page.document().select("li.dog").stream()
                    .map(
                        card ->
                            ListedDog.withoutDetailPage(
                                RawDog.builder()
                                    .externalId(
                                        card.select(".name").text().toLowerCase(Locale.ROOT))
                                    .name(card.select(".name").text())
                                    .adoptionUrl(page.url() + "#" + card.select(".name").text())
                                    .status(card.select(".badge").text())
                                    .imageUrls(card.select("img").eachAttr("src"))
                                    .build()))
                    .toList());
          }

          @Override
          protected List<URI> listingUrls() {
            return List.of(URI.create(SITE + "/dogs/?page=2"), URI.create(SITE + "/dogs/"));
          }
        }) {
      RawScrapeResult result = singlePage.scrape();

      assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
      assertThat(result.found()).hasSize(5);
      assertThat(result.dogs())
          .extracting(RawDog::name)
          .containsExactly("Luna", "Nala 🐶", "Rex", "Bella");
      assertThat(result.listing().pagesSeen()).isEqualTo(2);
      assertThat(byId(result).get("rex").imageUrls()).containsExactly(SITE + "/img/rex-card.jpg");
      assertThat(server.requestsTo("/dogs/rex")).isEmpty();
      assertThatThrownBy(() -> singlePage.parseDetailPage(Page.ofHtml(URI.create(SITE), "")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void theListenerHearsTheProgress() {
    List<String> events = new CopyOnWriteArrayList<>();
    ScrapeListener listener =
        new ScrapeListener() {
          @Override
          public void listingPageRead(URI url, int pagesSeen, int dogsSoFar) {
            events.add("page " + pagesSeen + " " + dogsSoFar);
          }

          @Override
          public void listingComplete(int dogsFound, int detailPagesToRead) {
            events.add("listing " + dogsFound + " " + detailPagesToRead);
          }

          @Override
          public void detailPageRead(String externalId, int done, int total) {
            events.add("detail " + total);
          }

          @Override
          public void detailPageFailed(DetailFailure failure, int done, int total) {
            events.add("failed " + failure.externalId());
          }

          @Override
          public void scrapeFinished(RawScrapeResult result) {
            events.add("finished " + result.outcome().wireName());
          }
        };
    server.always("/dogs/luna", Reply.status(410));

    scrape(dependencies().listener(listener).build());

    assertThat(events)
        .startsWith("page 1 3", "page 2 5", "listing 5 4")
        .endsWith("finished complete");
    assertThat(events).contains("failed luna").filteredOn(e -> e.equals("detail 4")).hasSize(3);
  }

  @Test
  void theRawResultSurvivesAJsonRoundTrip() {
    RawScrapeResult result = scrape(dependencies().build());

    assertThat(RawResultJson.read(RawResultJson.write(result))).isEqualTo(result);
  }

  @Test
  void aScraperRunsOnce() {
    try (TinyRescueScraper scraper = new TinyRescueScraper(organization, dependencies().build())) {
      scraper.scrape();
      assertThatThrownBy(scraper::scrape).isInstanceOf(IllegalStateException.class);
    }
  }

  private static void assertFailed(RawScrapeResult result, String errorPart) {
    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.isComplete()).isFalse();
    assertThat(result.error()).contains(errorPart);
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(result.validators()).isEmpty();
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream().collect(Collectors.toMap(RawDog::externalId, dog -> dog));
  }

  @Test
  void livenessChecksUseTheScrapersFetcherAndSiteCopy() {
    server.always("/dogs/bella", Reply.redirect(301, "/dogs/?page=2"));
    List<LivenessCheck> checks;
    try (TinyRescueScraper scraper = new TinyRescueScraper(organization, dependencies().build())) {
      checks = scraper.checkLiveness(LIVENESS_CANDIDATES);
    }

    assertThat(checks)
        .extracting(LivenessCheck::externalId, LivenessCheck::verdict, LivenessCheck::evidence)
        .containsExactly(
            tuple("max", LivenessVerdict.ADOPTED, "badge \"Adopted\""),
            tuple("rex", LivenessVerdict.LISTED, "page online, no adoption marker (title \"Rex\")"),
            tuple("ghost", LivenessVerdict.GONE, "HTTP 404"),
            tuple("bella", LivenessVerdict.GONE, "redirected to " + SITE + "/dogs/?page=2"));
    assertThat(checks.get(0).url()).isEqualTo(SITE + "/dogs/max");
    // The site's URLs were requested from the copy, with the scrape's User-Agent.
    List<RecordedRequest> requests = server.requestsTo("/dogs/max");
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).header("User-Agent")).contains(TestSites.USER_AGENT);
    assertThat(server.requestsTo("/dogs/ghost")).hasSize(1);
  }

  @Test
  void livenessChecksStopAtTheScrapersDeadline() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-30T15:00:00Z"));
    List<LivenessCheck> checks;
    try (TinyRescueScraper scraper =
        new TinyRescueScraper(
            organization, dependencies().clock(time).deadline(time.instant()).build())) {
      checks = scraper.checkLiveness(LIVENESS_CANDIDATES);
    }

    assertThat(checks)
        .hasSize(4)
        .allSatisfy(check -> assertThat(check.verdict()).isEqualTo(LivenessVerdict.NOT_CHECKED));
    assertThat(server.requests()).isEmpty();
  }
}
