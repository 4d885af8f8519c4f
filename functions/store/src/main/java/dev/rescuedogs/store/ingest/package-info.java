/**
 * Persists one organization's raw scrape result: standardization, dogs, images rows, availability,
 * history and the scrape session, in one transaction per (run id, organization).
 *
 * <h2>API (what the standardize function and the command-line tool call)</h2>
 *
 * <pre>{@code
 * RunIngestor ingestor = new RunIngestor(dataSource, Clock.systemUTC());
 * // or new RunIngestor(dataSource, clock, dogStandardizer) to share a standardizer
 *
 * IngestReport report = ingestor.ingest(rawScrapeResult, "s3://raw/raw/RUN/ORG.json.gz");
 * //   idempotent per (run_id, organization_id): a completed session is returned as stored
 * //   (report.alreadyCompleted() == true) and nothing changes; a session left 'running' by a crash
 * //   is redone. Throws UnknownOrganizationException when organization_id matches no
 * //   organizations.config_id. Any other failure rolls the transaction back, leaves the session
 * //   'running' (with error_message noting the failed attempt) and is rethrown: let the queue
 * //   re-deliver.
 *
 * RestandardizeReport again = ingestor.restandardize(rawScrapeResult, location);
 * //   for an already completed session: re-applies the current standardization rules to the
 * //   dogs whose stored data came from this raw result; no session counts change, no stale
 * //   update, history events (session_id NULL) only for real changes. Throws
 * //   IllegalStateException when the session does not exist or is still running.
 * }</pre>
 *
 * <pre>{@code
 * public record IngestReport(long sessionId, String runId, String organizationId,
 *     boolean alreadyCompleted, String sessionStatus, // "success" | "warning" | "error"
 *     int dogsFound, int dogsAdded, int dogsUpdated, int dogsUnchanged, int dogsRejected,
 *     Map<String, Integer> rejectedByReason, int dogsMarkedMissing, int detailPageFailures,
 *     double qualityScore, boolean partialFailure, String partialFailureReason,
 *     Duration scrapeDuration, String errorMessage)
 *
 * public record RestandardizeReport(long sessionId, String runId, String organizationId,
 *     int dogsConsidered, int dogsUpdated, int dogsUnchanged, int dogsSkippedNewerData,
 *     int dogsNotStored, int dogsRejected, Map<String, Integer> rejectedByReason)
 * }</pre>
 *
 * <p>Images are not downloaded here: {@link dev.rescuedogs.store.images.ImageSync} copies the
 * session's new images afterwards ({@code new ImageSync(dataSource, imageSource, imageBucket)
 * .syncSession(report.sessionId())}).
 */
package dev.rescuedogs.store.ingest;
