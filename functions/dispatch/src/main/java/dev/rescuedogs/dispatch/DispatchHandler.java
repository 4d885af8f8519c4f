package dev.rescuedogs.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.rescuedogs.dispatch.queue.SqsClients;
import dev.rescuedogs.dispatch.queue.SqsScrapeQueue;
import dev.rescuedogs.dispatch.run.DispatchRequest;
import dev.rescuedogs.dispatch.run.Dispatcher;
import dev.rescuedogs.organizations.OrganizationConfigs;
import java.time.Clock;
import java.util.Map;
import software.amazon.lambda.powertools.logging.CorrelationIdPaths;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Lambda entry point of the weekly run: the EventBridge scheduled event (or {@code
 * {"organizations": [...]}} by hand) in, one scrape message per organization out. Environment:
 * {@code SCRAPE_QUEUE_URL}; the SQS endpoint as {@link SqsClients} reads it.
 */
public final class DispatchHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private final Dispatcher dispatcher;
  private final Clock clock;

  public DispatchHandler() {
    this(Production.DISPATCHER, Clock.systemUTC());
  }

  public DispatchHandler(Dispatcher dispatcher, Clock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    return PowertoolsLogging.withLogging(
        context,
        CorrelationIdPaths.EVENT_BRIDGE,
        event,
        () ->
            dispatcher
                .dispatch(
                    DispatchRequest.fromEvent(event, clock.instant(), context.getAwsRequestId()))
                .toResponse());
  }

  /** Built once per container, during its init phase. */
  private static final class Production {
    static final Dispatcher DISPATCHER =
        new Dispatcher(
            OrganizationConfigs.loadBundled(),
            new SqsScrapeQueue(
                SqsClients.fromEnvironment(System.getenv()),
                SqsClients.required(System.getenv(), "SCRAPE_QUEUE_URL")));
  }
}
