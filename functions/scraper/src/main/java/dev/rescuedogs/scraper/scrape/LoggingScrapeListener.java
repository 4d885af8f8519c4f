package dev.rescuedogs.scraper.scrape;

import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.scraping.scrape.ScrapeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a scrape's milestones (not every page: a listing of 500 dogs would drown the log). */
final class LoggingScrapeListener implements ScrapeListener {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingScrapeListener.class);

  private final String organizationId;

  LoggingScrapeListener(String organizationId) {
    this.organizationId = organizationId;
  }

  @Override
  public void browserRestarted(int restart, Throwable cause) {
    LOG.warn(
        "{}: browser died; listing restarted in a fresh browser ({})",
        organizationId,
        restart,
        cause);
  }

  @Override
  public void listingComplete(int dogsFound, int detailPagesToRead) {
    LOG.info(
        "{}: listing complete, {} dogs, {} detail pages to read",
        organizationId,
        dogsFound,
        detailPagesToRead);
  }

  @Override
  public void detailPageFailed(DetailFailure failure, int done, int total) {
    LOG.warn(
        "{}: detail page of {} failed ({}): {}",
        organizationId,
        failure.externalId(),
        failure.reason(),
        failure.message());
  }

  @Override
  public void scrapeFinished(RawScrapeResult result) {
    LOG.info(
        "{}: scrape {} with {} dogs found, {} read, {} unchanged, {} detail failures",
        organizationId,
        result.outcome().wireName(),
        result.found().size(),
        result.dogs().size(),
        result.unchanged().size(),
        result.detailFailures().size());
  }
}
