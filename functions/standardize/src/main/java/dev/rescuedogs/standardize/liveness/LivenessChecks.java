package dev.rescuedogs.standardize.liveness;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.LivenessStore;
import dev.rescuedogs.store.ingest.LivenessStore.LivenessReport;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standardization's part of the liveness checks: after a successful run, ask the scraper to check
 * the adoption pages of the dogs that run found missing a second time; when the scraper reports
 * back, apply what the pages said.
 *
 * <p>Only a successful session asks: a failed or partial scrape aged nobody, so it says nothing
 * about which dogs are gone. A duplicate of an ingested message asks nothing again.
 */
public final class LivenessChecks {

  private static final Logger LOG = LoggerFactory.getLogger(LivenessChecks.class);

  private final LivenessStore store;
  private final LivenessQueue queue;

  /**
   * @param queue where requests go; null turns the checks off (no scrape queue configured)
   */
  public LivenessChecks(LivenessStore store, LivenessQueue queue) {
    this.store = Objects.requireNonNull(store, "store");
    this.queue = queue;
  }

  /**
   * Asks for the checks a freshly ingested run calls for.
   *
   * @return the dogs whose pages are to be checked (empty when none, or when the checks are off)
   */
  public List<LivenessCandidate> requestAfter(IngestReport report, String correlationId) {
    if (queue == null
        || report.alreadyCompleted()
        || report.partialFailure()
        || !"success".equals(report.sessionStatus())) {
      return List.of();
    }
    List<LivenessCandidate> candidates = store.candidates(report.organizationId());
    if (!candidates.isEmpty()) {
      queue.send(report.runId(), report.organizationId(), correlationId, candidates);
      LOG.info(
          "{} dogs missing from two successful runs: liveness checks of their pages requested",
          candidates.size());
    }
    return candidates;
  }

  /** Applies checks the scraper reports. */
  public LivenessReport apply(String organizationId, String runId, List<LivenessCheck> checks) {
    LivenessReport report = store.apply(organizationId, runId, checks);
    LOG.info(
        "liveness checks applied: {} pages checked {}, {} dogs changed status",
        report.checks(),
        report.verdicts(),
        report.statusChanges());
    return report;
  }
}
