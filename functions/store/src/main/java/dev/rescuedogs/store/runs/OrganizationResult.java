package dev.rescuedogs.store.runs;

/**
 * One organization's line of a run summary.
 *
 * @param organization the organization's config id
 * @param status {@code success}, {@code warning} (partial failure), {@code error} (the listing
 *     failed), {@code running} (still running at the deadline) or {@code missing} (no session by
 *     the deadline)
 * @param found dogs the run saw
 * @param added new dogs
 * @param updated dogs whose data or status changed
 * @param markedMissing dogs aged by one missed run
 * @param rejected records not saved
 * @param qualityScore mean data quality 0..1, null when nothing was saved
 * @param partialFailureReason why the run looked incomplete, or null
 * @param error the listing's error, or null
 * @param durationSeconds the scrape's duration, null when unknown
 */
public record OrganizationResult(
    String organization,
    String status,
    int found,
    int added,
    int updated,
    int markedMissing,
    int rejected,
    Double qualityScore,
    String partialFailureReason,
    String error,
    Double durationSeconds) {

  static OrganizationResult missing(String organization, String status) {
    return new OrganizationResult(organization, status, 0, 0, 0, 0, 0, null, null, null, null);
  }
}
