package dev.rescuedogs.standardize;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.rescuedogs.lambdacontext.SqsBatch;
import dev.rescuedogs.standardize.message.StandardizeMessage;
import dev.rescuedogs.standardize.run.StandardizeService;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Lambda entry point of standardization (SQS): raw result announced, dogs in PostgreSQL and images
 * in the image bucket. A message that fails (malformed, unknown organization, raw result missing,
 * database down) is logged and reported as a batch item failure; the others complete. Wiring and
 * environment: {@link StandardizeWiring}.
 */
public final class StandardizeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final StandardizeService service;

  public StandardizeHandler() {
    this(StandardizeWiring.Production.SERVICE);
  }

  public StandardizeHandler(StandardizeService service) {
    this.service = service;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return PowertoolsLogging.withLogging(
        context,
        () ->
            SqsBatch.process(
                event,
                message -> {
                  StandardizeMessage request =
                      StandardizeMessage.parse(message.getBody(), message.getMessageId());
                  MDC.put("run_id", request.runId());
                  MDC.put("organization", request.organizationId());
                  MDC.put("correlation_id", request.correlationId());
                  service.handle(request);
                }));
  }
}
