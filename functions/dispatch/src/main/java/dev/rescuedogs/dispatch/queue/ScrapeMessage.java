package dev.rescuedogs.dispatch.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of a scrape-queue message: scrape one organization for one run. The scraper function
 * reads the same JSON ({@code events/scraper/scrape-message.json} is a sample of it):
 *
 * <pre>{@code
 * {"run_id": "20261130T150000Z", "organization_id": "dogstrust",
 *  "scheduled_at": "2026-11-30T15:00:00Z", "correlation_id": "...",
 *  "run_organizations": ["dogstrust", "rean", ...]}
 * }</pre>
 *
 * <p>{@code run_organizations} (every organization of the run) travels on to standardization, which
 * summarizes the run once all of them have finished; left out when empty.
 */
public record ScrapeMessage(
    @JsonProperty("run_id") String runId,
    @JsonProperty("organization_id") String organizationId,
    @JsonProperty("scheduled_at") Instant scheduledAt,
    @JsonProperty("correlation_id") String correlationId,
    @JsonProperty("run_organizations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> runOrganizations) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public ScrapeMessage {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(organizationId, "organizationId");
    runOrganizations = runOrganizations == null ? List.of() : List.copyOf(runOrganizations);
  }

  /** A message of a run whose other organizations are not known. */
  public ScrapeMessage(
      String runId, String organizationId, Instant scheduledAt, String correlationId) {
    this(runId, organizationId, scheduledAt, correlationId, List.of());
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a scrape message", e);
    }
  }
}
