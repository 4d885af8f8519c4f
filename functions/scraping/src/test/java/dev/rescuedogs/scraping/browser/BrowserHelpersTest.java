package dev.rescuedogs.scraping.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.scraping.fetch.FetchException;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.support.Chromium;
import dev.rescuedogs.scraping.support.TestSites;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser helpers, on one real headless Chromium shared by the tests. */
class BrowserHelpersTest {

  private static ReplayServer server;
  private static HttpFetcher fetcher;
  private static Browser browser;

  @BeforeAll
  static void start() {
    ChromiumBrowserFactory factory = Chromium.factory(Duration.ofSeconds(5), Duration.ofSeconds(1));
    server = ReplayServer.serving(TestSites.site("js-rescue"));
    server.robotsTxt("User-agent: *\nDisallow: /private/\n");
    fetcher =
        new HttpFetcher(
            FetchSettings.defaults(TestSites.USER_AGENT).withDelay(Duration.ofMillis(10)));
    browser = factory.open(fetcher.navigationGuard());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fetcher != null) {
      fetcher.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aCookieOverlayIsDismissed() {
    browser.open(server.url("/dogs/"));

    assertThat(browser.dismissCookieOverlay()).isTrue();
    assertThat(browser.driver().findElement(By.id("overlay")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-consent"))
        .isEqualTo("given");
    assertThat(browser.dismissCookieOverlay()).isFalse();
  }

  @Test
  void waitsOnConditionsForScriptRenderedContent() {
    browser.open(server.url("/dogs/"));

    assertThat(browser.waitForAtLeast(By.cssSelector("a.card"), 2)).hasSize(2);
    assertThat(browser.snapshot().document().select(".indicator").text()).isEqualTo("1 / 3");
    assertThat(browser.snapshot().url()).isEqualTo(server.url("/dogs/"));
  }

  @Test
  void aDisabledButtonIsNotClickable() {
    browser.open(server.url("/dogs/"));
    browser.waitForAtLeast(By.cssSelector("a.card"), 2);
    browser.dismissCookieOverlay();
    for (int page = 2; page <= 3; page++) {
      String expected = page + " / 3";
      browser.clickAndWait(
          browser.findClickable(JsRescueScraper.NEXT_PAGE).orElseThrow(),
          driver -> driver.findElement(By.className("indicator")).getText().equals(expected));
    }

    assertThat(browser.findClickable(JsRescueScraper.NEXT_PAGE)).isEmpty();
  }

  @Test
  void scrollingLoadsLazyContentUntilNoMoreAppears() {
    browser.open(server.url("/lazy/"));

    assertThat(browser.scrollToLoadAll(By.className("item"))).isEqualTo(30);
  }

  @Test
  void navigationsObeyRobotsTxt() {
    assertThatThrownBy(() -> browser.open(server.url("/private/page")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
    assertThat(server.requestsTo("/private/page")).isEmpty();
  }

  @Test
  void theBrowserIdentifiesItself() {
    browser.open(server.url("/lazy/"));

    assertThat(String.valueOf(browser.script("return navigator.userAgent;")))
        .endsWith(TestSites.USER_AGENT);
  }
}
