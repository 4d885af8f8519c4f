package dev.rescuedogs.standardize.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rescuedogs.core.liveness.LivenessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A standardize-queue message, as the scraper function writes it:
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust", "bucket": "rescue-dogs-raw",
 *  "key": "raw/20261130T150000Z/dogstrust.json.gz", "mode": "ingest", "correlation_id": "...",
 *  "run_organizations": ["dogstrust", "rean", ...]}
 * }</pre>
 *
 * <p>The scraper also reports the liveness checks standardization asked for, with {@code "mode":
 * "liveness"}, no {@code bucket} or {@code key}, and {@code "liveness_checks": [{"external_id",
 * "url", "verdict", "evidence", "status_code", "checked_at"}, ...]}.
 *
 * @param bucket the raw result's bucket; null for {@link Mode#LIVENESS}
 * @param key the raw result's key; null for {@link Mode#LIVENESS}
 * @param mode {@link Mode#INGEST} for a new run (the default when absent), {@link
 *     Mode#RESTANDARDIZE} to re-apply the current rules to an archived result, {@link
 *     Mode#LIVENESS} to apply liveness checks
 * @param correlationId ties the run's log lines together; the message id when the body has none
 * @param runOrganizations every organization the run was dispatched to, for the run summary; empty
 *     when the message has none (then every active organization is expected)
 */
public record StandardizeMessage(
    String runId,
    String organizationId,
    String bucket,
    String key,
    Mode mode,
    String correlationId,
    List<String> runOrganizations,
    List<LivenessCheck> livenessChecks) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Most checks one message may carry (an organization checks at most 100 pages per run). */
  static final int MAX_LIVENESS_CHECKS = 100;

  /** What to do. */
  public enum Mode {
    INGEST,
    RESTANDARDIZE,
    LIVENESS
  }

  public StandardizeMessage {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(mode, "mode");
    if (mode != Mode.LIVENESS) {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(key, "key");
    }
    Objects.requireNonNull(correlationId, "correlationId");
    runOrganizations = List.copyOf(runOrganizations);
    livenessChecks = List.copyOf(livenessChecks);
  }

  /**
   * Reads a message body.
   *
   * @throws MalformedMessageException when the body is not such a message
   */
  public static StandardizeMessage parse(String body, String messageId) {
    JsonNode json;
    try {
      json = MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new MalformedMessageException(
          "standardize message " + messageId + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new MalformedMessageException(
          "standardize message " + messageId + " is not a JSON object");
    }
    Mode mode = mode(text(json, "mode"), messageId);
    String correlationId = text(json, "correlation_id");
    boolean liveness = mode == Mode.LIVENESS;
    return new StandardizeMessage(
        required(json, "run_id", messageId),
        required(json, "organization_id", messageId),
        liveness ? null : required(json, "bucket", messageId),
        liveness ? null : required(json, "key", messageId),
        mode,
        correlationId == null ? messageId : correlationId,
        runOrganizations(json, messageId),
        liveness ? livenessChecks(json, messageId) : List.of());
  }

  private static List<LivenessCheck> livenessChecks(JsonNode json, String messageId) {
    JsonNode list = json.get("liveness_checks");
    if (list == null || !list.isArray() || list.size() > MAX_LIVENESS_CHECKS) {
      throw new MalformedMessageException(
          "standardize message "
              + messageId
              + ": 'liveness_checks' must be a list of at most "
              + MAX_LIVENESS_CHECKS
              + " checks");
    }
    List<LivenessCheck> checks = new ArrayList<>();
    for (JsonNode entry : list) {
      try {
        checks.add(MAPPER.treeToValue(entry, LivenessCheck.class));
      } catch (JsonProcessingException | RuntimeException e) {
        throw new MalformedMessageException(
            "standardize message " + messageId + ": invalid liveness check " + entry, e);
      }
    }
    return checks;
  }

  private static List<String> runOrganizations(JsonNode json, String messageId) {
    JsonNode list = json.get("run_organizations");
    if (list == null || list.isNull()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    boolean valid = list.isArray();
    if (valid) {
      for (JsonNode id : list) {
        valid &= id.isTextual() && !id.asText().isBlank() && id.asText().length() <= 64;
        ids.add(id.asText());
      }
    }
    if (!valid) {
      throw new MalformedMessageException(
          "standardize message "
              + messageId
              + ": 'run_organizations' is not a list of organization ids");
    }
    return ids;
  }

  /** {@code s3://bucket/key}, as the scrape session records it. */
  public String location() {
    return "s3://" + bucket + "/" + key;
  }

  private static Mode mode(String value, String messageId) {
    if (value == null) {
      return Mode.INGEST;
    }
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(
          "standardize message "
              + messageId
              + ": unknown mode '"
              + value
              + "' (ingest, restandardize or liveness)");
    }
  }

  private static String required(JsonNode json, String field, String messageId) {
    String value = text(json, field);
    if (value == null || value.isBlank()) {
      throw new MalformedMessageException(
          "standardize message " + messageId + " has no '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }
}
