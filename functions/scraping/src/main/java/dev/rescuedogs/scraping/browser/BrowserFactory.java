package dev.rescuedogs.scraping.browser;

import dev.rescuedogs.scraping.fetch.NavigationGuard;

/** Starts browsers. A scraper asks for one per scrape, and a fresh one when a session dies. */
@FunctionalInterface
public interface BrowserFactory {

  /**
   * Starts a new browser with a fresh profile.
   *
   * @param guard what every navigation must pass (robots.txt, per-host pacing, site-copy mapping)
   * @throws BrowserUnavailableException when no browser can be started here
   */
  Browser open(NavigationGuard guard);
}
