package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.rawresult.Validator;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.browser.BrowserFactory;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.fetch.FetchException;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.fetch.OriginMapping;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.liveness.LivenessChecker;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.WebDriverException;

/**
 * The template every organization's scraper extends. {@link #scrape()} runs the same steps for all:
 *
 * <ol>
 *   <li><b>Listing.</b> {@link #collectListing} walks every listing page (by default: each
 *       configured listing URL, following {@link ListingPage#nextPage()}), parsing each with {@link
 *       #parseListingPage}. Every dog found is recorded with its badge, adopted and reserved ones
 *       too. If the browser session dies, the whole listing starts again in a fresh browser, up to
 *       {@value #MAX_BROWSER_RESTARTS} times.
 *   <li><b>Refusal.</b> A listing that fails or is provably incomplete (see {@link ListingSession})
 *       ends the scrape as {@code listing_failed}: no dogs, no found ids — never "0 dogs".
 *   <li><b>Details.</b> Each listed dog {@link #shouldRead wanted} and having a detail page is
 *       loaded ({@link #loadDetailPage}, bounded by the organization's concurrency, paced per host)
 *       and parsed ({@link #parseDetailPage}). A failure skips that dog and is recorded with its
 *       error.
 *   <li><b>Fields.</b> Detail fields win over card fields; the id is always the listing's; the most
 *       restrictive status of card and page wins (a reserved badge is never lost); image URLs are
 *       made absolute, de-duplicated, placeholders and data URIs dropped.
 *   <li><b>Result.</b> One {@link RawScrapeResult}.
 * </ol>
 *
 * <p>A subclass implements {@link #parseListingPage} and usually {@link #parseDetailPage}, and
 * overrides {@link #collectListing} when its listing is not a chain of linked pages (JavaScript
 * pagination, REST API, several sections) and {@link #loadDetailPage} when its detail pages need a
 * browser. The parse methods are pure, so the {@code parse-page} tool can run them on saved pages.
 *
 * <p>A scraper runs once; close it afterwards (it closes its browser and, if it built it, its
 * fetcher).
 */
public abstract class OrganizationScraper implements AutoCloseable {
  private static final StatusStandardizer STATUS = new StatusStandardizer();

  /** Fresh-browser restarts of the whole listing after the browser session died. */
  public static final int MAX_BROWSER_RESTARTS = 3;

  /** Pages one listing URL may have before the pagination is deemed runaway. */
  public static final int DEFAULT_MAX_LISTING_PAGES = 100;

  private final OrganizationConfig organization;
  private final HttpFetcher fetcher;
  private final boolean ownsFetcher;
  private final BrowserFactory browserFactory;
  private final Clock clock;
  private final ScrapeListener listener;
  private final RawScrapeResult previousRun;
  private final String runId;
  private final Instant deadline;
  private final Object browserLock = new Object();
  private final AtomicBoolean started = new AtomicBoolean();
  private Browser browser;

  /** A scraper with every collaborator at its default. */
  protected OrganizationScraper(OrganizationConfig organization) {
    this(organization, ScraperDependencies.defaults());
  }

  protected OrganizationScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    this.organization = Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(dependencies, "dependencies");
    if (dependencies.fetcher() != null) {
      this.fetcher = dependencies.fetcher();
      this.ownsFetcher = false;
    } else {
      OriginMapping mapping =
          dependencies.siteCopy() == null
              ? OriginMapping.identity()
              : OriginMapping.toCopy(siteUrls(organization), dependencies.siteCopy());
      this.fetcher =
          new HttpFetcher(
              FetchSettings.forOrganization(
                  organization.scraper().politeness(), dependencies.userAgent()),
              mapping);
      this.ownsFetcher = true;
    }
    this.browserFactory =
        dependencies.browserFactory() != null
            ? dependencies.browserFactory()
            : ChromiumBrowserFactory.fromEnvironment(dependencies.userAgent());
    this.clock = dependencies.clock();
    this.listener = dependencies.listener();
    this.previousRun = dependencies.previousRun();
    this.runId = dependencies.runId();
    this.deadline = dependencies.deadline();
  }

  // ---------------------------------------------------------------- what a scraper implements

  /**
   * Parses one listing page: its dogs (id, name, badge, detail URL, whatever the card says), the
   * next page's URL and the announced page total. Must not do I/O.
   */
  public abstract ListingPage parseListingPage(Page page);

  /**
   * Parses one dog's detail page into raw fields; the external id should come from the page's URL
   * so the page can be parsed on its own. Must not do I/O. Scrapers whose listing carries every dog
   * in full (no detail pages) do not override it.
   *
   * @throws UnsupportedOperationException when the organization has no detail pages
   */
  public RawDog parseDetailPage(Page page) {
    throw new UnsupportedOperationException(
        organization.id() + " has no detail pages: its listing carries every dog in full");
  }

  /**
   * Reads the whole listing into the session. The default follows linked pages from every
   * configured listing URL. Override for JavaScript pagination ({@link
   * ListingSession#followBrowserPages}), REST APIs or sections; throw {@link
   * ListingFailedException} for anything that shows the listing is incomplete.
   */
  protected void collectListing(ListingSession listing) {
    for (URI url : listingUrls()) {
      listing.followPages(url);
    }
  }

  /** Loads a dog's detail page. The default fetches it over HTTP (conditionally). */
  protected Page loadDetailPage(ListedDog dog, PageLoader loader) {
    return loader.fetch(dog.detailUrl());
  }

  /** Whether a listed dog's full data is wanted. The default skips adopted dogs. */
  protected boolean shouldRead(ListedDog dog) {
    return dog.status() != DogStatus.ADOPTED;
  }

  /**
   * The parser's version. Change it whenever parsing changes: validators recorded by another
   * version are not reused, so every detail page is read again with the new parser.
   */
  public String parserVersion() {
    return "1";
  }

  /** Listing pages one start URL may have before the pagination is deemed runaway. */
  protected int maxListingPages() {
    return DEFAULT_MAX_LISTING_PAGES;
  }

  /** The listing URLs from the organization's config. */
  protected List<URI> listingUrls() {
    return organization.scraper().listingUrls();
  }

  // ---------------------------------------------------------------- what a scraper may use

  public final OrganizationConfig organization() {
    return organization;
  }

  /** The scrape's fetcher (robots.txt, pacing, retries, statistics). */
  protected final HttpFetcher fetcher() {
    return fetcher;
  }

  /** The scrape's browser, started on first use; one per scrape. */
  protected final Browser browser() {
    synchronized (browserLock) {
      if (browser == null) {
        browser = browserFactory.open(fetcher.navigationGuard());
      }
      return browser;
    }
  }

  protected final Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- the template

  /**
   * Scrapes the organization once.
   *
   * @return the raw result; {@link RawScrapeResult#isComplete()} is false when the listing failed
   * @throws IllegalStateException when called a second time
   */
  public final RawScrapeResult scrape() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a scraper runs once; create a new one for the next run");
    }
    Instant startedAt = clock.instant();
    try {
      CollectedListing listing;
      try {
        listing = collectListingWithRestarts();
      } catch (ListingAttemptFailed failure) {
        RawScrapeResult failed =
            new RawScrapeResult(
                RawScrapeResult.SCHEMA_VERSION,
                organization.id(),
                runId,
                parserVersion(),
                startedAt,
                clock.instant(),
                Outcome.LISTING_FAILED,
                describe(failure.getCause()),
                failure.completeness,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                fetcher.statistics(),
                Map.of());
        listener.scrapeFinished(failed);
        return failed;
      }
      DetailResults details = readDetails(listing.dogs());
      RawScrapeResult result =
          new RawScrapeResult(
              RawScrapeResult.SCHEMA_VERSION,
              organization.id(),
              runId,
              parserVersion(),
              startedAt,
              clock.instant(),
              Outcome.COMPLETE,
              null,
              listing.completeness(),
              listing.dogs().stream().map(ListedDog::toFound).toList(),
              details.dogs,
              details.unchanged,
              details.failures,
              fetcher.statistics(),
              details.validators);
      listener.scrapeFinished(result);
      return result;
    } finally {
      discardBrowser();
    }
  }

  /**
   * Checks the own adoption pages of dogs missing from the listing (see {@link LivenessChecker}).
   * It goes through this scraper's fetcher, so the site copy, robots.txt, pacing and User-Agent of
   * the scrape apply, and stops starting checks at the scrape's deadline. Needs no browser: a
   * page's status markers are in its HTML.
   *
   * @return one check per candidate, in the candidates' order
   */
  public final List<LivenessCheck> checkLiveness(List<LivenessCandidate> candidates) {
    return new LivenessChecker(fetcher, listingUrls(), clock).check(candidates, deadline);
  }

  private CollectedListing collectListingWithRestarts() throws ListingAttemptFailed {
    int restarts = 0;
    while (true) {
      ListingSession session = new ListingSession(this, listener);
      try {
        collectListing(session);
        List<ListedDog> dogs = session.dogs();
        if (dogs.isEmpty()) {
          throw new ListingFailedException(
              "the listing of " + organization.id() + " found no dogs");
        }
        listener.listingComplete(
            dogs.size(),
            (int) dogs.stream().filter(dog -> dog.hasDetailPage() && shouldRead(dog)).count());
        return new CollectedListing(
            dogs, new ListingCompleteness(session.pagesExpected(), session.pagesSeen(), restarts));
      } catch (RuntimeException e) {
        if (Browser.isSessionLost(e) && restarts < MAX_BROWSER_RESTARTS) {
          // Never salvage the pages read so far: start the whole listing again.
          restarts++;
          discardBrowser();
          listener.browserRestarted(restarts, e);
          continue;
        }
        throw new ListingAttemptFailed(
            e, new ListingCompleteness(session.pagesExpected(), session.pagesSeen(), restarts));
      }
    }
  }

  private DetailResults readDetails(List<ListedDog> listed) {
    Map<String, Validator> previousValidators = trustedPreviousValidators();
    PageLoader loader = new PageLoader(this, previousValidators);
    List<ListedDog> toLoad = new ArrayList<>();
    List<RawDog> dogs = new ArrayList<>();
    for (ListedDog dog : listed) {
      if (!shouldRead(dog)) {
        continue;
      }
      if (dog.hasDetailPage()) {
        toLoad.add(dog);
      } else {
        dogs.add(merge(dog, null, null));
      }
    }
    int threads =
        Math.max(1, Math.min(organization.scraper().politeness().concurrency(), toLoad.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, organization.id() + "-details");
              thread.setDaemon(true);
              return thread;
            });
    AtomicInteger done = new AtomicInteger();
    List<Future<DetailOutcome>> futures = new ArrayList<>();
    try {
      for (ListedDog dog : toLoad) {
        futures.add(pool.submit(() -> readDetail(dog, loader, done, toLoad.size())));
      }
      List<String> unchanged = new ArrayList<>();
      List<DetailFailure> failures = new ArrayList<>();
      Set<String> readUrls = new HashSet<>();
      for (Future<DetailOutcome> future : futures) {
        DetailOutcome outcome = future.get();
        if (outcome.dog != null) {
          dogs.add(outcome.dog);
          readUrls.add(outcome.url);
        } else if (outcome.unchangedId != null) {
          unchanged.add(outcome.unchangedId);
          readUrls.add(outcome.url);
        } else {
          failures.add(outcome.failure);
        }
      }
      Map<String, Validator> validators = new TreeMap<>();
      fetcher
          .validators()
          .forEach(
              (url, validator) -> {
                if (readUrls.contains(url)) {
                  validators.put(url, validator);
                }
              });
      return new DetailResults(dogs, unchanged, failures, validators);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading detail pages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a detail task failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** True once the scrape's deadline has passed: no new page may be started. */
  final boolean pastDeadline() {
    return deadline != null && !clock.instant().isBefore(deadline);
  }

  private DetailOutcome readDetail(
      ListedDog dog, PageLoader loader, AtomicInteger done, int total) {
    String url = dog.detailUrl().toString();
    DetailOutcome outcome;
    if (pastDeadline()) {
      outcome =
          DetailOutcome.failed(
              new DetailFailure(
                  dog.externalId(),
                  url,
                  "time_budget",
                  null,
                  "not read: the scrape's time budget ran out at " + deadline));
      listener.detailPageFailed(outcome.failure, done.incrementAndGet(), total);
      return outcome;
    }
    try {
      Page page = loadDetailPage(dog, loader);
      if (page.notModified()) {
        outcome = DetailOutcome.unchanged(dog.externalId(), url);
      } else {
        outcome = DetailOutcome.read(merge(dog, parseDetailPage(page), page.url()), url);
      }
    } catch (FetchException e) {
      outcome =
          DetailOutcome.failed(
              new DetailFailure(
                  dog.externalId(),
                  url,
                  e.reason().wireName(),
                  e.statusCode() == 0 ? null : e.statusCode(),
                  e.getMessage()));
    } catch (WebDriverException e) {
      outcome =
          DetailOutcome.failed(
              new DetailFailure(dog.externalId(), url, "browser", null, firstLine(e.getMessage())));
    } catch (RuntimeException e) {
      outcome =
          DetailOutcome.failed(
              new DetailFailure(dog.externalId(), url, "parse_error", null, e.toString()));
    }
    int count = done.incrementAndGet();
    if (outcome.failure != null) {
      listener.detailPageFailed(outcome.failure, count, total);
    } else {
      listener.detailPageRead(dog.externalId(), count, total);
    }
    return outcome;
  }

  /** Card and page combined: page fields win, the listing's id stays, the stricter status wins. */
  static RawDog merge(ListedDog listed, RawDog page, URI pageUrl) {
    RawDog card = listed.listingData();
    RawDog.Builder merged = RawDog.builder().externalId(listed.externalId());
    merged.name(
        first(page == null ? null : page.name(), listed.name(), card == null ? null : card.name()));
    merged.adoptionUrl(
        first(
            page == null ? null : page.adoptionUrl(),
            listed.adoptionUrl(),
            pageUrl == null ? null : pageUrl.toString()));
    DogStatus status = listed.status();
    if (card != null) {
      status = stricter(status, STATUS.statusOf(card.status()));
    }
    if (page != null) {
      status = stricter(status, STATUS.statusOf(page.status()));
    }
    merged.status(status.wireValue());
    merged.breed(first(page == null ? null : page.breed(), card == null ? null : card.breed()));
    merged.ageText(
        first(page == null ? null : page.ageText(), card == null ? null : card.ageText()));
    merged.sex(first(page == null ? null : page.sex(), card == null ? null : card.sex()));
    merged.size(first(page == null ? null : page.size(), card == null ? null : card.size()));
    merged.weight(first(page == null ? null : page.weight(), card == null ? null : card.weight()));
    merged.height(first(page == null ? null : page.height(), card == null ? null : card.height()));
    merged.location(
        first(page == null ? null : page.location(), card == null ? null : card.location()));
    merged.description(
        first(page == null ? null : page.description(), card == null ? null : card.description()));
    List<String> images = new ArrayList<>();
    if (page != null) {
      images.addAll(page.imageUrls());
    }
    if (card != null) {
      images.addAll(card.imageUrls());
    }
    URI base = pageUrl != null ? pageUrl : baseOf(listed);
    merged.imageUrls(ImageUrls.normalize(base, images));
    Map<String, String> properties = new LinkedHashMap<>();
    if (card != null) {
      properties.putAll(card.properties());
    }
    if (page != null) {
      properties.putAll(page.properties());
    }
    merged.properties(properties);
    return merged.build();
  }

  /**
   * Adopted beats reserved beats available beats unknown: a restriction seen anywhere holds. A null
   * {@code b} (a text that names no status) changes nothing.
   */
  protected static DogStatus stricter(DogStatus a, DogStatus b) {
    if (b == null) {
      return a;
    }
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(DogStatus status) {
    return switch (status) {
      case ADOPTED -> 3;
      case RESERVED -> 2;
      case AVAILABLE -> 1;
      default -> 0;
    };
  }

  private static URI baseOf(ListedDog dog) {
    try {
      return dog.adoptionUrl() == null ? null : URI.create(dog.adoptionUrl());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private Map<String, Validator> trustedPreviousValidators() {
    if (previousRun == null
        || !previousRun.organizationId().equals(organization.id())
        || !Objects.equals(previousRun.parserVersion(), parserVersion())) {
      return Map.of();
    }
    return previousRun.validators();
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ListingFailedException || failure instanceof FetchException) {
      return failure.getMessage();
    }
    if (failure instanceof WebDriverException) {
      return "browser: " + firstLine(failure.getMessage());
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }

  private static List<URI> siteUrls(OrganizationConfig organization) {
    List<URI> urls = new ArrayList<>();
    if (organization.website() != null) {
      urls.add(organization.website());
    }
    urls.addAll(organization.scraper().listingUrls());
    return urls;
  }

  Object browserLock() {
    return browserLock;
  }

  /** Closes the current browser, if any; the next {@link #browser()} starts a fresh one. */
  void discardBrowser() {
    synchronized (browserLock) {
      if (browser != null) {
        try {
          browser.close();
        } finally {
          browser = null;
        }
      }
    }
  }

  @Override
  public void close() {
    discardBrowser();
    if (ownsFetcher) {
      fetcher.close();
    }
  }

  // ---------------------------------------------------------------- internal values

  private record CollectedListing(List<ListedDog> dogs, ListingCompleteness completeness) {}

  private static final class ListingAttemptFailed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ListingCompleteness completeness;

    ListingAttemptFailed(Throwable cause, ListingCompleteness completeness) {
      super(cause);
      this.completeness = completeness;
    }
  }

  private record DetailResults(
      List<RawDog> dogs,
      List<String> unchanged,
      List<DetailFailure> failures,
      Map<String, Validator> validators) {}

  private static final class DetailOutcome {
    final RawDog dog;
    final String unchangedId;
    final DetailFailure failure;
    final String url;

    private DetailOutcome(RawDog dog, String unchangedId, DetailFailure failure, String url) {
      this.dog = dog;
      this.unchangedId = unchangedId;
      this.failure = failure;
      this.url = url;
    }

    static DetailOutcome read(RawDog dog, String url) {
      return new DetailOutcome(dog, null, null, url);
    }

    static DetailOutcome unchanged(String externalId, String url) {
      return new DetailOutcome(null, externalId, null, url);
    }

    static DetailOutcome failed(DetailFailure failure) {
      return new DetailOutcome(null, null, failure, failure.url());
    }
  }
}
