package dev.rescuedogs.standardize.run;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.standardize.archive.RawResultArchive;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
import dev.rescuedogs.standardize.message.StandardizeMessage;
import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.images.ImageSync;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.LivenessStore.LivenessReport;
import dev.rescuedogs.store.ingest.RestandardizeReport;
import dev.rescuedogs.store.ingest.RunIngestor;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standardizes one archived raw result into the database, then copies the session's new images.
 *
 * <p>Idempotent: the ingestion is keyed by (run id, organization), so a re-delivered or duplicated
 * message changes nothing and sends no second set of metrics; the image copy runs again, which
 * completes whatever an earlier attempt left (it skips stored images). A failure before the
 * ingestion commits leaves the message to be re-delivered.
 */
public final class StandardizeService {

  private static final Logger LOG = LoggerFactory.getLogger(StandardizeService.class);

  private final RawResultArchive archive;
  private final RunIngestor ingestor;
  private final ImageSync images;
  private final RunMetrics metrics;
  private final RunCompletion completion;
  private final LivenessChecks liveness;
  private final FacetSummary facets;

  /**
   * @param images copies images to the image bucket; null when no image bucket is configured
   * @param completion told after each organization's ingestion, to summarize finished runs
   * @param liveness asks for and applies the liveness checks of missing dogs
   * @param facets the API's facet summary, rebuilt after each change to the catalog
   */
  public StandardizeService(
      RawResultArchive archive,
      RunIngestor ingestor,
      ImageSync images,
      RunMetrics metrics,
      RunCompletion completion,
      LivenessChecks liveness,
      FacetSummary facets) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.images = images;
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.completion = Objects.requireNonNull(completion, "completion");
    this.liveness = Objects.requireNonNull(liveness, "liveness");
    this.facets = Objects.requireNonNull(facets, "facets");
  }

  /**
   * Handles one message.
   *
   * @throws dev.rescuedogs.standardize.archive.RawResultNotFoundException when the raw result is
   *     not archived where the message says
   * @throws IllegalArgumentException when the archived result is not the message's run and
   *     organization, or names an unknown organization
   */
  public StandardizeOutcome handle(StandardizeMessage message) {
    if (message.mode() == StandardizeMessage.Mode.LIVENESS) {
      LivenessReport report =
          liveness.apply(message.organizationId(), message.runId(), message.livenessChecks());
      if (report.statusChanges() > 0) {
        refreshFacets();
      }
      return new StandardizeOutcome(null, null, List.of(), null, report);
    }
    RawScrapeResult raw = archive.read(message.bucket(), message.key());
    if (!raw.runId().equals(message.runId())
        || !raw.organizationId().equals(message.organizationId())) {
      throw new IllegalArgumentException(
          message.location()
              + " holds run "
              + raw.runId()
              + " of "
              + raw.organizationId()
              + ", not run "
              + message.runId()
              + " of "
              + message.organizationId());
    }
    if (message.mode() == StandardizeMessage.Mode.RESTANDARDIZE) {
      RestandardizeReport report = ingestor.restandardize(raw, message.location());
      LOG.info("re-standardized {}: {}", message.location(), report);
      refreshFacets();
      return new StandardizeOutcome(null, null, List.of(), report, null);
    }
    IngestReport report = ingestor.ingest(raw, message.location());
    log(report);
    if (!report.alreadyCompleted()) {
      metrics.ingested(report);
    }
    // Also after a duplicate: the first delivery may have died before refreshing.
    refreshFacets();
    // Asked before the image copy, which may take long: a redelivered message asks nothing.
    List<LivenessCandidate> requested = liveness.requestAfter(report, message.correlationId());
    ImageSyncReport copied = null;
    if (images != null) {
      copied = images.syncSession(report.sessionId());
      metrics.imagesSynced(report.organizationId(), copied);
      LOG.info(
          "images: {} uploaded, {} reused, {} failed {}",
          copied.uploaded(),
          copied.reused(),
          copied.failed(),
          copied.failuresByReason());
    }
    completion.organizationFinished(message.runId(), message.runOrganizations());
    return new StandardizeOutcome(report, copied, requested, null, null);
  }

  /** A stale summary only makes the API count from the dogs: worth a warning, not a retry. */
  private void refreshFacets() {
    try {
      facets.refresh();
    } catch (RuntimeException e) {
      LOG.warn(
          "the facet summary was not rebuilt (the API counts from the dogs until the next"
              + " rebuild): {}",
          e.toString());
    }
  }

  private static void log(IngestReport report) {
    if (report.alreadyCompleted()) {
      LOG.info(
          "session {} of run {} was completed before (duplicate message): nothing changed",
          report.sessionId(),
          report.runId());
      return;
    }
    String figures =
        String.format(
            "%d found, %d added, %d updated, %d unchanged, %d rejected %s, %d marked missing,"
                + " %d detail failures, quality %.3f",
            report.dogsFound(),
            report.dogsAdded(),
            report.dogsUpdated(),
            report.dogsUnchanged(),
            report.dogsRejected(),
            report.rejectedByReason(),
            report.dogsMarkedMissing(),
            report.detailPageFailures(),
            report.qualityScore());
    if ("error".equals(report.sessionStatus())) {
      LOG.error("session {} recorded as error: {}", report.sessionId(), report.errorMessage());
    } else if (report.partialFailure()) {
      LOG.warn(
          "session {} is a partial failure, nobody marked missing ({}): {}",
          report.sessionId(),
          report.partialFailureReason(),
          figures);
    } else {
      LOG.info("session {} completed: {}", report.sessionId(), figures);
    }
  }
}
