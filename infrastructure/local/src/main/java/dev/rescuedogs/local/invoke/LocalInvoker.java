package dev.rescuedogs.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.dispatch.DispatchHandler;
import dev.rescuedogs.dispatch.queue.SqsScrapeQueue;
import dev.rescuedogs.dispatch.run.Dispatcher;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.maintenance.MaintenanceHandler;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.notifications.SnsSummaryTopic;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraper.ScrapeHandler;
import dev.rescuedogs.scraper.ScraperWiring;
import dev.rescuedogs.scraper.archive.S3RawResultStore;
import dev.rescuedogs.scraper.queue.SqsStandardizeQueue;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import dev.rescuedogs.scraper.scrape.ScraperFactory;
import dev.rescuedogs.standardize.StandardizeHandler;
import dev.rescuedogs.standardize.StandardizeWiring;
import dev.rescuedogs.standardize.archive.S3RawResultArchive;
import dev.rescuedogs.standardize.images.HttpImageSource;
import dev.rescuedogs.standardize.images.S3ImageBucket;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
import dev.rescuedogs.standardize.liveness.SqsLivenessQueue;
import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.standardize.run.RunCompletion;
import dev.rescuedogs.standardize.run.StandardizeService;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.images.ImageSync;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.LivenessStore;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.maintenance.CatalogMaintenance;
import dev.rescuedogs.store.maintenance.MaintenanceSettings;
import dev.rescuedogs.store.runs.RunSummaries;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Runs one function's real handler, wired as {@code rescuedogs run} wires it: queues and buckets of
 * the local stack, the given database, the environment's settings. What the invocation left in the
 * stack (messages queued, raw results archived, runs ingested) is reported on the log.
 */
final class LocalInvoker {

  private final LocalStack stack;
  private final DataSource database;
  private final List<OrganizationConfig> configs;
  private final Map<String, String> env;
  private final PrintWriter log;
  private final Clock clock;

  /**
   * @param stack the local queues and buckets; null for a function that needs none
   * @param database the catalog; null for a function that needs none
   * @param env the functions' environment (settings such as {@code ADMIN_API_KEY})
   * @param log where the invocation's effects are reported
   */
  LocalInvoker(
      LocalStack stack,
      DataSource database,
      List<OrganizationConfig> configs,
      Map<String, String> env,
      PrintWriter log,
      Clock clock) {
    this.stack = stack;
    this.database = database;
    this.configs = List.copyOf(configs);
    this.env = Map.copyOf(env);
    this.log = log;
    this.clock = clock;
  }

  /** Invokes the function's handler with {@code event}; a handler's exception propagates. */
  Object invoke(LocalFunction function, Object event) {
    InvocationContext context =
        new InvocationContext(function.functionName(), function.timeout(), clock);
    switch (function) {
      case DISPATCH -> {
        Object dispatched = call(dispatch(), event, context);
        reportQueue(LocalStack.SCRAPE_QUEUE);
        return dispatched;
      }
      case SCRAPER -> {
        Object scraped = call(scraper(), event, context);
        reportRawResults();
        reportQueue(LocalStack.STANDARDIZE_QUEUE);
        return scraped;
      }
      case STANDARDIZE -> {
        return call(standardize(), event, context);
      }
      case API -> {
        try (ConnectionPool pool = new ConnectionPool(database, 2, Duration.ofSeconds(5))) {
          return call(
              new ApiHandler(new CatalogApi(ApiSettings.fromEnvironment(env), pool, clock)),
              event,
              context);
        }
      }
      case MAINTENANCE -> {
        return call(maintenance(), event, context);
      }
      default -> throw new IllegalStateException("no wiring for " + function);
    }
  }

  private DispatchHandler dispatch() {
    return new DispatchHandler(
        new Dispatcher(
            configs,
            new SqsScrapeQueue(require(stack).sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE))),
        clock);
  }

  private ScrapeHandler scraper() {
    return new ScrapeHandler(
        new ScrapeService(
            configs,
            ScraperFactory.registered(),
            new S3RawResultStore(require(stack).s3(), LocalStack.RAW_BUCKET),
            new SqsStandardizeQueue(stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE)),
            clock),
        ScraperWiring.reserve(env));
  }

  private StandardizeHandler standardize() {
    String userAgent = env.getOrDefault("SCRAPER_USER_AGENT", StandardizeWiring.DEFAULT_USER_AGENT);
    return new StandardizeHandler(
        new StandardizeService(
            new S3RawResultArchive(require(stack).s3()),
            new RunIngestor(require(database), clock),
            new ImageSync(
                database,
                new HttpImageSource(userAgent, false),
                new S3ImageBucket(stack.r2(), LocalStack.IMAGE_BUCKET, stack.imagePublicBaseUrl())),
            new LoggedRunMetrics(log),
            runCompletion(),
            new LivenessChecks(
                new LivenessStore(database),
                new SqsLivenessQueue(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE))),
            new FacetSummary(database)));
  }

  private MaintenanceHandler maintenance() {
    RunSummaries summaries = new RunSummaries(require(database), clock);
    return new MaintenanceHandler(
        new CatalogMaintenance(database, clock),
        MaintenanceSettings.fromEnvironment(env),
        report -> log.println("maintenance: " + MaintenanceHandler.toResponse(report)),
        summaries,
        new RunSummaryNotifier(summaries, SnsSummaryTopic.fromEnvironment(env)));
  }

  /** Run summaries as on AWS, delivered to the log (or to INFO_TOPIC_ARN when --env names one). */
  private RunCompletion runCompletion() {
    RunSummaries summaries = new RunSummaries(require(database), clock);
    return new RunCompletion(
        summaries, new RunSummaryNotifier(summaries, SnsSummaryTopic.fromEnvironment(env)));
  }

  @SuppressWarnings("unchecked")
  private static Object call(
      RequestHandler<?, ?> handler, Object event, InvocationContext context) {
    return ((RequestHandler<Object, Object>) handler).handleRequest(event, context);
  }

  private void reportQueue(String queue) {
    String count =
        stack
            .sqs()
            .getQueueAttributes(
                request ->
                    request
                        .queueUrl(stack.queueUrl(queue))
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
            .attributes()
            .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    log.printf("queue %s: %s message(s) waiting%n", queue, count);
    log.flush();
  }

  private void reportRawResults() {
    List<String> keys =
        stack
            .s3()
            .listObjectsV2(request -> request.bucket(LocalStack.RAW_BUCKET))
            .contents()
            .stream()
            .map(S3Object::key)
            .toList();
    log.printf(
        "bucket %s: %s%n",
        LocalStack.RAW_BUCKET, keys.isEmpty() ? "no raw result archived" : String.join(", ", keys));
    log.flush();
  }

  private static <T> T require(T resource) {
    return Objects.requireNonNull(resource, "the function needs a resource it was not given");
  }

  /** The standardize function's run figures, as lines for the operator instead of EMF metrics. */
  private static final class LoggedRunMetrics implements RunMetrics {
    private final PrintWriter log;

    LoggedRunMetrics(PrintWriter log) {
      this.log = log;
    }

    @Override
    public void ingested(IngestReport report) {
      log.printf(
          "ingested %s run %s: %s, %d found, %d added, %d updated, %d marked missing,"
              + " %d rejected, quality %.2f%s%n",
          report.organizationId(),
          report.runId(),
          report.sessionStatus(),
          report.dogsFound(),
          report.dogsAdded(),
          report.dogsUpdated(),
          report.dogsMarkedMissing(),
          report.dogsRejected(),
          report.qualityScore(),
          report.partialFailure() ? ", partial failure: " + report.partialFailureReason() : "");
      log.flush();
    }

    @Override
    public void imagesSynced(String organizationId, ImageSyncReport report) {
      log.printf(
          "images %s: %d uploaded, %d reused, %d failed%n",
          organizationId, report.uploaded(), report.reused(), report.failed());
      log.flush();
    }
  }
}
