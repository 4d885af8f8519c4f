package dev.rescuedogs.scraper.queue;

import dev.rescuedogs.scraper.message.StandardizeRequest;
import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The standardize queue on SQS; the SDK retries throttling and network errors. */
public final class SqsStandardizeQueue implements StandardizeQueue {

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsStandardizeQueue(SqsClient sqs, String queueUrl) {
    this.sqs = Objects.requireNonNull(sqs, "sqs");
    this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
  }

  @Override
  public void send(StandardizeRequest request) {
    sqs.sendMessage(message -> message.queueUrl(queueUrl).messageBody(request.toJson()));
  }
}
