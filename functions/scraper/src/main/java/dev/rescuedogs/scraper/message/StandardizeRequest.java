package dev.rescuedogs.scraper.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rescuedogs.core.liveness.LivenessCheck;
import java.util.List;
import java.util.Objects;

/**
 * The body of a standardize-queue message: "the raw result of this organization's run is at this S3
 * location". The standardize function reads the same JSON ({@code
 * events/standardize/standardize-message.json} is a sample):
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust", "bucket": "rescue-dogs-raw",
 *  "key": "raw/20261130T150000Z/dogstrust.json.gz", "mode": "ingest", "correlation_id": "...",
 *  "run_organizations": ["dogstrust", "rean", ...]}
 * }</pre>
 *
 * <p>{@code mode} is {@code ingest} for a new run; an operator may send {@code restandardize} to
 * re-apply the current rules to an archived result. {@code run_organizations} (every organization
 * of the run, as dispatched) lets standardization tell when the run is complete; left out when
 * unknown.
 *
 * <p>{@code mode} {@code liveness} carries the outcomes of liveness checks instead of a raw result
 * location ({@code bucket} and {@code key} are null): {@code "liveness_checks": [{"external_id",
 * "url", "verdict", "evidence", "status_code", "checked_at"}, ...]}.
 */
public record StandardizeRequest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("organization_id") String organizationId,
    @JsonProperty("bucket") String bucket,
    @JsonProperty("key") String key,
    @JsonProperty("mode") String mode,
    @JsonProperty("correlation_id") String correlationId,
    @JsonProperty("run_organizations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> runOrganizations,
    @JsonProperty("liveness_checks") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<LivenessCheck> livenessChecks) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public StandardizeRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(mode, "mode");
    if (!mode.equals("liveness")) {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(key, "key");
    }
    runOrganizations = runOrganizations == null ? List.of() : List.copyOf(runOrganizations);
    livenessChecks = livenessChecks == null ? List.of() : List.copyOf(livenessChecks);
  }

  /** A new run's raw result, to ingest; the run's other organizations are not known. */
  public static StandardizeRequest ingest(
      String runId, String organizationId, String bucket, String key, String correlationId) {
    return ingest(runId, organizationId, bucket, key, correlationId, List.of());
  }

  /** A new run's raw result, to ingest. */
  public static StandardizeRequest ingest(
      String runId,
      String organizationId,
      String bucket,
      String key,
      String correlationId,
      List<String> runOrganizations) {
    return new StandardizeRequest(
        runId, organizationId, bucket, key, "ingest", correlationId, runOrganizations, List.of());
  }

  /** The outcomes of the liveness checks standardization asked for after the run. */
  public static StandardizeRequest liveness(
      String runId, String organizationId, String correlationId, List<LivenessCheck> checks) {
    return new StandardizeRequest(
        runId, organizationId, null, null, "liveness", correlationId, List.of(), checks);
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a standardize message", e);
    }
  }
}
