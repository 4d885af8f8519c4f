package dev.rescuedogs.local.stack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's SQS event source mapping does, for a local queue: receives messages, hands them to
 * the function as an {@link SQSEvent}, deletes those not reported as batch item failures. A
 * reported failure — or a function that throws, as when Lambda kills a crashed invocation — leaves
 * the message on the queue; here it becomes visible again at once instead of after the visibility
 * timeout, and after {@link LocalStack#MAX_RECEIVES} deliveries the queue moves it to its
 * dead-letter queue.
 */
public final class QueueTrigger {

  private final SqsClient sqs;
  private final String queueUrl;
  private final String queueArn;
  private final int batchSize;

  public QueueTrigger(SqsClient sqs, String queueUrl, int batchSize) {
    if (batchSize < 1 || batchSize > 10) {
      throw new IllegalArgumentException("batch size must be 1-10");
    }
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.batchSize = batchSize;
    this.queueArn =
        sqs.getQueueAttributes(
                request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
  }

  /** What one drain did. */
  public record Deliveries(int invocations, int delivered, int failed, int crashed) {}

  /**
   * Invokes the function until the queue has no visible message left.
   *
   * @param contexts a fresh context per invocation (its deadline is the function's timeout)
   */
  public Deliveries drain(
      RequestHandler<SQSEvent, SQSBatchResponse> function, Supplier<Context> contexts) {
    int invocations = 0;
    int delivered = 0;
    int failed = 0;
    int crashed = 0;
    while (true) {
      List<Message> messages =
          sqs.receiveMessage(
                  request ->
                      request
                          .queueUrl(queueUrl)
                          .maxNumberOfMessages(batchSize)
                          .waitTimeSeconds(0)
                          .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
              .messages();
      if (messages.isEmpty()) {
        return new Deliveries(invocations, delivered, failed, crashed);
      }
      invocations++;
      delivered += messages.size();
      Set<String> failedIds = new HashSet<>();
      try {
        SQSBatchResponse response = function.handleRequest(event(messages), contexts.get());
        if (response != null && response.getBatchItemFailures() != null) {
          response.getBatchItemFailures().forEach(f -> failedIds.add(f.getItemIdentifier()));
        }
      } catch (RuntimeException | Error e) {
        // The invocation died: Lambda deletes nothing and the whole batch comes back.
        crashed++;
        messages.forEach(message -> failedIds.add(message.messageId()));
      }
      for (Message message : messages) {
        if (failedIds.contains(message.messageId())) {
          failed++;
          sqs.changeMessageVisibility(
              request ->
                  request
                      .queueUrl(queueUrl)
                      .receiptHandle(message.receiptHandle())
                      .visibilityTimeout(0));
        } else {
          sqs.deleteMessage(
              request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
      }
    }
  }

  /** Up to ten messages waiting on a queue (a dead-letter queue, say), left where they are. */
  public static List<Message> peek(SqsClient sqs, String queueUrl) {
    return sqs.receiveMessage(
            request -> request.queueUrl(queueUrl).maxNumberOfMessages(10).visibilityTimeout(0))
        .messages();
  }

  private SQSEvent event(List<Message> messages) {
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (Message message : messages) {
      SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
      record.setMessageId(message.messageId());
      record.setReceiptHandle(message.receiptHandle());
      record.setBody(message.body());
      record.setMd5OfBody(message.md5OfBody());
      record.setEventSource("aws:sqs");
      record.setEventSourceArn(queueArn);
      record.setAwsRegion("us-east-1");
      record.setAttributes(attributes(message.attributes()));
      records.add(record);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    return event;
  }

  private static Map<String, String> attributes(
      Map<MessageSystemAttributeName, String> attributes) {
    Map<String, String> byName = new LinkedHashMap<>();
    attributes.forEach((name, value) -> byName.put(name.toString(), value));
    return byName;
  }
}
