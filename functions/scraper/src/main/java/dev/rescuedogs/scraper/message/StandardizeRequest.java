package dev.rescuedogs.scraper.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * The body of a standardize-queue message: "the raw result of this organization's run is at this S3
 * location". The standardize function reads the same JSON ({@code
 * events/standardize/standardize-message.json} is a sample):
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust", "bucket": "rescue-dogs-raw",
 *  "key": "raw/20261130T150000Z/dogstrust.json.gz", "mode": "ingest", "correlation_id": "..."}
 * }</pre>
 *
 * <p>{@code mode} is {@code ingest} for a new run; an operator may send {@code restandardize} to
 * re-apply the current rules to an archived result.
 */
public record StandardizeRequest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("organization_id") String organizationId,
    @JsonProperty("bucket") String bucket,
    @JsonProperty("key") String key,
    @JsonProperty("mode") String mode,
    @JsonProperty("correlation_id") String correlationId) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public StandardizeRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mode, "mode");
  }

  /** A new run's raw result, to ingest. */
  public static StandardizeRequest ingest(
      String runId, String organizationId, String bucket, String key, String correlationId) {
    return new StandardizeRequest(runId, organizationId, bucket, key, "ingest", correlationId);
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a standardize message", e);
    }
  }
}
