package dev.rescuedogs.scraping.organizations.dogstrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.Chromium;
import dev.rescuedogs.scraping.support.TestSites;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Dogs Trust scraper end to end against the project's copy of the site (test resources {@code
 * sites/dogstrust}): the listing app in real headless Chromium, detail pages over HTTP through the
 * real fetcher.
 */
class DogsTrustReplayTest {

  private static final String SITE = "https://www.dogstrust.org.uk";
  // The site sends no charset with its pages; they declare it in a meta element only.
  private static final List<String> DETAIL_PAGES =
      List.of(
          "/rehoming/dogs/terrier-border/4100001",
          "/rehoming/dogs/lurcher/4100002",
          "/rehoming/dogs/dachshund-miniature-smooth-haired/4100003",
          "/rehoming/dogs/mastiff/4100004",
          "/rehoming/dogs/collie-border/4100005",
          "/rehoming/dogs/spaniel-cocker/4100007",
          "/rehoming/dogs/terrier-jack-russell/4100008");

  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.loopbackOnly(Duration.ofSeconds(4));
  }

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("dogstrust"));
    DETAIL_PAGES.forEach(path -> server.always(path, Reply.file().withoutCharset()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    ScraperDependencies dependencies =
        ScraperDependencies.builder()
            .siteCopy(server.baseUri())
            .userAgent(TestSites.USER_AGENT)
            .browserFactory(browsers)
            .runId("dogstrust-replay")
            .build();
    try (DogsTrustScraper scraper = new DogsTrustScraper(organization(), dependencies)) {
      return scraper.scrape();
    }
  }

  /** The shipped config (its real listing URL), with test-sized politeness. */
  static OrganizationConfig organization() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("dogstrust").orElseThrow();
    ScraperSettings scraper = shipped.scraper();
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            TestSites.fastPoliteness()),
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

  @Test
  void clicksThroughEveryListingPageAndReadsEachDogsPageOverHttp() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("4100001", "Biscuit", DogStatus.AVAILABLE),
            tuple("4100002", "Zoë", DogStatus.RESERVED),
            tuple("4100003", "Señor Wiggles", DogStatus.AVAILABLE),
            tuple("4100004", "Mabel", DogStatus.RESERVED),
            tuple("4100005", "🐾 Rolo", DogStatus.AVAILABLE),
            tuple("4100006", "Ghost", DogStatus.AVAILABLE),
            tuple("4100007", "Pippin", DogStatus.AVAILABLE),
            tuple("4100008", "Duke", DogStatus.AVAILABLE));
    assertThat(result.found().get(1).adoptionUrl())
        .isEqualTo(SITE + "/rehoming/dogs/lurcher/4100002");
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    assertThat(result.listing().browserRestarts()).isZero();

    // Ghost's page is gone: he is skipped and counted, the others are read.
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason, DetailFailure::statusCode)
        .containsExactly(tuple("4100006", "http_status", 404));
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly(
            "4100001", "4100002", "4100003", "4100004", "4100005", "4100007", "4100008");

    RawDog biscuit = dog(result, "4100001");
    assertThat(biscuit.adoptionUrl()).isEqualTo(SITE + "/rehoming/dogs/terrier-border/4100001");
    assertThat(biscuit)
        .extracting(RawDog::breed, RawDog::ageText, RawDog::sex, RawDog::size, RawDog::location)
        .containsExactly(
            "Terrier (Border)", "2 - 5 years", "Male", "Small", "Harefield (Uxbridge)");
    assertThat(biscuit.status()).isEqualTo("available");
    // The card's 400x300 photo is the page's first photo: one size per photo, no duplicates.
    assertThat(biscuit.imageUrls())
        .containsExactly(
            SITE + "/images/800x600/dogs/4100001/b1.jpg",
            SITE + "/images/800x600/dogs/4100001/b2.jpg");
    assertThat(biscuit.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "yes")
        .containsEntry("may_live_with", "Dogs, Secondary school children")
        .doesNotContainKey("good_with_cats");
    assertThat(biscuit.description())
        .contains("Are you right for Biscuit?", "squeaky toys.<br>He would like", "teenagers")
        .doesNotContain("Everything you need to know", "rehoming process", "application form");

    // Pages without a charset header are decoded by their meta charset (UTF-8 and windows-1252).
    RawDog zoe = dog(result, "4100002");
    assertThat(zoe.name()).isEqualTo("Zoë");
    assertThat(zoe.status()).isEqualTo("reserved");
    assertThat(zoe.description())
        .contains("Zoë’s a gentle soul – she adores her naps and her café");
    assertThat(zoe.properties()).containsEntry("good_with_cats", "yes");
    RawDog senor = dog(result, "4100003");
    assertThat(senor.name()).isEqualTo("Señor Wiggles");
    assertThat(senor.description()).contains("He’s an old gent who loves a fuss – and his crème");
    assertThat(senor.properties()).containsEntry("medical_care", "Ongoing");

    // The older layout has the facts only as filter links; what it lacks comes from the card.
    RawDog mabel = dog(result, "4100004");
    assertThat(mabel)
        .extracting(
            RawDog::status,
            RawDog::breed,
            RawDog::ageText,
            RawDog::sex,
            RawDog::size,
            RawDog::location)
        .containsExactly(
            "reserved", "Mastiff", "Under 6 months", "Female", "Large", "Glasgow (Uddingston)");
    assertThat(mabel.imageUrls()).containsExactly(SITE + "/images/800x600/dogs/4100004/m1.jpg");
    assertThat(mabel.description()).contains("big puppy").doesNotContain("Help us help more dogs");

    RawDog rolo = dog(result, "4100005");
    assertThat(rolo.name()).isEqualTo("🐾 Rolo");
    assertThat(rolo.description())
        .contains(
            "Are you right for Rolo?", "long walks", "Is Rolo right for you?", "chew your shoes")
        .doesNotContain("Border Collie<", "Everything you need to know", "application form");

    RawDog pippin = dog(result, "4100007");
    assertThat(pippin.imageUrls())
        .containsExactly(
            SITE + "/images/800x600/dogs/4100007/p1.jpg",
            SITE + "/images/800x600/dogs/4100007/p2.jpg");
    assertThat(pippin.properties())
        .containsEntry("underdog", "yes")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_children", "yes")
        .doesNotContainKey("good_with_dogs");

    // Hostile markup: the name is text, only the dog's own usable photos, no other dog's story.
    RawDog duke = dog(result, "4100008");
    assertThat(duke.name()).isEqualTo("Duke");
    assertThat(duke.breed()).isEqualTo("Terrier (Jack Russell)");
    assertThat(duke.imageUrls()).containsExactly(SITE + "/images/800x600/dogs/4100008/d1.jpg");
    assertThat(duke.description())
        .contains("lively terrier")
        .doesNotContain("Biscuit", "Other dogs");

    // One page load and two clicks in the browser; the detail pages over plain HTTP.
    assertThat(result.statistics().browserNavigations()).isEqualTo(3);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 7L);
    assertThat(result.statistics().failures()).isEqualTo(1);
    for (String path : DETAIL_PAGES) {
      assertThat(server.requestsTo(path))
          .singleElement()
          .satisfies(
              request -> assertThat(request.header("User-Agent")).hasValue(TestSites.USER_AGENT));
    }
    assertThat(server.requests())
        .extracting(RecordedRequest::pathAndQuery)
        .contains(
            "/rehoming/dogs-data/1.json",
            "/rehoming/dogs-data/2.json",
            "/rehoming/dogs-data/3.json");
  }

  @Test
  void aListingPageThatNeverAppearsFailsTheListingInsteadOfReportingFewerDogs() {
    server.always("/rehoming/dogs-data/2.json", Reply.status(503));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("page 2").contains("did not appear after clicking next");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    assertThat(server.requests())
        .extracting(RecordedRequest::pathAndQuery)
        .noneMatch(path -> path.startsWith("/rehoming/dogs/"));
  }

  private static RawDog dog(RawScrapeResult result, String id) {
    return result.dogs().stream()
        .filter(dog -> dog.externalId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dog " + id + " in " + result.dogs()));
  }
}
