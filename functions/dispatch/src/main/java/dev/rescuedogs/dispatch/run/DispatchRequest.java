package dev.rescuedogs.dispatch.run;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one invocation asks for, read from its event: the EventBridge scheduled event (its {@code
 * time} is the scheduled time) or a hand-written {@code {"organizations": ["dogstrust", ...]}},
 * optionally with {@code run_id}. The organizations may also sit in {@code detail.organizations}
 * (an EventBridge event put by hand).
 *
 * @param runId the run's id
 * @param scheduledAt when the run was scheduled (or invoked)
 * @param organizations the organizations asked for; empty means every enabled one
 * @param correlationId ties the run's log lines together across the three functions
 */
public record DispatchRequest(
    String runId, Instant scheduledAt, List<String> organizations, String correlationId) {

  public DispatchRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    organizations = List.copyOf(organizations);
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /**
   * Reads an invocation's event.
   *
   * @param event the event as the Lambda runtime parsed it (JSON objects as maps)
   * @param now the invocation time, used when the event has no {@code time}
   * @param requestId the invocation's request id, the correlation id when the event has no {@code
   *     id}
   * @throws IllegalArgumentException when the event is malformed
   */
  public static DispatchRequest fromEvent(
      Map<String, Object> event, Instant now, String requestId) {
    Map<String, Object> body = event == null ? Map.of() : event;
    Instant time = body.get("time") == null ? now : parseTime(body.get("time"));
    String runId =
        body.get("run_id") == null
            ? RunIds.forTime(time)
            : RunIds.requireValid(String.valueOf(body.get("run_id")));
    Object organizations = body.get("organizations");
    if (organizations == null && body.get("detail") instanceof Map) {
      organizations = ((Map<?, ?>) body.get("detail")).get("organizations");
    }
    String correlationId = body.get("id") == null ? requestId : String.valueOf(body.get("id"));
    return new DispatchRequest(runId, time, organizationIds(organizations), correlationId);
  }

  private static Instant parseTime(Object value) {
    try {
      return Instant.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "event time '" + value + "' is not an ISO-8601 UTC time such as 2026-11-30T15:00:00Z", e);
    }
  }

  private static List<String> organizationIds(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw new IllegalArgumentException(
          "'organizations' must be a list of organization ids, e.g. [\"dogstrust\"]");
    }
    List<String> ids = new ArrayList<>();
    for (Object id : (List<?>) value) {
      if (!(id instanceof String string) || string.isBlank()) {
        throw new IllegalArgumentException(
            "'organizations' must hold organization ids (strings), found " + id);
      }
      if (!ids.contains(id)) {
        ids.add(string);
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(
          "'organizations' is empty: leave it out to dispatch every enabled organization");
    }
    return ids;
  }
}
