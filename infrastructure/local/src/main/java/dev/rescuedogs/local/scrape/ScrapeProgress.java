package dev.rescuedogs.local.scrape;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.scraping.scrape.ScrapeListener;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Progress lines on stderr while one organization is scraped: pages, dogs, errors, ETA. */
final class ScrapeProgress implements ScrapeListener {
  private final String organization;
  private final PrintWriter err;
  private final Clock clock;
  private Instant detailsStarted;
  private int errors;

  ScrapeProgress(String organization, PrintWriter err, Clock clock) {
    this.organization = organization;
    this.err = err;
    this.clock = clock;
  }

  @Override
  public synchronized void listingPageRead(URI url, int pagesSeen, int dogsSoFar) {
    print("listing page %d read, %d dogs so far (%s)", pagesSeen, dogsSoFar, url);
  }

  @Override
  public synchronized void browserRestarted(int restart, Throwable cause) {
    errors++;
    print(
        "browser died (%s); listing restarted in a fresh browser (%d)",
        cause.getMessage(), restart);
  }

  @Override
  public synchronized void listingComplete(int dogsFound, int detailPagesToRead) {
    detailsStarted = clock.instant();
    print("listing complete: %d dogs, %d detail pages to read", dogsFound, detailPagesToRead);
  }

  @Override
  public synchronized void detailPageRead(String externalId, int done, int total) {
    print("detail %d/%d%s", done, total, eta(done, total));
  }

  @Override
  public synchronized void detailPageFailed(DetailFailure failure, int done, int total) {
    errors++;
    print(
        "detail %d/%d FAILED %s: %s %s%s",
        done, total, failure.externalId(), failure.reason(), failure.message(), eta(done, total));
  }

  @Override
  public synchronized void scrapeFinished(RawScrapeResult result) {
    Duration took = Duration.between(result.startedAt(), result.finishedAt());
    print(
        "%s: %d found, %d dogs read, %d detail failures, %d errors, %d requests, %ds",
        result.outcome(),
        result.found().size(),
        result.dogs().size(),
        result.detailFailures().size(),
        errors,
        result.statistics().requests(),
        took.toSeconds());
  }

  private String eta(int done, int total) {
    if (detailsStarted == null || done == 0 || done >= total) {
      return "";
    }
    Duration elapsed = Duration.between(detailsStarted, clock.instant());
    Duration left = elapsed.multipliedBy(total - done).dividedBy(done);
    return String.format(", ETA %dm%02ds", left.toMinutes(), left.toSecondsPart());
  }

  @FormatMethod
  private void print(@FormatString String format, Object... args) {
    err.println("[" + organization + "] " + String.format(format, args));
    err.flush();
  }
}
