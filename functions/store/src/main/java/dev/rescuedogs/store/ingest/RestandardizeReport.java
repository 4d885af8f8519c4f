package dev.rescuedogs.store.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What re-applying the current standardization rules to an archived raw result changed.
 *
 * @param sessionId the completed session the raw result belongs to
 * @param dogsConsidered accepted records of the raw result
 * @param dogsUpdated stored dogs whose data (or status) changed under the current rules
 * @param dogsUnchanged stored dogs the current rules leave as they are
 * @param dogsSkippedNewerData stored dogs whose data was read by a later run (left alone)
 * @param dogsNotStored accepted records with no stored dog (rejected when ingested, or never
 *     saved); they are created by the organization's next run, not by a replay
 * @param dogsRejected records the current rules reject (stored dogs are kept as they are)
 * @param rejectedByReason rejected records per reason code
 */
public record RestandardizeReport(
    long sessionId,
    String runId,
    String organizationId,
    int dogsConsidered,
    int dogsUpdated,
    int dogsUnchanged,
    int dogsSkippedNewerData,
    int dogsNotStored,
    int dogsRejected,
    Map<String, Integer> rejectedByReason) {

  public RestandardizeReport {
    rejectedByReason = Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
  }
}
