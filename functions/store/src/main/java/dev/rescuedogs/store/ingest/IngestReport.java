package dev.rescuedogs.store.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one organization's run did to the database, as recorded in its scrape session.
 *
 * @param sessionId the {@code scrape_sessions} row
 * @param runId the weekly run
 * @param organizationId the organization's config id
 * @param alreadyCompleted true when the session had been completed by an earlier call: this call
 *     changed nothing and reports the stored figures
 * @param sessionStatus {@code success}, {@code warning} (partial failure) or {@code error} (the
 *     listing failed)
 * @param dogsFound distinct dogs the run saw: listed, read, unchanged or failed
 * @param dogsAdded new dogs created
 * @param dogsUpdated stored dogs whose data or status changed
 * @param dogsUnchanged stored dogs read (or answered 304 Not Modified) without a change
 * @param dogsRejected records not saved (invalid, or a repeated external id)
 * @param rejectedByReason rejected records per reason code
 * @param dogsMarkedMissing dogs the stale update aged by one missed run (0 on a partial failure)
 * @param detailPageFailures dogs whose detail page failed
 * @param qualityScore mean data-quality score of the saved records, 0..1 (0 when none)
 * @param partialFailure whether the stale update was skipped because the run looks incomplete
 * @param partialFailureReason why, starting with the rule's code; null when not a partial failure
 * @param scrapeDuration how long the scrape itself took
 * @param errorMessage the listing's error for an {@code error} session, else null
 */
public record IngestReport(
    long sessionId,
    String runId,
    String organizationId,
    boolean alreadyCompleted,
    String sessionStatus,
    int dogsFound,
    int dogsAdded,
    int dogsUpdated,
    int dogsUnchanged,
    int dogsRejected,
    Map<String, Integer> rejectedByReason,
    int dogsMarkedMissing,
    int detailPageFailures,
    double qualityScore,
    boolean partialFailure,
    String partialFailureReason,
    Duration scrapeDuration,
    String errorMessage) {

  public IngestReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(sessionStatus, "sessionStatus");
    rejectedByReason = Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
    Objects.requireNonNull(scrapeDuration, "scrapeDuration");
  }

  /** The same report marked as returned for an already completed session. */
  IngestReport asAlreadyCompleted() {
    return new IngestReport(
        sessionId,
        runId,
        organizationId,
        true,
        sessionStatus,
        dogsFound,
        dogsAdded,
        dogsUpdated,
        dogsUnchanged,
        dogsRejected,
        rejectedByReason,
        dogsMarkedMissing,
        detailPageFailures,
        qualityScore,
        partialFailure,
        partialFailureReason,
        scrapeDuration,
        errorMessage);
  }
}
