package dev.rescuedogs.standardize.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * @param mode {@link Mode#INGEST} for a new run (the default when absent), {@link
 *     Mode#RESTANDARDIZE} to re-apply the current rules to an archived result
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
    List<String> runOrganizations) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What to do with the raw result. */
  public enum Mode {
    INGEST,
    RESTANDARDIZE
  }

  public StandardizeMessage {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(correlationId, "correlationId");
    runOrganizations = List.copyOf(runOrganizations);
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
    String mode = text(json, "mode");
    String correlationId = text(json, "correlation_id");
    return new StandardizeMessage(
        required(json, "run_id", messageId),
        required(json, "organization_id", messageId),
        required(json, "bucket", messageId),
        required(json, "key", messageId),
        mode(mode, messageId),
        correlationId == null ? messageId : correlationId,
        runOrganizations(json, messageId));
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
              + "' (ingest or restandardize)");
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
