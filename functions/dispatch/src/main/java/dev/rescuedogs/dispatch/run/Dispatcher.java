package dev.rescuedogs.dispatch.run;

import dev.rescuedogs.dispatch.queue.ScrapeMessage;
import dev.rescuedogs.dispatch.queue.ScrapeQueue;
import dev.rescuedogs.organizations.OrganizationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Starts a run: one scrape message per organization, every enabled one unless the request names
 * some. A named organization must exist and be enabled — a disabled one is usually disabled because
 * its site broke, and scraping it would record a failed session.
 */
public final class Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final Map<String, OrganizationConfig> configs = new TreeMap<>();
  private final ScrapeQueue queue;

  public Dispatcher(List<OrganizationConfig> configs, ScrapeQueue queue) {
    configs.forEach(config -> this.configs.put(config.id(), config));
    this.queue = Objects.requireNonNull(queue, "queue");
  }

  /**
   * Sends the run's scrape messages.
   *
   * @throws IllegalArgumentException when the request names an unknown or disabled organization
   *     (nothing is sent)
   * @throws dev.rescuedogs.dispatch.queue.DispatchFailedException when some messages could not be
   *     sent
   */
  public DispatchSummary dispatch(DispatchRequest request) {
    MDC.put("run_id", request.runId());
    MDC.put("correlation_id", request.correlationId());
    List<String> organizations = select(request.organizations());
    List<ScrapeMessage> messages = new ArrayList<>();
    for (String organization : organizations) {
      messages.add(
          new ScrapeMessage(
              request.runId(),
              organization,
              request.scheduledAt(),
              request.correlationId(),
              organizations));
    }
    if (messages.isEmpty()) {
      LOG.warn("run {}: no organization is enabled; nothing dispatched", request.runId());
    } else {
      queue.send(messages);
      LOG.info(
          "run {}: dispatched {} organizations: {}",
          request.runId(),
          organizations.size(),
          organizations);
    }
    return new DispatchSummary(request.runId(), request.scheduledAt(), organizations);
  }

  private List<String> select(List<String> requested) {
    if (requested.isEmpty()) {
      return configs.values().stream()
          .filter(OrganizationConfig::enabled)
          .map(OrganizationConfig::id)
          .toList();
    }
    List<String> problems = new ArrayList<>();
    for (String id : requested) {
      OrganizationConfig config = configs.get(id);
      if (config == null) {
        problems.add("unknown organization '" + id + "'");
      } else if (!config.enabled()) {
        problems.add("organization '" + id + "' is disabled");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          String.join("; ", problems) + " (known: " + String.join(", ", configs.keySet()) + ")");
    }
    return requested;
  }
}
