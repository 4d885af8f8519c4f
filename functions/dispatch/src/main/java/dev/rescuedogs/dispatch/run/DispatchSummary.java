package dev.rescuedogs.dispatch.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dispatch did: the run and the organizations whose scrape message was sent.
 *
 * @param runId the run's id
 * @param scheduledAt the run's scheduled time
 * @param organizations the organizations sent to the scrape queue, in order
 */
public record DispatchSummary(String runId, Instant scheduledAt, List<String> organizations) {

  public DispatchSummary {
    organizations = List.copyOf(organizations);
  }

  /** The invocation's result as the Lambda runtime serializes it. */
  public Map<String, Object> toResponse() {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("run_id", runId);
    response.put("scheduled_at", scheduledAt.toString());
    response.put("organizations", organizations);
    return response;
  }
}
