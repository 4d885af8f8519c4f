package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.scraping.browser.BrowserFactory;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a scraper works with. Everything has a default: a fetcher built from the organization's
 * politeness settings, headless Chromium from {@code CHROME_BIN}/{@code CHROMEDRIVER} (started only
 * if the scraper needs it), the UTC system clock, a listener that ignores events, no previous run
 * (no conditional GETs), a random run id and no deadline.
 */
public final class ScraperDependencies {

  private final HttpFetcher fetcher;
  private final URI siteCopy;
  private final String userAgent;
  private final BrowserFactory browserFactory;
  private final Clock clock;
  private final ScrapeListener listener;
  private final RawScrapeResult previousRun;
  private final String runId;
  private final Instant deadline;

  private ScraperDependencies(Builder builder) {
    if (builder.fetcher != null && builder.siteCopy != null) {
      throw new IllegalArgumentException(
          "give either a fetcher or a site copy URL: a given fetcher carries its own mapping");
    }
    this.fetcher = builder.fetcher;
    this.siteCopy = builder.siteCopy;
    this.userAgent = builder.userAgent;
    this.browserFactory = builder.browserFactory;
    this.clock = builder.clock;
    this.listener = builder.listener;
    this.previousRun = builder.previousRun;
    this.runId = builder.runId;
    this.deadline = builder.deadline;
  }

  public static ScraperDependencies defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The injected fetcher, or null when the scraper builds (and owns) its own. */
  HttpFetcher fetcher() {
    return fetcher;
  }

  /** Where a copy of the site is served instead of the site itself, or null. */
  URI siteCopy() {
    return siteCopy;
  }

  String userAgent() {
    return userAgent;
  }

  /** The injected browser factory, or null for Chromium from the environment. */
  BrowserFactory browserFactory() {
    return browserFactory;
  }

  Clock clock() {
    return clock;
  }

  ScrapeListener listener() {
    return listener;
  }

  RawScrapeResult previousRun() {
    return previousRun;
  }

  String runId() {
    return runId;
  }

  /** When the scrape must stop starting new work, or null for no limit. */
  Instant deadline() {
    return deadline;
  }

  /** Sets the collaborators one by one. */
  public static final class Builder {
    private HttpFetcher fetcher;
    private URI siteCopy;
    private String userAgent = FetchSettings.userAgentFrom(System.getenv());
    private BrowserFactory browserFactory;
    private Clock clock = Clock.systemUTC();
    private ScrapeListener listener = ScrapeListener.NONE;
    private RawScrapeResult previousRun;
    private String runId = UUID.randomUUID().toString();
    private Instant deadline;

    private Builder() {}

    /** A fetcher the caller owns (and closes); its settings and mapping are used as they are. */
    public Builder fetcher(HttpFetcher value) {
      fetcher = value;
      return this;
    }

    /**
     * Serve the site from a copy: requests for the site's origins go to this origin instead ({@code
     * --base-url}); parsed URLs stay the site's.
     */
    public Builder siteCopy(URI value) {
      siteCopy = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = Objects.requireNonNull(value, "userAgent");
      return this;
    }

    public Builder browserFactory(BrowserFactory value) {
      browserFactory = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    public Builder listener(ScrapeListener value) {
      listener = value == null ? ScrapeListener.NONE : value;
      return this;
    }

    /**
     * The organization's previous raw result: its validators make detail-page fetches conditional
     * when it was written by the same parser version.
     */
    public Builder previousRun(RawScrapeResult value) {
      previousRun = value;
      return this;
    }

    public Builder runId(String value) {
      runId = Objects.requireNonNull(value, "runId");
      return this;
    }

    /**
     * When the scrape must stop starting new work (by the scrape's clock). A listing not read by
     * then fails; detail pages not yet started are skipped as {@code time_budget} failures, so the
     * dogs found stay recorded as seen and the result is still complete.
     */
    public Builder deadline(Instant value) {
      deadline = value;
      return this;
    }

    public ScraperDependencies build() {
      return new ScraperDependencies(this);
    }
  }
}
