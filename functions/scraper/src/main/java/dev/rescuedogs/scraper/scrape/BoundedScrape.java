package dev.rescuedogs.scraper.scrape;

import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a scrape within a time budget, so the function stops cleanly before Lambda kills it. A
 * scrape that does not finish in time is abandoned (its browser and connections closed) and becomes
 * a {@code listing_failed} result saying so: an incomplete run is recorded as such, and nothing is
 * concluded from it about which dogs are gone. A scraper that throws instead of returning a result
 * is recorded the same way.
 */
final class BoundedScrape {

  private BoundedScrape() {}

  static RawScrapeResult run(
      OrganizationScraper scraper, String runId, Duration budget, Clock clock) {
    Instant startedAt = clock.instant();
    if (budget.isNegative() || budget.isZero()) {
      return failed(
          scraper, runId, startedAt, clock, "no time left to scrape before the function's timeout");
    }
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, scraper.organization().id() + "-scrape");
              thread.setDaemon(true);
              return thread;
            });
    Future<RawScrapeResult> scrape = executor.submit(scraper::scrape);
    try {
      return scrape.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      scrape.cancel(true);
      // Closing ends the browser session and the connections the scrape is waiting on.
      scraper.close();
      return failed(
          scraper,
          runId,
          startedAt,
          clock,
          "stopped after "
              + budget.toSeconds()
              + " s to finish before the function's timeout: the scrape was incomplete");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return failed(scraper, runId, startedAt, clock, "the scraper failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      scrape.cancel(true);
      return failed(scraper, runId, startedAt, clock, "interrupted while scraping");
    } finally {
      executor.shutdownNow();
    }
  }

  private static RawScrapeResult failed(
      OrganizationScraper scraper, String runId, Instant startedAt, Clock clock, String error) {
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        scraper.organization().id(),
        runId,
        scraper.parserVersion(),
        startedAt,
        clock.instant(),
        Outcome.LISTING_FAILED,
        error,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Map.of());
  }
}
