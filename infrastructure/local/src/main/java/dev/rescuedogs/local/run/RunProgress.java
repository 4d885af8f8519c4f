package dev.rescuedogs.local.run;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.scraping.scrape.ScrapeListener;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's progress, one line per step of each organization: listing pages, the dogs found, failed
 * detail pages and browser restarts (its errors), and how its scrape ended. Also keeps each
 * organization's page and error counts for the summary.
 */
final class RunProgress {

  /** What an organization's scrape saw, as far as it got. */
  record Scraped(int pages, int errors) {}

  private final PrintWriter out;
  private final Map<String, Scraped> scraped = new ConcurrentHashMap<>();

  RunProgress(PrintWriter out) {
    this.out = out;
  }

  /** The listener of one organization's scrape. */
  ScrapeListener listener(String organization) {
    return new ScrapeListener() {
      private int pages;
      private int errors;

      @Override
      public synchronized void listingPageRead(URI url, int pagesSeen, int dogsSoFar) {
        pages = pagesSeen;
        record();
        print(organization, "listing page %d read, %d dogs so far", pagesSeen, dogsSoFar);
      }

      @Override
      public synchronized void browserRestarted(int restart, Throwable cause) {
        errors++;
        record();
        print(organization, "error: the browser died (%s); listing restarted (%d)", cause, restart);
      }

      @Override
      public synchronized void listingComplete(int dogsFound, int detailPagesToRead) {
        print(
            organization,
            "listing complete: %d dogs, %d detail pages to read",
            dogsFound,
            detailPagesToRead);
      }

      @Override
      public synchronized void detailPageFailed(DetailFailure failure, int done, int total) {
        errors++;
        record();
        print(
            organization,
            "error: detail page of %s failed (%s %s)",
            failure.externalId(),
            failure.reason(),
            failure.message());
      }

      @Override
      public synchronized void scrapeFinished(RawScrapeResult result) {
        Duration took = Duration.between(result.startedAt(), result.finishedAt());
        if (result.isComplete()) {
          print(
              organization,
              "scraped: %d pages, %d dogs found, %d read, %d errors, %s",
              result.listing().pagesSeen(),
              result.found().size(),
              result.dogs().size() + result.unchanged().size(),
              errors,
              SummaryTable.duration(took));
        } else {
          print(
              organization,
              "listing FAILED after %s: %s",
              SummaryTable.duration(took),
              result.error());
        }
      }

      private void record() {
        scraped.put(organization, new Scraped(pages, errors));
      }
    };
  }

  /** Pages and errors of an organization's scrape (zero when it never started). */
  Scraped scraped(String organization) {
    return scraped.getOrDefault(organization, new Scraped(0, 0));
  }

  @FormatMethod
  void print(String organization, @FormatString String format, Object... args) {
    synchronized (out) {
      out.printf("[%s] %s%n", organization, String.format(format, args));
      out.flush();
    }
  }
}
