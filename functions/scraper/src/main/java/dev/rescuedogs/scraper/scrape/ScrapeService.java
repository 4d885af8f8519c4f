package dev.rescuedogs.scraper.scrape;

import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraper.archive.RawLocation;
import dev.rescuedogs.scraper.archive.RawResultStore;
import dev.rescuedogs.scraper.message.ScrapeRequest;
import dev.rescuedogs.scraper.message.StandardizeRequest;
import dev.rescuedogs.scraper.queue.StandardizeQueue;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scrapes one organization for one run: runs its scraper (reusing the previous run's cache
 * validators), archives the raw result in the raw bucket — a failed or stopped listing too, so the
 * session is recorded as an error rather than lost — and announces it on the standardize queue.
 *
 * <p>Re-delivery is safe: when the run's raw result is archived already (the function crashed, or
 * timed out, after writing it), it is announced again instead of scraping the site a second time;
 * standardization is idempotent per run and organization.
 *
 * <p>A liveness message ({@link ScrapeRequest#isLivenessCheck()}) is handled by the same scraper,
 * so its fetcher's politeness and site copy apply: the dogs' adoption pages are checked and the
 * outcomes sent to standardization, which applies them (idempotently too).
 */
public final class ScrapeService {

  private static final Logger LOG = LoggerFactory.getLogger(ScrapeService.class);

  /**
   * The longest time kept between the scrape's soft deadline (no new page started after it) and its
   * hard stop: enough for the pages in flight to finish, each within its fetch timeout.
   */
  static final Duration MAX_DRAIN = Duration.ofSeconds(90);

  private final Map<String, OrganizationConfig> configs = new TreeMap<>();
  private final ScraperFactory scrapers;
  private final RawResultStore archive;
  private final StandardizeQueue queue;
  private final Clock clock;

  public ScrapeService(
      List<OrganizationConfig> configs,
      ScraperFactory scrapers,
      RawResultStore archive,
      StandardizeQueue queue,
      Clock clock) {
    configs.forEach(config -> this.configs.put(config.id(), config));
    this.scrapers = Objects.requireNonNull(scrapers, "scrapers");
    this.archive = Objects.requireNonNull(archive, "archive");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Handles one scrape message.
   *
   * @param budget how long the scrape may take. Near its end (see {@link #softDeadline}) no new
   *     page is started: detail pages not read by then are recorded as skipped and the result stays
   *     complete; a listing not read by then, or a scrape still running when the budget is spent,
   *     is recorded as failed
   * @throws IllegalArgumentException when the organization has no config
   */
  public ScrapeOutcome scrape(ScrapeRequest request, Duration budget) {
    OrganizationConfig config = config(request);
    RawLocation location = archive.locate(request.runId(), config.id());
    if (archive.exists(location)) {
      LOG.info(
          "{} is archived already (re-delivered message): announcing it again", location.uri());
      announce(request, location);
      return new ScrapeOutcome(location, false, true, 0);
    }
    RawScrapeResult result = scrapeWithin(config, request.runId(), budget);
    archive.write(location, result);
    announce(request, location);
    if (result.isComplete()) {
      LOG.info(
          "{}: {} dogs found, archived at {}", config.id(), result.found().size(), location.uri());
    } else {
      LOG.error(
          "{}: listing failed ({}); archived as failed at {}",
          config.id(),
          result.error(),
          location.uri());
    }
    return new ScrapeOutcome(location, true, result.isComplete(), result.found().size());
  }

  /**
   * Checks the adoption pages a liveness message names and sends the outcomes to standardization.
   * Pages not reached before the soft deadline are reported as not checked.
   *
   * @throws IllegalArgumentException when the organization has no config
   */
  public List<LivenessCheck> checkLiveness(ScrapeRequest request, Duration budget) {
    OrganizationConfig config = config(request);
    List<LivenessCheck> checks;
    try (OrganizationScraper scraper =
        scrapers.create(config, dependencies(config, request.runId(), budget))) {
      checks = scraper.checkLiveness(request.livenessCandidates());
    }
    Map<LivenessVerdict, Long> verdicts = new EnumMap<>(LivenessVerdict.class);
    checks.forEach(check -> verdicts.merge(check.verdict(), 1L, Long::sum));
    LOG.info("{}: {} adoption pages checked: {}", config.id(), checks.size(), verdicts);
    queue.send(
        StandardizeRequest.liveness(
            request.runId(), request.organizationId(), request.correlationId(), checks));
    return checks;
  }

  private OrganizationConfig config(ScrapeRequest request) {
    OrganizationConfig config = configs.get(request.organizationId());
    if (config == null) {
      throw new IllegalArgumentException(
          "unknown organization '"
              + request.organizationId()
              + "': no config with this id is bundled (known: "
              + String.join(", ", configs.keySet())
              + ")");
    }
    return config;
  }

  /** What the organization's scraper runs with: the run, the clock, logging, the soft deadline. */
  private ScraperDependencies.Builder dependencies(
      OrganizationConfig config, String runId, Duration budget) {
    return ScraperDependencies.builder()
        .runId(runId)
        .clock(clock)
        .listener(new LoggingScrapeListener(config.id()))
        .deadline(softDeadline(clock.instant(), budget));
  }

  private RawScrapeResult scrapeWithin(OrganizationConfig config, String runId, Duration budget) {
    ScraperDependencies.Builder dependencies = dependencies(config, runId, budget);
    archive.previousComplete(config.id(), runId).ifPresent(dependencies::previousRun);
    try (OrganizationScraper scraper = scrapers.create(config, dependencies)) {
      return BoundedScrape.run(scraper, runId, budget, clock);
    }
  }

  /** A fifth of the budget, at most {@link #MAX_DRAIN}, is kept for the pages in flight. */
  static Instant softDeadline(Instant start, Duration budget) {
    Duration drain = budget.dividedBy(5);
    return start.plus(budget.minus(drain.compareTo(MAX_DRAIN) > 0 ? MAX_DRAIN : drain));
  }

  private void announce(ScrapeRequest request, RawLocation location) {
    queue.send(
        StandardizeRequest.ingest(
            request.runId(),
            request.organizationId(),
            location.bucket(),
            location.key(),
            request.correlationId(),
            request.runOrganizations()));
  }
}
