package dev.rescuedogs.standardize.run;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.standardize.archive.RawResultArchive;
import dev.rescuedogs.store.ingest.RestandardizeReport;
import dev.rescuedogs.store.ingest.RunIngestor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-applies the current standardization rules to a run's archived raw results, without touching
 * the sites: a rule fix reaches the rows that run wrote.
 */
public final class Restandardizer {

  private final RawResultArchive archive;
  private final RunIngestor ingestor;

  public Restandardizer(RawResultArchive archive, RunIngestor ingestor) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
  }

  /** One archived raw result's re-standardization: its report, or why it failed. */
  public record Result(String key, RestandardizeReport report, String error) {}

  /**
   * Re-standardizes every organization's raw result of a run, or one organization's.
   *
   * @param organizationId one organization, or null for all of the run's
   * @throws IllegalArgumentException when nothing of the run (or organization) is archived
   */
  public List<Result> restandardize(String bucket, String runId, String organizationId) {
    List<String> keys =
        organizationId == null
            ? archive.keysOfRun(bucket, runId)
            : archive.keysOfRun(bucket, runId).stream()
                .filter(key -> key.equals(RawResultArchive.key(runId, organizationId)))
                .toList();
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(
          "no raw result of run "
              + runId
              + (organizationId == null ? "" : " for " + organizationId)
              + " is archived in "
              + bucket);
    }
    List<Result> results = new ArrayList<>();
    for (String key : keys) {
      String location = "s3://" + bucket + "/" + key;
      try {
        RawScrapeResult raw = archive.read(bucket, key);
        results.add(new Result(key, ingestor.restandardize(raw, location), null));
      } catch (RuntimeException e) {
        // One organization's problem (its session is still running, say) must not stop the others.
        results.add(new Result(key, null, e.getMessage()));
      }
    }
    return results;
  }
}
