package dev.rescuedogs.scraper;

import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraper.archive.S3RawResultStore;
import dev.rescuedogs.scraper.aws.AwsClients;
import dev.rescuedogs.scraper.queue.SqsStandardizeQueue;
import dev.rescuedogs.scraper.scrape.ScrapeService;
import dev.rescuedogs.scraper.scrape.ScraperFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The scraper function's production wiring, from the environment:
 *
 * <ul>
 *   <li>{@code RAW_BUCKET}: the raw bucket;
 *   <li>{@code STANDARDIZE_QUEUE_URL}: the standardize queue;
 *   <li>{@code SCRAPE_TIME_RESERVE_SECONDS}: time kept back from the scrape for archiving and
 *       announcing (default 30);
 *   <li>endpoints and region as {@link AwsClients} reads them; the browser as the scraping library
 *       reads it ({@code CHROME_BIN}, {@code CHROMEDRIVER}); {@code SCRAPER_USER_AGENT}.
 * </ul>
 */
public final class ScraperWiring {

  private ScraperWiring() {}

  public static ScrapeService service(Map<String, String> env) {
    return new ScrapeService(
        OrganizationConfigs.loadBundled(),
        ScraperFactory.registered(),
        new S3RawResultStore(AwsClients.s3(env), AwsClients.required(env, "RAW_BUCKET")),
        new SqsStandardizeQueue(
            AwsClients.sqs(env), AwsClients.required(env, "STANDARDIZE_QUEUE_URL")),
        Clock.systemUTC());
  }

  public static Duration reserve(Map<String, String> env) {
    String seconds = env.get("SCRAPE_TIME_RESERVE_SECONDS");
    return Duration.ofSeconds(
        seconds == null || seconds.isBlank() ? 30 : Long.parseLong(seconds.strip()));
  }

  /** Built once per container, during its init phase. */
  static final class Production {
    static final ScrapeService SERVICE = service(System.getenv());
    static final Duration RESERVE = reserve(System.getenv());

    private Production() {}
  }
}
