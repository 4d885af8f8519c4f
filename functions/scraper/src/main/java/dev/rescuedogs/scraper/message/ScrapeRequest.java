package dev.rescuedogs.scraper.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A scrape-queue message. The dispatch function asks for a scrape:
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust",
 *  "scheduled_at": "2026-11-30T15:00:00Z", "correlation_id": "...",
 *  "run_organizations": ["dogstrust", "rean", ...]}
 * }</pre>
 *
 * <p>The standardize function asks for liveness checks of dogs missing from two successful runs
 * ({@code mode} is {@code scrape} when absent):
 *
 * <pre>{@code
 * {"mode": "liveness", "run_id": "20261130T150000Z", "organization_id": "dogstrust",
 *  "correlation_id": "...",
 *  "liveness_candidates": [{"external_id": "4711", "adoption_url": "https://..."}, ...]}
 * }</pre>
 *
 * @param runId the run
 * @param organizationId the organization's config id
 * @param correlationId ties the run's log lines together; the message id when the body has none
 * @param runOrganizations every organization of the run (passed on to standardization for the run
 *     summary); empty when the message has none
 * @param livenessCandidates the dogs whose pages to check; not empty exactly when {@link
 *     #isLivenessCheck()}
 */
public record ScrapeRequest(
    String runId,
    String organizationId,
    String correlationId,
    List<String> runOrganizations,
    List<LivenessCandidate> livenessCandidates) {

  /** Most pages one liveness message may ask for (an organization's limit is at most 100). */
  public static final int MAX_LIVENESS_CANDIDATES = 100;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Run ids and organization ids become S3 key segments: no slashes, no dot-dot. */
  private static final Pattern SAFE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

  public ScrapeRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(correlationId, "correlationId");
    runOrganizations = List.copyOf(runOrganizations);
    livenessCandidates = List.copyOf(livenessCandidates);
  }

  /** A request to scrape the organization. */
  public static ScrapeRequest scrape(
      String runId, String organizationId, String correlationId, List<String> runOrganizations) {
    return new ScrapeRequest(runId, organizationId, correlationId, runOrganizations, List.of());
  }

  /** Whether this asks for liveness checks rather than a scrape. */
  public boolean isLivenessCheck() {
    return !livenessCandidates.isEmpty();
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
    String mode = text(json, "mode");
    if (mode != null && !mode.equals("scrape") && !mode.equals("liveness")) {
      throw new MalformedMessageException(
          "scrape message " + messageId + ": unknown mode '" + mode + "' (scrape or liveness)");
    }
    return new ScrapeRequest(
        safeId(json, "run_id", messageId),
        safeId(json, "organization_id", messageId),
        correlationId == null ? messageId : correlationId,
        runOrganizations(json, messageId),
        "liveness".equals(mode) ? livenessCandidates(json, messageId) : List.of());
  }

  private static List<LivenessCandidate> livenessCandidates(JsonNode json, String messageId) {
    JsonNode list = json.get("liveness_candidates");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new MalformedMessageException(
          "scrape message " + messageId + ": a liveness message needs 'liveness_candidates'");
    }
    if (list.size() > MAX_LIVENESS_CANDIDATES) {
      throw new MalformedMessageException(
          "scrape message "
              + messageId
              + ": "
              + list.size()
              + " liveness candidates, at most "
              + MAX_LIVENESS_CANDIDATES);
    }
    List<LivenessCandidate> candidates = new ArrayList<>();
    for (JsonNode entry : list) {
      String externalId = entry.isObject() ? text(entry, "external_id") : null;
      String url = entry.isObject() ? text(entry, "adoption_url") : null;
      if (externalId == null || externalId.isBlank() || url == null || !isWebUrl(url)) {
        throw new MalformedMessageException(
            "scrape message "
                + messageId
                + ": a liveness candidate needs an 'external_id' and an http(s) 'adoption_url': "
                + entry);
      }
      candidates.add(new LivenessCandidate(externalId, url));
    }
    return candidates;
  }

  private static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
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
