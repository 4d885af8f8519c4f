package dev.rescuedogs.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatchRequestTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:30:12.345Z");

  @Test
  void shouldDeriveTheRunIdFromTheScheduledTime() {
    DispatchRequest request =
        DispatchRequest.fromEvent(
            Map.of("id", "event-1", "time", "2026-11-30T15:00:00Z"), NOW, "request-1");

    assertThat(request.runId()).isEqualTo("20261130T150000Z");
    assertThat(request.scheduledAt()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    assertThat(request.correlationId()).isEqualTo("event-1");
    assertThat(request.organizations()).isEmpty();
  }

  @Test
  void shouldUseTheInvocationTimeAndRequestId_whenTheEventHasNeither() {
    DispatchRequest request =
        DispatchRequest.fromEvent(Map.of("organizations", List.of("a", "b", "a")), NOW, "req-9");

    assertThat(request.runId()).isEqualTo("20261201T093012Z");
    assertThat(request.correlationId()).isEqualTo("req-9");
    assertThat(request.organizations()).containsExactly("a", "b");
  }

  @Test
  void shouldReadOrganizationsFromTheDetail_andAnExplicitRunId() {
    DispatchRequest request =
        DispatchRequest.fromEvent(
            Map.of("run_id", "rerun-42", "detail", Map.of("organizations", List.of("rean"))),
            NOW,
            "req");

    assertThat(request.runId()).isEqualTo("rerun-42");
    assertThat(request.organizations()).containsExactly("rean");
  }

  @Test
  void shouldRejectMalformedEvents() {
    assertThatThrownBy(() -> DispatchRequest.fromEvent(Map.of("time", "yesterday"), NOW, "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'yesterday' is not an ISO-8601");
    assertThatThrownBy(
            () -> DispatchRequest.fromEvent(Map.of("organizations", "dogstrust"), NOW, "r"))
        .hasMessageContaining("must be a list");
    assertThatThrownBy(
            () -> DispatchRequest.fromEvent(Map.of("organizations", List.of()), NOW, "r"))
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> DispatchRequest.fromEvent(Map.of("run_id", "../etc"), NOW, "r"))
        .hasMessageContaining("invalid run_id");
  }
}
