package dev.rescuedogs.standardize;

import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.notifications.SnsSummaryTopic;
import dev.rescuedogs.standardize.archive.S3RawResultArchive;
import dev.rescuedogs.standardize.aws.AwsClients;
import dev.rescuedogs.standardize.images.HttpImageSource;
import dev.rescuedogs.standardize.images.S3ImageBucket;
import dev.rescuedogs.standardize.liveness.LivenessChecks;
import dev.rescuedogs.standardize.liveness.LivenessQueue;
import dev.rescuedogs.standardize.liveness.SqsLivenessQueue;
import dev.rescuedogs.standardize.metrics.EmfRunMetrics;
import dev.rescuedogs.standardize.run.RunCompletion;
import dev.rescuedogs.standardize.run.StandardizeService;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.images.ImageSync;
import dev.rescuedogs.store.ingest.LivenessStore;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.runs.RunSummaries;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/**
 * The standardize function's production wiring, from the environment:
 *
 * <ul>
 *   <li>{@code DATABASE_URL} (or the {@code PG*} variables): the database;
 *   <li>{@code R2_BUCKET}, {@code R2_ENDPOINT}, {@code R2_PUBLIC_BASE_URL} (and {@code
 *       R2_ACCESS_KEY_ID}/{@code R2_SECRET_ACCESS_KEY}): the image bucket; without {@code
 *       R2_BUCKET} images are not copied (the dogs keep their original image URLs);
 *   <li>{@code SCRAPER_USER_AGENT}: the User-Agent of image downloads;
 *   <li>{@code SCRAPE_QUEUE_URL}: the scrape queue, where liveness checks of missing dogs are
 *       requested; without it no page is checked (missing dogs retire by the availability rules
 *       alone);
 *   <li>{@code INFO_TOPIC_ARN}: the info topic that receives each finished run's summary (the log
 *       when unset);
 *   <li>{@code POWERTOOLS_METRICS_NAMESPACE} (default RescueDogs), {@code POWERTOOLS_SERVICE_NAME};
 *   <li>the raw bucket's endpoint and region as {@link AwsClients} reads them (the bucket itself is
 *       named in each message).
 * </ul>
 */
public final class StandardizeWiring {

  /** The same product token and contact URL the scrapers send. */
  public static final String DEFAULT_USER_AGENT =
      "RescueDogsBot/1.0 (+https://github.com/rescuedogs/rescue-dogs; weekly adoptable-dog index)";

  private StandardizeWiring() {}

  public static StandardizeService service(Map<String, String> env) {
    DataSource dataSource = Database.fromEnvironment(env);
    RunSummaries summaries = new RunSummaries(dataSource, Clock.systemUTC());
    return new StandardizeService(
        new S3RawResultArchive(AwsClients.s3(env)),
        new RunIngestor(dataSource, Clock.systemUTC()),
        imageSync(dataSource, env),
        new EmfRunMetrics(metrics(env)),
        new RunCompletion(
            summaries, new RunSummaryNotifier(summaries, SnsSummaryTopic.fromEnvironment(env))),
        new LivenessChecks(new LivenessStore(dataSource), livenessQueue(env)),
        new FacetSummary(dataSource));
  }

  /** The scrape queue for liveness requests, or null when none is configured. */
  static LivenessQueue livenessQueue(Map<String, String> env) {
    String queueUrl = AwsClients.firstSet(env, null, "SCRAPE_QUEUE_URL");
    if (queueUrl == null) {
      LoggerFactory.getLogger(StandardizeWiring.class)
          .warn("SCRAPE_QUEUE_URL is not set: adoption pages of missing dogs are not checked");
      return null;
    }
    return new SqsLivenessQueue(AwsClients.sqs(env), queueUrl);
  }

  /** The image copy, or null when no image bucket is configured. */
  static ImageSync imageSync(DataSource dataSource, Map<String, String> env) {
    String bucket = AwsClients.firstSet(env, null, "R2_BUCKET");
    if (bucket == null) {
      LoggerFactory.getLogger(StandardizeWiring.class)
          .warn("R2_BUCKET is not set: images are not copied to the image bucket");
      return null;
    }
    return new ImageSync(
        dataSource,
        new HttpImageSource(
            AwsClients.firstSet(env, DEFAULT_USER_AGENT, "SCRAPER_USER_AGENT"), false),
        new S3ImageBucket(
            AwsClients.r2(env), bucket, AwsClients.required(env, "R2_PUBLIC_BASE_URL")));
  }

  static Metrics metrics(Map<String, String> env) {
    Metrics metrics = MetricsFactory.getMetricsInstance();
    metrics.setNamespace(AwsClients.firstSet(env, "RescueDogs", "POWERTOOLS_METRICS_NAMESPACE"));
    return metrics;
  }

  /** Built once per container, during its init phase. */
  static final class Production {
    static final StandardizeService SERVICE = service(System.getenv());

    private Production() {}
  }
}
