package dev.rescuedogs.scraper.archive;

import java.util.Objects;

/**
 * Where one raw result is archived: {@code raw/{run_id}/{organization_id}.json.gz} in the raw
 * bucket.
 */
public record RawLocation(String bucket, String key) {

  public RawLocation {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
  }

  /** The archive key of an organization's raw result in a run. */
  public static RawLocation of(String bucket, String runId, String organizationId) {
    return new RawLocation(bucket, prefix(runId) + organizationId + ".json.gz");
  }

  /** The key prefix of a run's raw results, {@code raw/{run_id}/}. */
  public static String prefix(String runId) {
    return "raw/" + runId + "/";
  }

  /** {@code s3://bucket/key}, as the scrape session records it. */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }
}
