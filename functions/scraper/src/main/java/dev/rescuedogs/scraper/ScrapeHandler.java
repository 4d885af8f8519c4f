package dev.rescuedogs.scraper;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.rescuedogs.lambdacontext.SqsBatch;
import dev.rescuedogs.scraper.message.ScrapeRequest;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import java.time.Duration;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Lambda entry point of the scraper (SQS, batch size 1): scrape message in, raw result archived and
 * announced; or liveness message in, adoption pages checked and their outcomes announced. Each
 * message's time budget is the invocation's remaining time less a reserve for archiving and
 * announcing ({@code SCRAPE_TIME_RESERVE_SECONDS}, default 30). Wiring and environment: {@link
 * ScraperWiring}.
 */
public final class ScrapeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final ScrapeService service;
  private final Duration reserve;

  public ScrapeHandler() {
    this(ScraperWiring.Production.SERVICE, ScraperWiring.Production.RESERVE);
  }

  public ScrapeHandler(ScrapeService service, Duration reserve) {
    this.service = service;
    this.reserve = reserve;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return PowertoolsLogging.withLogging(
        context,
        () ->
            SqsBatch.process(
                event,
                message -> {
                  ScrapeRequest request =
                      ScrapeRequest.parse(message.getBody(), message.getMessageId());
                  MDC.put("run_id", request.runId());
                  MDC.put("organization", request.organizationId());
                  MDC.put("correlation_id", request.correlationId());
                  Duration budget =
                      Duration.ofMillis(context.getRemainingTimeInMillis()).minus(reserve);
                  if (request.isLivenessCheck()) {
                    service.checkLiveness(request, budget);
                  } else {
                    service.scrape(request, budget);
                  }
                }));
  }
}
