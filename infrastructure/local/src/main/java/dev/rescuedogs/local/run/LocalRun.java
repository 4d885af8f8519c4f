package dev.rescuedogs.local.run;

import dev.rescuedogs.local.pipeline.LocalPipeline;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.local.stack.QueueTrigger;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraper.scrape.ScraperFactory;
import dev.rescuedogs.scraping.browser.BrowserSettings;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.standardize.images.HttpImageSource;
import dev.rescuedogs.store.images.ImageSource;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.runs.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * One weekly run on the local stack: the organizations' sites (replay copies, or the real sites),
 * the scheduled event through the real dispatch, scraper and standardize handlers and queues, the
 * progress of each organization and the summary.
 */
final class LocalRun {

  /** The EventBridge rule the scheduled event names, as in the deployed stack. */
  static final String RULE_ARN =
      "arn:aws:events:us-east-1:000000000000:rule/rescue-dogs-weekly-run";

  /**
   * Pacing against a replay copy on loopback: the sites' own delays protect real servers, and would
   * only make the local run slow.
   */
  private static final double REPLAY_DELAY_SECONDS = 0.05;

  private static final int REPLAY_TIMEOUT_SECONDS = 10;

  /**
   * Only the loopback replay servers resolve: photos on the real sites' hosts are never fetched.
   */
  private static final String LOOPBACK_ONLY =
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";

  /**
   * What the run did.
   *
   * @param runSummary the stored run summary, as the info topic receives it; null when the run did
   *     not finish (no organization ran)
   */
  record Result(
      String runId,
      List<SummaryTable.Row> rows,
      int deadLetters,
      Duration took,
      boolean live,
      RunSummary runSummary) {

    boolean succeeded() {
      return !rows.isEmpty()
          && deadLetters == 0
          && rows.stream().allMatch(SummaryTable.Row::succeeded);
    }
  }

  private final PrintWriter out;
  private final Clock clock;

  LocalRun(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /**
   * Runs the enabled organizations among {@code configs} (or only those named).
   *
   * @param replayCopies the replay copies' folder, or null for those bundled with the tool; ignored
   *     when {@code live}
   * @param only organization ids to run (each must be enabled), or empty for the scheduled event
   */
  Result run(
      LocalStack stack,
      DataSource database,
      List<OrganizationConfig> configs,
      boolean live,
      Path replayCopies,
      List<String> only) {
    Instant started = clock.instant();
    List<OrganizationConfig> selected = select(configs, only);
    String userAgent = FetchSettings.userAgentFrom(System.getenv());
    ChromiumBrowserFactory chromium = chromium(userAgent, live);
    try (ReplaySites sites = live ? null : ReplaySites.start(selected, replayCopies)) {
      List<OrganizationConfig> running = runnable(selected, sites, chromium);
      out.println(
          "Sites: "
              + (sites == null
                  ? "the real sites (--live)"
                  : "replay copies (" + sites.describe() + ") on loopback ports")
              + "; "
              + running.size()
              + " organizations to run");
      out.flush();

      if (running.isEmpty()) {
        return new Result(
            "-", List.of(), 0, Duration.between(started, clock.instant()), live, null);
      }
      RunProgress progress = new RunProgress(out);
      RunResults results = new RunResults(progress);
      LocalPipeline pipeline =
          new LocalPipeline(
              stack,
              database,
              running,
              scrapers(sites, chromium, userAgent, progress),
              images(sites, userAgent),
              results,
              UnaryOperator.identity(),
              clock);
      List<String> runningIds = running.stream().map(OrganizationConfig::id).toList();
      Map<String, Object> event =
          only.isEmpty() ? scheduledEvent() : Map.of("organizations", runningIds);
      out.println(
          only.isEmpty()
              ? "Firing the weekly schedule (" + event.get("time") + ")..."
              : "Dispatching " + String.join(", ", runningIds) + "...");
      out.flush();
      LocalPipeline.RunSummary summary = pipeline.run(event);

      List<SummaryTable.Row> rows = new ArrayList<>();
      for (Object organization : (List<?>) summary.dispatched().get("organizations")) {
        String id = String.valueOf(organization);
        rows.add(
            SummaryTable.row(id, results.ingested(id), results.images(id), progress.scraped(id)));
      }
      rows.sort(Comparator.comparing(SummaryTable.Row::organization));
      String runId = String.valueOf(summary.dispatched().get("run_id"));
      return new Result(
          runId,
          rows,
          deadLetters(stack),
          Duration.between(started, clock.instant()),
          live,
          new RunSummaries(database, clock).find(runId).orElse(null));
    }
  }

  /**
   * The organizations that can run here, each paced for its replay copy; the others are left out
   * with a line saying why.
   */
  private List<OrganizationConfig> runnable(
      List<OrganizationConfig> selected, ReplaySites sites, ChromiumBrowserFactory chromium) {
    List<OrganizationConfig> running = new ArrayList<>();
    for (OrganizationConfig config : selected) {
      if (sites != null && sites.withoutCopy().contains(config.id())) {
        out.printf(
            "[%s] left out: no replay copy of its site (add one, or run --live)%n", config.id());
      } else if (config.scraper().technology() == Technology.BROWSER && !chromium.isAvailable()) {
        out.printf(
            "[%s] left out: its site needs a browser, and there is no Chromium at %s or no"
                + " chromedriver at %s (install the Debian packages chromium and"
                + " chromium-driver, or set CHROME_BIN and CHROMEDRIVER)%n",
            config.id(), chromium.settings().chromeBinary(), chromium.settings().chromedriver());
      } else {
        running.add(sites == null ? config : replayPaced(config));
      }
    }
    return running;
  }

  /** Messages left on the dead-letter queues: a function failed on them three times. */
  private static int deadLetters(LocalStack stack) {
    return QueueTrigger.peek(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE + "-dlq")).size()
        + QueueTrigger.peek(stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE + "-dlq"))
            .size();
  }

  /** Every enabled organization, or those named (which must exist and be enabled). */
  static List<OrganizationConfig> select(List<OrganizationConfig> configs, List<String> only) {
    Map<String, OrganizationConfig> byId = new LinkedHashMap<>();
    configs.forEach(config -> byId.put(config.id(), config));
    if (only.isEmpty()) {
      return configs.stream().filter(OrganizationConfig::enabled).toList();
    }
    List<OrganizationConfig> selected = new ArrayList<>();
    for (String id : only) {
      OrganizationConfig config = byId.get(id);
      if (config == null) {
        throw new IllegalArgumentException(
            "unknown organization '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
      }
      if (!config.enabled()) {
        throw new IllegalArgumentException("organization '" + id + "' is disabled in its config");
      }
      selected.add(config);
    }
    return selected;
  }

  /** The event EventBridge sends when the weekly rule fires now. */
  private Map<String, Object> scheduledEvent() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "0");
    event.put("id", UUID.randomUUID().toString());
    event.put("detail-type", "Scheduled Event");
    event.put("source", "aws.events");
    event.put("account", "000000000000");
    event.put("time", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", "us-east-1");
    event.put("resources", List.of(RULE_ARN));
    event.put("detail", Map.of());
    return event;
  }

  private static ScraperFactory scrapers(
      ReplaySites sites, ChromiumBrowserFactory chromium, String userAgent, RunProgress progress) {
    return (config, dependencies) -> {
      dependencies
          .userAgent(userAgent)
          .browserFactory(chromium)
          .listener(progress.listener(config.id()));
      if (sites != null) {
        dependencies.siteCopy(sites.baseUri(config.id()).orElseThrow());
      }
      return Scrapers.create(config, dependencies.build());
    };
  }

  /**
   * Images from the real sites when live; from the replay copies otherwise, and nothing from any
   * other host (a replay run must not reach the internet).
   */
  private static ImageSource images(ReplaySites sites, String userAgent) {
    if (sites == null) {
      return new HttpImageSource(userAgent, false);
    }
    HttpImageSource loopback = new HttpImageSource(userAgent, true);
    return (url, maxBytes) -> {
      Optional<URI> copy = sites.onCopy(url);
      if (copy.isEmpty()) {
        throw new IOException(
            "not fetched: "
                + url.getHost()
                + " is not a replayed site (run --live for real images)");
      }
      return loopback.download(copy.get(), maxBytes);
    };
  }

  /** Headless Chromium from CHROME_BIN / CHROMEDRIVER / CHROME_EXTRA_ARGS. */
  private static ChromiumBrowserFactory chromium(String userAgent, boolean live) {
    BrowserSettings environment = BrowserSettings.fromEnvironment(System.getenv(), userAgent);
    if (live) {
      return new ChromiumBrowserFactory(environment);
    }
    // A copy on loopback answers at once: short waits keep a page that never settles from
    // stalling the run.
    List<String> arguments = new ArrayList<>(environment.extraArguments());
    arguments.add(LOOPBACK_ONLY);
    return new ChromiumBrowserFactory(
        new BrowserSettings(
            environment.chromeBinary(),
            environment.chromedriver(),
            environment.tempRoot(),
            environment.pageLoadTimeout(),
            Duration.ofSeconds(4),
            Duration.ofMillis(1500),
            environment.userAgentProduct(),
            arguments));
  }

  /** The config with loopback pacing: a short delay, a short timeout, one retry. */
  static OrganizationConfig replayPaced(OrganizationConfig config) {
    ScraperSettings scraper = config.scraper();
    return new OrganizationConfig(
        config.id(),
        config.name(),
        config.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            new Politeness(
                REPLAY_DELAY_SECONDS,
                Math.min(1, scraper.politeness().maxRetries()),
                REPLAY_TIMEOUT_SECONDS,
                scraper.politeness().concurrency())),
        config.website(),
        config.description(),
        config.country(),
        config.city(),
        config.locations(),
        config.serviceRegions(),
        config.shipsTo(),
        config.social(),
        config.adoptionFee(),
        config.establishedYear(),
        config.logoUrl());
  }
}
