package dev.rescuedogs.scraping.fetch;

import java.net.URI;
import java.util.function.Function;

/**
 * What a headless browser must go through before it loads a page, so that browser navigations obey
 * the same robots.txt rules, per-host pacing and site-copy mapping as plain HTTP fetches.
 */
public interface NavigationGuard {

  /**
   * Checks robots.txt for the URL, waits for the host's turn, then runs the navigation.
   *
   * @param url the URL as the site publishes it
   * @param navigation loads the page; receives the URL to actually request (a local copy's address
   *     when the site is replayed)
   * @throws FetchException with {@link FetchException.Reason#ROBOTS_DISALLOWED} when not allowed
   */
  <T> T navigate(URI url, Function<URI, T> navigation);

  /** The URL as the site publishes it for an address the browser shows. */
  URI toSiteUrl(URI requestedUrl);

  /** A guard that checks nothing: for tools that render a saved page. */
  static NavigationGuard unrestricted() {
    return new NavigationGuard() {
      @Override
      public <T> T navigate(URI url, Function<URI, T> navigation) {
        return navigation.apply(url);
      }

      @Override
      public URI toSiteUrl(URI requestedUrl) {
        return requestedUrl;
      }
    };
  }
}
