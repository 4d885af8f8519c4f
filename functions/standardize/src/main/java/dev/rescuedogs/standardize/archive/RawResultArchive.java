package dev.rescuedogs.standardize.archive;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.util.List;

/**
 * The raw bucket, as standardization reads it: {@code raw/{run_id}/{organization_id}.json.gz},
 * gzipped raw-result JSON.
 */
public interface RawResultArchive {

  /**
   * Reads one archived raw result.
   *
   * @throws RawResultNotFoundException when nothing is archived there
   * @throws IllegalArgumentException when the object is not a gzipped raw result
   */
  RawScrapeResult read(String bucket, String key);

  /** The keys of a run's archived raw results, sorted. */
  List<String> keysOfRun(String bucket, String runId);

  /** The key of an organization's raw result in a run. */
  static String key(String runId, String organizationId) {
    return runPrefix(runId) + organizationId + ".json.gz";
  }

  /** The key prefix of a run, {@code raw/{run_id}/}. */
  static String runPrefix(String runId) {
    return "raw/" + runId + "/";
  }
}
