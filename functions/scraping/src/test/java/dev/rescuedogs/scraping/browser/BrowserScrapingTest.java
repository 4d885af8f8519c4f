package dev.rescuedogs.scraping.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.PageLoader;
import dev.rescuedogs.scraping.scrape.ScrapeListener;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.Chromium;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Scrapes the JavaScript test site with real headless Chromium. */
class BrowserScrapingTest {

  private static final String SITE = "https://js-rescue.example";

  private static ChromiumBrowserFactory factory;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    factory = Chromium.factory(Duration.ofSeconds(5), Duration.ofSeconds(1));
  }

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("js-rescue"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OrganizationConfig organization(String path) {
    return TestSites.organization(
        "js-rescue", Technology.BROWSER, TestSites.fastPoliteness(), URI.create(SITE + path));
  }

  private ScraperDependencies.Builder dependencies() {
    return ScraperDependencies.builder()
        .siteCopy(server.baseUri())
        .userAgent(TestSites.USER_AGENT)
        .browserFactory(factory);
  }

  @Test
  void aJavaScriptListingIsPagedThroughItsNextButton() {
    RawScrapeResult result;
    try (JsRescueScraper scraper =
        new JsRescueScraper(organization("/dogs/"), dependencies().build())) {
      result = scraper.scrape();
    }

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::status)
        .containsExactly(
            tuple("101", DogStatus.AVAILABLE), tuple("102", DogStatus.RESERVED),
            tuple("103", DogStatus.AVAILABLE), tuple("104", DogStatus.AVAILABLE),
            tuple("105", DogStatus.AVAILABLE), tuple("106", DogStatus.AVAILABLE));
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    assertThat(result.listing().browserRestarts()).isZero();
    assertThat(result.dogs())
        .extracting(RawDog::name, RawDog::breed)
        .contains(tuple("Biscuit", "Border Terrier"), tuple("Tilly", "Rough Collie"));
    assertThat(result.dogs())
        .filteredOn(dog -> dog.externalId().equals("105"))
        .singleElement()
        .satisfies(
            dog -> {
              assertThat(dog.adoptionUrl()).isEqualTo(SITE + "/dogs/greyhound/105");
              assertThat(dog.imageUrls()).containsExactly(SITE + "/images/dogs/105/1.jpg");
            });
    // One page load plus two pagination clicks went through the politeness guard.
    assertThat(result.statistics().browserNavigations()).isEqualTo(3);
    assertThat(server.requestsTo("/dogs/").get(0).header("User-Agent"))
        .hasValueSatisfying(agent -> assertThat(agent).contains("RescueDogsBot/1.0"));
  }

  @Test
  void aBrowserThatDiesMidListingIsReplacedAndTheWholeListingReadAgain() {
    AtomicInteger restarts = new AtomicInteger();
    List<Path> deadProfiles = new CopyOnWriteArrayList<>();
    ScrapeListener listener =
        new ScrapeListener() {
          @Override
          public void browserRestarted(int restart, Throwable cause) {
            restarts.incrementAndGet();
          }
        };
    RawScrapeResult result;
    try (JsRescueScraper scraper =
        new JsRescueScraper(organization("/dogs/"), dependencies().listener(listener).build()) {
          @Override
          public ListingPage parseListingPage(Page page) {
            ListingPage parsed = super.parseListingPage(page);
            boolean secondPage =
                parsed.dogs().stream().anyMatch(dog -> dog.externalId().equals("103"));
            if (secondPage && deadProfiles.isEmpty()) {
              // The browser crashes while the listing is half read.
              Path profile = browser().profile();
              deadProfiles.add(profile);
              Browser.killProcessesUsing(profile);
            }
            return parsed;
          }
        }) {
      result = scraper.scrape();
    }

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.listing().browserRestarts()).isEqualTo(1);
    assertThat(restarts).hasValue(1);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    assertThat(result.found())
        .extracting(FoundDog::externalId)
        .containsExactly("101", "102", "103", "104", "105", "106");
    assertThat(result.dogs()).hasSize(6);
    assertThat(server.requestsTo("/dogs/")).hasSize(2);
    assertThat(deadProfiles)
        .singleElement()
        .satisfies(profile -> assertThat(profile).doesNotExist());
  }

  @Test
  void hostileMarkupIsReadAsTextAndDoesNotStopTheScrape() {
    RawScrapeResult result;
    try (JsRescueScraper scraper =
        new JsRescueScraper(organization("/hostile/"), dependencies().build()) {
          @Override
          protected Page loadDetailPage(ListedDog dog, PageLoader loader) {
            return loader.render(
                dog.detailUrl(), browser -> browser.waitForElement(By.tagName("h1")));
          }
        }) {
      result = scraper.scrape();
    }

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name)
        .containsExactly(
            // jsoup's text() drops zero-width characters
            tuple("201", "<script>alert(1)</script> Rocky"), tuple("202", "Zoe"));
    assertThat(result.dogs()).extracting(RawDog::name).containsExactly("Rocky", "Zoe");
    assertThat(result.dogs().get(0).adoptionUrl()).isEqualTo(SITE + "/dogs/evil/201");
  }

  @Test
  void theBrowserIsClosedAndItsProfileDeletedWhenTheScrapeEnds() {
    List<Path> profiles = new CopyOnWriteArrayList<>();
    try (JsRescueScraper scraper =
        new JsRescueScraper(
            organization("/dogs/"),
            dependencies()
                .browserFactory(
                    guard -> {
                      Browser browser = factory.open(guard);
                      profiles.add(browser.profile());
                      return browser;
                    })
                .build()) {
          @Override
          protected void collectListing(ListingSession listing) {
            listing.browser().open(URI.create(SITE + "/dogs/"));
            throw new IllegalStateException("the site changed");
          }
        }) {
      RawScrapeResult result = scraper.scrape();

      assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
      assertThat(result.error()).contains("the site changed");
    }

    assertThat(profiles).singleElement().satisfies(profile -> assertThat(profile).doesNotExist());
    String profile = profiles.get(0).toString();
    assertThat(
            ProcessHandle.current()
                .descendants()
                .filter(
                    process ->
                        process
                            .info()
                            .arguments()
                            .map(arguments -> String.join(" ", arguments).contains(profile))
                            .orElse(false)))
        .as("browser processes left running")
        .isEmpty();
  }

  @Test
  void aJavaScriptPageThatNeverShowsDogsFailsTheListing() {
    RawScrapeResult result;
    try (JsRescueScraper scraper =
        new JsRescueScraper(
            organization("/lazy/"),
            dependencies().browserFactory(guard -> factory.open(guard)).build())) {
      result = scraper.scrape();
    }

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("shows no dogs");
  }
}
