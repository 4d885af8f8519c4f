package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.rawresult.Validator;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.fetch.FetchRequest;
import dev.rescuedogs.scraping.fetch.Page;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.WebDriverException;

/**
 * Loads detail pages for {@link OrganizationScraper#loadDetailPage}: over HTTP (conditional when
 * the previous run left validators) or in the scrape's browser.
 */
public final class PageLoader {

  private final OrganizationScraper scraper;
  private final Map<String, Validator> previousValidators;

  PageLoader(OrganizationScraper scraper, Map<String, Validator> previousValidators) {
    this.scraper = scraper;
    this.previousValidators = previousValidators;
  }

  /**
   * Fetches a page; when the previous run recorded validators for this URL the GET is conditional
   * and may come back {@link Page#notModified()}.
   */
  public Page fetch(URI url) {
    return fetch(FetchRequest.get(url));
  }

  /** As {@link #fetch(URI)}, with request headers. */
  public Page fetch(FetchRequest request) {
    Validator previous = previousValidators.get(request.url().toString());
    return scraper.fetcher().fetch(previous == null ? request : request.withValidator(previous));
  }

  /**
   * Opens a page in the scrape's browser, lets {@code ready} wait for what the page must show, and
   * returns the rendered DOM. Calls are serialized (there is one browser). When the browser died, a
   * fresh one is started and the page loaded once more.
   */
  public Page render(URI url, Consumer<Browser> ready) {
    synchronized (scraper.browserLock()) {
      try {
        return renderOnce(scraper.browser(), url, ready);
      } catch (WebDriverException e) {
        if (!Browser.isSessionLost(e)) {
          throw e;
        }
        scraper.discardBrowser();
        return renderOnce(scraper.browser(), url, ready);
      }
    }
  }

  private static Page renderOnce(Browser browser, URI url, Consumer<Browser> ready) {
    browser.open(url);
    ready.accept(browser);
    return browser.snapshot();
  }
}
