package dev.rescuedogs.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.dispatch.queue.ScrapeMessage;
import dev.rescuedogs.dispatch.queue.ScrapeQueue;
import dev.rescuedogs.dispatch.run.Dispatcher;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;

class DispatchHandlerTest {

  private static final List<OrganizationConfig> CONFIGS = OrganizationConfigs.loadBundled();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:30:12.345Z"), ZoneOffset.UTC);

  private final List<ScrapeMessage> sent = new ArrayList<>();
  private final ScrapeQueue queue = sent::addAll;
  private final DispatchHandler handler =
      new DispatchHandler(new Dispatcher(CONFIGS, queue), CLOCK);

  @ParameterizedTest
  @Event(value = "dispatch/scheduled-event.json", type = Map.class)
  void shouldSendOneMessagePerEnabledOrganization_whenScheduled(Map<String, Object> event) {
    // Act
    Map<String, Object> response =
        handler.handleRequest(
            event, InvocationContext.withRemaining("dispatch", "request-1", Duration.ofMinutes(1)));

    // Assert
    List<String> enabled =
        CONFIGS.stream().filter(OrganizationConfig::enabled).map(OrganizationConfig::id).toList();
    assertThat(enabled).isNotEmpty().hasSizeLessThan(CONFIGS.size());
    assertThat(sent).extracting(ScrapeMessage::organizationId).containsExactlyElementsOf(enabled);
    assertThat(sent)
        .allSatisfy(
            message -> {
              assertThat(message.runId()).isEqualTo("20261130T150000Z");
              assertThat(message.scheduledAt()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
              assertThat(message.correlationId()).isEqualTo("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
              // Each message names the whole run, so standardization can tell when it is complete.
              assertThat(message.runOrganizations()).isEqualTo(enabled);
              assertThat(message.toJson()).contains("\"run_organizations\":[\"");
            });
    assertThat(response)
        .containsEntry("run_id", "20261130T150000Z")
        .containsEntry("organizations", enabled);
  }

  @ParameterizedTest
  @Event(value = "dispatch/scheduled-event.json", type = Map.class)
  void shouldReuseTheRunId_whenTheSameScheduleIsRetried(Map<String, Object> event) {
    // Act
    handler.handleRequest(
        event, InvocationContext.withRemaining("dispatch", "request-1", Duration.ofMinutes(1)));
    handler.handleRequest(
        new HashMap<>(event),
        InvocationContext.withRemaining("dispatch", "request-2", Duration.ofMinutes(1)));

    // Assert
    assertThat(sent).extracting(ScrapeMessage::runId).containsOnly("20261130T150000Z");
  }

  @ParameterizedTest
  @Event(value = "dispatch/manual-organizations.json", type = Map.class)
  void shouldSendOnlyTheNamedOrganizations_whenInvokedByHand(Map<String, Object> event) {
    // Act
    Map<String, Object> response =
        handler.handleRequest(
            event, InvocationContext.withRemaining("dispatch", "request-7", Duration.ofMinutes(1)));

    // Assert
    assertThat(sent)
        .extracting(ScrapeMessage::organizationId)
        .containsExactly("dogstrust", "tierschutzverein-europa");
    assertThat(sent).extracting(ScrapeMessage::runId).containsOnly("20261201T093012Z");
    assertThat(sent).extracting(ScrapeMessage::correlationId).containsOnly("request-7");
    assertThat(response).containsEntry("run_id", "20261201T093012Z");
  }

  @ParameterizedTest
  @Event(value = "dispatch/manual-unknown-organization.json", type = Map.class)
  void shouldSendNothing_whenAnOrganizationIsUnknown(Map<String, Object> event) {
    // Act + Assert
    assertThatThrownBy(
            () ->
                handler.handleRequest(
                    event,
                    InvocationContext.withRemaining(
                        "dispatch", "request-8", Duration.ofMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown organization 'no-such-rescue'");
    assertThat(sent).isEmpty();
  }

  @ParameterizedTest
  @Event(value = "dispatch/scheduled-event.json", type = Map.class)
  void shouldWriteTheMessageTheScraperReads(Map<String, Object> event) throws Exception {
    // Arrange: the scraper's sample event is the contract
    SQSEvent scraperSample = EventLoader.loadSQSEvent("scraper/scrape-message.json");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected = mapper.readTree(scraperSample.getRecords().get(0).getBody());

    // Act
    handler.handleRequest(
        event, InvocationContext.withRemaining("dispatch", "request-1", Duration.ofMinutes(1)));
    JsonNode written = mapper.readTree(sent.get(0).toJson());

    // Assert
    assertThat(fieldNames(written)).isEqualTo(fieldNames(expected));
    assertThat(written.get("scheduled_at").asText()).isEqualTo("2026-11-30T15:00:00Z");
  }

  private static Set<String> fieldNames(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
