package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.net.URI;

/**
 * Hears how a scrape progresses: for progress lines (pages, dogs, errors, ETA) and metrics. Called
 * from the scraping threads; implementations must be thread-safe and quick.
 */
public interface ScrapeListener {

  /** Listens to nothing. */
  ScrapeListener NONE = new ScrapeListener() {};

  /** A listing page was read. */
  default void listingPageRead(URI url, int pagesSeen, int dogsSoFar) {}

  /** The browser died during the listing; the listing starts again in a fresh browser. */
  default void browserRestarted(int restart, Throwable cause) {}

  /** The listing is complete. */
  default void listingComplete(int dogsFound, int detailPagesToRead) {}

  /** A detail page was read (or found unchanged). */
  default void detailPageRead(String externalId, int done, int total) {}

  /** A detail page failed; its dog is skipped. */
  default void detailPageFailed(DetailFailure failure, int done, int total) {}

  /** The scrape ended, complete or not. */
  default void scrapeFinished(RawScrapeResult result) {}
}
