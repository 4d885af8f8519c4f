package dev.rescuedogs.scraper.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A scrape-queue message, as the dispatch function writes it:
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust",
 *  "scheduled_at": "2026-11-30T15:00:00Z", "correlation_id": "...",
 *  "run_organizations": ["dogstrust", "rean", ...]}
 * }</pre>
 *
 * @param runId the run
 * @param organizationId the organization's config id
 * @param correlationId ties the run's log lines together; the message id when the body has none
 * @param runOrganizations every organization of the run (passed on to standardization for the run
 *     summary); empty when the message has none
 */
public record ScrapeRequest(
    String runId, String organizationId, String correlationId, List<String> runOrganizations) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Run ids and organization ids become S3 key segments: no slashes, no dot-dot. */
  private static final Pattern SAFE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

  public ScrapeRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(correlationId, "correlationId");
    runOrganizations = List.copyOf(runOrganizations);
  }

  /**
   * Reads a message body.
   *
   * @throws MalformedMessageException when the body is not such a message
   */
  public static ScrapeRequest parse(String body, String messageId) {
    JsonNode json;
    try {
      json = MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new MalformedMessageException(
          "scrape message " + messageId + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new MalformedMessageException("scrape message " + messageId + " is not a JSON object");
    }
    String correlationId = text(json, "correlation_id");
    return new ScrapeRequest(
        safeId(json, "run_id", messageId),
        safeId(json, "organization_id", messageId),
        correlationId == null ? messageId : correlationId,
        runOrganizations(json, messageId));
  }

  private static List<String> runOrganizations(JsonNode json, String messageId) {
    JsonNode list = json.get("run_organizations");
    if (list == null || list.isNull()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    if (list.isArray()) {
      for (JsonNode id : list) {
        if (id.isTextual() && SAFE_ID.matcher(id.asText()).matches()) {
          ids.add(id.asText());
        } else {
          ids = null;
          break;
        }
      }
    }
    if (ids == null || !list.isArray()) {
      throw new MalformedMessageException(
          "scrape message "
              + messageId
              + ": 'run_organizations' is not a list of organization ids: "
              + list);
    }
    return ids;
  }

  private static String safeId(JsonNode json, String field, String messageId) {
    String value = text(json, field);
    if (value == null || !SAFE_ID.matcher(value).matches()) {
      throw new MalformedMessageException(
          "scrape message "
              + messageId
              + ": '"
              + field
              + "' is missing or not an id (1-64 letters, digits, '.', '_' or '-'): "
              + value);
    }
    return value;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() || !value.isTextual() ? null : value.asText();
  }
}
