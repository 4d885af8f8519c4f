package dev.rescuedogs.scraper.archive;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.util.Optional;

/** The raw bucket, as the scraper uses it. */
public interface RawResultStore {

  /** Where an organization's raw result of a run is (or will be) archived. */
  RawLocation locate(String runId, String organizationId);

  /** Whether a raw result is archived there already (the run's scrape was done before). */
  boolean exists(RawLocation location);

  void write(RawLocation location, RawScrapeResult result);

  /**
   * The organization's most recent complete raw result from a run before {@code runId}, for its
   * cache validators; empty when there is none (or it cannot be read: validators only save work).
   */
  Optional<RawScrapeResult> previousComplete(String organizationId, String runId);
}
