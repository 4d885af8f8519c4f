package dev.rescuedogs.lambdacontext;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles an SQS batch one message at a time. A message that fails is logged with its error and
 * reported as a batch item failure, so SQS re-delivers it (and, after the queue's receive limit,
 * moves it to the dead-letter queue) while the batch's other messages complete.
 */
public final class SqsBatch {

  private static final Logger LOG = LoggerFactory.getLogger(SqsBatch.class);

  /** Handles one message; throws to have it re-delivered. */
  @FunctionalInterface
  public interface MessageHandler {
    void handle(SQSEvent.SQSMessage message) throws Exception;
  }

  private SqsBatch() {}

  public static SQSBatchResponse process(SQSEvent event, MessageHandler handler) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    List<SQSEvent.SQSMessage> records = event == null ? null : event.getRecords();
    for (SQSEvent.SQSMessage message : records == null ? List.<SQSEvent.SQSMessage>of() : records) {
      MDC.put("message_id", message.getMessageId());
      try {
        handler.handle(message);
      } catch (Exception e) {
        LOG.error(
            "message {} failed and goes back to the queue: {}",
            message.getMessageId(),
            e.toString(),
            e);
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } finally {
        MDC.remove("message_id");
        MDC.remove("run_id");
        MDC.remove("organization");
        MDC.remove("correlation_id");
      }
    }
    return new SQSBatchResponse(failures);
  }
}
