package dev.rescuedogs.local.pipeline;

import dev.rescuedogs.dispatch.DispatchHandler;
import dev.rescuedogs.dispatch.queue.SqsScrapeQueue;
import dev.rescuedogs.dispatch.run.Dispatcher;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.local.stack.QueueTrigger;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.notifications.SnsSummaryTopic;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraper.ScrapeHandler;
import dev.rescuedogs.scraper.archive.S3RawResultStore;
import dev.rescuedogs.scraper.queue.SqsStandardizeQueue;
import dev.rescuedogs.scraper.queue.StandardizeQueue;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import dev.rescuedogs.scraper.scrape.ScraperFactory;
import dev.rescuedogs.standardize.StandardizeHandler;
import dev.rescuedogs.standardize.archive.S3RawResultArchive;
import dev.rescuedogs.standardize.images.S3ImageBucket;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
import dev.rescuedogs.standardize.liveness.SqsLivenessQueue;
import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.standardize.run.RunCompletion;
import dev.rescuedogs.standardize.run.StandardizeService;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.images.ImageSource;
import dev.rescuedogs.store.images.ImageSync;
import dev.rescuedogs.store.ingest.LivenessStore;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.runs.RunSummaries;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The weekly pipeline on the local stack, through the functions' real handlers: dispatch sends to
 * the scrape queue, the scraper function drains it (batch size 1) into the raw bucket and the
 * standardize queue, the standardize function drains that into PostgreSQL and the image bucket.
 * Standardization may then ask for liveness checks of missing dogs on the scrape queue: a second
 * round of both queues handles them.
 */
public final class LocalPipeline {

  /** The deployed functions' timeouts. */
  public static final Duration SCRAPER_TIMEOUT = Duration.ofMinutes(15);

  public static final Duration STANDARDIZE_TIMEOUT = Duration.ofMinutes(5);

  private static final Duration SCRAPE_TIME_RESERVE = Duration.ofSeconds(30);

  private final LocalStack stack;
  private final Clock clock;
  private final DispatchHandler dispatch;
  private final ScrapeHandler scrape;
  private final StandardizeHandler standardize;
  private final QueueTrigger scrapeQueue;
  private final QueueTrigger standardizeQueue;

  /**
   * @param announcements wraps the scraper's standardize queue (a test makes it fail, to crash the
   *     function between archiving and announcing); {@link UnaryOperator#identity()} otherwise
   */
  public LocalPipeline(
      LocalStack stack,
      DataSource database,
      List<OrganizationConfig> configs,
      ScraperFactory scrapers,
      ImageSource images,
      RunMetrics metrics,
      UnaryOperator<StandardizeQueue> announcements,
      Clock clock) {
    this.stack = stack;
    this.clock = clock;
    this.dispatch =
        new DispatchHandler(
            new Dispatcher(
                configs, new SqsScrapeQueue(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE))),
            clock);
    this.scrape =
        new ScrapeHandler(
            new ScrapeService(
                configs,
                scrapers,
                new S3RawResultStore(stack.s3(), LocalStack.RAW_BUCKET),
                announcements.apply(
                    new SqsStandardizeQueue(
                        stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE))),
                clock),
            SCRAPE_TIME_RESERVE);
    this.standardize =
        new StandardizeHandler(
            new StandardizeService(
                new S3RawResultArchive(stack.s3()),
                new RunIngestor(database, clock),
                new ImageSync(
                    database,
                    images,
                    new S3ImageBucket(
                        stack.r2(), LocalStack.IMAGE_BUCKET, stack.imagePublicBaseUrl())),
                metrics,
                runCompletion(database, clock),
                new LivenessChecks(
                    new LivenessStore(database),
                    new SqsLivenessQueue(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE))),
                new FacetSummary(database)));
    this.scrapeQueue = new QueueTrigger(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE), 1);
    this.standardizeQueue =
        new QueueTrigger(stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE), 10);
  }

  /** Run summaries as on AWS; without an info topic locally, they go to the log. */
  private static RunCompletion runCompletion(DataSource database, Clock clock) {
    RunSummaries summaries = new RunSummaries(database, clock);
    return new RunCompletion(
        summaries, new RunSummaryNotifier(summaries, SnsSummaryTopic.fromEnvironment(Map.of())));
  }

  /**
   * What one run did at each step.
   *
   * @param livenessChecks liveness messages the scraper handled after the run
   * @param livenessResults their outcomes standardization applied
   */
  public record RunSummary(
      Map<String, Object> dispatched,
      QueueTrigger.Deliveries scrapes,
      QueueTrigger.Deliveries standardizations,
      QueueTrigger.Deliveries livenessChecks,
      QueueTrigger.Deliveries livenessResults) {}

  /**
   * Runs the pipeline once: invokes dispatch with {@code event} (a scheduled event, or {@code
   * {"organizations": [...]}}), then drains the scrape queue, then the standardize queue, then both
   * again for the liveness checks the run asked for.
   */
  public RunSummary run(Map<String, Object> event) {
    Map<String, Object> dispatched =
        dispatch.handleRequest(
            event, new InvocationContext("dispatch", Duration.ofMinutes(1), clock));
    QueueTrigger.Deliveries scrapes = drainScrapeQueue();
    QueueTrigger.Deliveries standardizations = drainStandardizeQueue();
    return new RunSummary(
        dispatched, scrapes, standardizations, drainScrapeQueue(), drainStandardizeQueue());
  }

  public QueueTrigger.Deliveries drainScrapeQueue() {
    return scrapeQueue.drain(
        scrape, () -> new InvocationContext("scraper", SCRAPER_TIMEOUT, clock));
  }

  public QueueTrigger.Deliveries drainStandardizeQueue() {
    return standardizeQueue.drain(
        standardize, () -> new InvocationContext("standardize", STANDARDIZE_TIMEOUT, clock));
  }

  public LocalStack stack() {
    return stack;
  }
}
