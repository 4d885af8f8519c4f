package dev.rescuedogs.dispatch.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The scrape queue on SQS. Messages go out in batches of ten ({@code SendMessageBatch}); the
 * entries SQS reports as failed are sent again, with a growing pause, up to {@code maxAttempts}
 * times. Entries SQS rejects as the sender's fault (a malformed message) are not retried: they
 * cannot succeed.
 */
public final class SqsScrapeQueue implements ScrapeQueue {

  /** SQS takes at most ten entries per batch. */
  static final int BATCH_SIZE = 10;

  private static final Logger LOG = LoggerFactory.getLogger(SqsScrapeQueue.class);

  /** Pauses between attempts; replaced in tests. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final SqsClient sqs;
  private final String queueUrl;
  private final int maxAttempts;
  private final Duration firstPause;
  private final Pause pause;

  public SqsScrapeQueue(SqsClient sqs, String queueUrl) {
    this(sqs, queueUrl, 4, Duration.ofMillis(200), duration -> Thread.sleep(duration.toMillis()));
  }

  public SqsScrapeQueue(
      SqsClient sqs, String queueUrl, int maxAttempts, Duration firstPause, Pause pause) {
    this.sqs = Objects.requireNonNull(sqs, "sqs");
    this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.firstPause = firstPause;
    this.pause = pause;
  }

  @Override
  public void send(List<ScrapeMessage> messages) {
    Map<String, String> failures = new LinkedHashMap<>();
    for (int start = 0; start < messages.size(); start += BATCH_SIZE) {
      failures.putAll(
          sendBatch(messages.subList(start, Math.min(messages.size(), start + BATCH_SIZE))));
    }
    if (!failures.isEmpty()) {
      List<String> details = new ArrayList<>();
      failures.forEach((organization, reason) -> details.add(organization + ": " + reason));
      throw new DispatchFailedException(
          List.copyOf(failures.keySet()), messages.size(), String.join("; ", details));
    }
  }

  /** Sends one batch; returns the reason per organization whose message could not be sent. */
  private Map<String, String> sendBatch(List<ScrapeMessage> batch) {
    // Entry ids are positions in the batch: SQS wants them unique within a request only.
    Map<String, ScrapeMessage> pending = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      pending.put(String.valueOf(i), batch.get(i));
    }
    Map<String, String> failures = new LinkedHashMap<>();
    Map<String, String> lastReason = new LinkedHashMap<>();
    Duration wait = firstPause;
    for (int attempt = 1; attempt <= maxAttempts && !pending.isEmpty(); attempt++) {
      if (attempt > 1) {
        sleep(wait);
        wait = wait.multipliedBy(2);
      }
      try {
        SendMessageBatchResponse response = sqs.sendMessageBatch(request(pending));
        response.successful().forEach(entry -> pending.remove(entry.id()));
        for (BatchResultErrorEntry failed : response.failed()) {
          String reason = failed.code() + " " + failed.message();
          lastReason.put(failed.id(), reason);
          if (Boolean.TRUE.equals(failed.senderFault()) && pending.containsKey(failed.id())) {
            failures.put(pending.remove(failed.id()).organizationId(), reason);
          }
        }
      } catch (SdkException e) {
        // The whole request failed (after the SDK's own retries): try the batch again.
        pending.keySet().forEach(id -> lastReason.put(id, e.getMessage()));
      }
      if (!pending.isEmpty()) {
        LOG.warn(
            "attempt {} of {}: {} scrape messages not sent yet",
            attempt,
            maxAttempts,
            pending.size());
      }
    }
    pending.forEach(
        (id, message) ->
            failures.put(
                message.organizationId(), lastReason.getOrDefault(id, "not acknowledged by SQS")));
    return failures;
  }

  private SendMessageBatchRequest request(Map<String, ScrapeMessage> entries) {
    return SendMessageBatchRequest.builder()
        .queueUrl(queueUrl)
        .entries(
            entries.entrySet().stream()
                .map(
                    entry ->
                        SendMessageBatchRequestEntry.builder()
                            .id(entry.getKey())
                            .messageBody(entry.getValue().toJson())
                            .build())
                .toList())
        .build();
  }

  private void sleep(Duration duration) {
    try {
      pause.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying scrape messages", e);
    }
  }
}
