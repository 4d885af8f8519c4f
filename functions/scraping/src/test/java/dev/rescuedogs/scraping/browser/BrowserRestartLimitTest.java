package dev.rescuedogs.scraping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/** Restarting a dead browser is bounded, and only a dead session is a reason to restart. */
class BrowserRestartLimitTest {

  private final AtomicInteger opened = new AtomicInteger();

  /** Browsers whose every command fails as given. */
  private BrowserFactory failingBrowsers(RuntimeException failure) {
    return guard -> {
      opened.incrementAndGet();
      WebDriver driver =
          (WebDriver)
              Proxy.newProxyInstance(
                  WebDriver.class.getClassLoader(),
                  new Class<?>[] {WebDriver.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("quit")) {
                      return null;
                    }
                    throw failure;
                  });
      return new Browser(
          driver,
          null,
          null,
          guard,
          BrowserSettings.fromEnvironment(java.util.Map.of(), TestSites.USER_AGENT));
    };
  }

  private RawScrapeResult scrapeWith(BrowserFactory browsers) {
    ScraperDependencies dependencies =
        ScraperDependencies.builder()
            .siteCopy(URI.create("http://127.0.0.1:9"))
            .userAgent(TestSites.USER_AGENT)
            .browserFactory(browsers)
            .build();
    try (OrganizationScraper scraper =
        new JsRescueScraper(
            TestSites.organization(
                "js-rescue",
                Technology.BROWSER,
                TestSites.fastPoliteness(),
                URI.create("https://js-rescue.example/dogs/")),
            dependencies) {
          @Override
          protected void collectListing(dev.rescuedogs.scraping.scrape.ListingSession listing) {
            listing.browser().driver().getPageSource();
          }
        }) {
      return scraper.scrape();
    }
  }

  @Test
  void aBrowserThatKeepsDyingIsRestartedThreeTimesThenTheListingFails() {
    RawScrapeResult result =
        scrapeWith(failingBrowsers(new NoSuchSessionException("session deleted")));

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("browser").contains("session deleted");
    assertThat(result.listing().browserRestarts())
        .isEqualTo(OrganizationScraper.MAX_BROWSER_RESTARTS);
    assertThat(opened).hasValue(OrganizationScraper.MAX_BROWSER_RESTARTS + 1);
  }

  @Test
  void aPageThatDoesNotRenderIsNotAReasonToRestart() {
    RawScrapeResult result = scrapeWith(failingBrowsers(new TimeoutException("no cards")));

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.listing().browserRestarts()).isZero();
    assertThat(opened).hasValue(1);
  }
}
