package dev.rescuedogs.notifications;

import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.runs.RunSummary;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers finalized run summaries to the info topic and records the delivery. Delivers every
 * summary still undelivered, so one that a topic outage held back goes out with the next call (the
 * next standardization, or the daily maintenance). A failed delivery is logged, never thrown: the
 * catalog's work is done whether or not the e-mail goes out.
 */
public final class RunSummaryNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(RunSummaryNotifier.class);

  private final RunSummaries summaries;
  private final SummaryTopic topic;

  public RunSummaryNotifier(RunSummaries summaries, SummaryTopic topic) {
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.topic = Objects.requireNonNull(topic, "topic");
  }

  /** Delivers every finalized, undelivered summary; returns how many went out. */
  public int deliverPending() {
    int delivered = 0;
    for (RunSummary summary : summaries.unpublished()) {
      try {
        topic.publish(summary.subject(), summary.toText());
        summaries.markPublished(summary.runId());
        delivered++;
        LOG.info(
            "run summary of {} delivered to {}: {}", summary.runId(), topic, summary.subject());
      } catch (RuntimeException e) {
        LOG.error(
            "run summary of {} could not be delivered to {}; it will be retried",
            summary.runId(),
            topic,
            e);
      }
    }
    return delivered;
  }
}
