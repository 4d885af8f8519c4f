package dev.rescuedogs.scraping.fetch;

import dev.rescuedogs.core.rawresult.FetchStatistics;
import dev.rescuedogs.core.rawresult.Validator;
import dev.rescuedogs.scraping.fetch.FetchException.Reason;
import dev.rescuedogs.scraping.robots.RobotsRules;
import dev.rescuedogs.scraping.robots.RobotsTxtParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * The one HTTP client every scraper uses; one instance per scrape run.
 *
 * <ul>
 *   <li>sends an honest {@code User-Agent};
 *   <li>reads each host's robots.txt once per run (RFC 9309: 4xx allows everything, 5xx, 429 or no
 *       answer forbids everything) and refuses disallowed URLs with {@link
 *       Reason#ROBOTS_DISALLOWED} without requesting them;
 *   <li>keeps one request in flight per host and at least {@link FetchSettings#delay()} (or the
 *       host's larger {@code Crawl-delay}) between the end of one request and the start of the
 *       next;
 *   <li>retries connect errors, timeouts, 408, 429 and 5xx with exponential back-off and jitter,
 *       waiting at least what {@code Retry-After} asks; other 4xx fail at once;
 *   <li>caps body size, follows redirects itself (each hop obeys robots.txt and pacing), decodes
 *       gzip and detects the charset ({@link CharsetDetection});
 *   <li>sends {@code If-None-Match}/{@code If-Modified-Since} when given a previous run's {@link
 *       Validator} and reports {@code 304} as {@link Page#notModified()};
 *   <li>counts what it did ({@link #statistics()}) and remembers the validators it saw ({@link
 *       #validators()}).
 * </ul>
 *
 * <p>Thread-safe: detail pages may be fetched from several threads; requests to one host queue up.
 */
public final class HttpFetcher implements AutoCloseable {

  /** RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt; the rest is ignored. */
  static final long ROBOTS_MAX_BYTES = 500L * 1024;

  private static final int ROBOTS_MAX_REDIRECTS = 5;
  private static final String DEFAULT_ACCEPT =
      "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8";

  private final FetchSettings settings;
  private final OriginMapping mapping;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final ExecutorService clientExecutor;
  private final HttpClient client;
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
  private final Map<String, Validator> validators = new ConcurrentHashMap<>();
  private final Counters counters = new Counters();

  /** A fetcher for the real sites, on the system clock. */
  public HttpFetcher(FetchSettings settings) {
    this(settings, OriginMapping.identity());
  }

  /** A fetcher whose requests for a site may go to a local copy of it. */
  public HttpFetcher(FetchSettings settings, OriginMapping mapping) {
    this(settings, mapping, Clock.systemUTC(), Sleeper.SYSTEM, new SplittableRandom()::nextDouble);
  }

  /**
   * @param clock measures delays and reads {@code Retry-After} dates
   * @param sleeper performs the waits
   * @param jitter uniform values in [0, 1) that spread back-off waits
   */
  public HttpFetcher(
      FetchSettings settings,
      OriginMapping mapping,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.settings = settings;
    this.mapping = mapping;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.clientExecutor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "http-fetcher");
              thread.setDaemon(true);
              return thread;
            });
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .executor(clientExecutor)
            .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  public OriginMapping mapping() {
    return mapping;
  }

  /** Fetches a URL; see {@link #fetch(FetchRequest)}. */
  public Page fetch(URI url) {
    return fetch(FetchRequest.get(url));
  }

  /**
   * Fetches a URL politely.
   *
   * @return the page (2xx), or a {@link Page#notModified()} page when a validator was given and the
   *     server answered 304
   * @throws FetchException when robots.txt forbids it or it fails after the allowed retries
   */
  public Page fetch(FetchRequest request) {
    FetchRequest current = request.withUrl(checkUrl(request.url()));
    try {
      for (int hop = 0; ; hop++) {
        FetchRequest hopRequest = current;
        HostGate gate = gate(hopRequest.url());
        HopResult result =
            exclusively(gate, hopRequest.url(), () -> fetchFromHost(gate, hopRequest));
        if (result.page() != null) {
          return result.page();
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchException(
              request.url(),
              Reason.BAD_REDIRECT,
              result.status(),
              1,
              "more than " + settings.maxRedirects() + " redirects from " + request.url(),
              null);
        }
        current = current.withUrl(result.redirectTo());
      }
    } catch (FetchException e) {
      if (e.reason() != Reason.ROBOTS_DISALLOWED) {
        counters.failures.incrementAndGet();
      }
      throw e;
    }
  }

  /** Whether robots.txt lets us fetch a URL; reads the host's robots.txt on first use. */
  public boolean isAllowed(URI url) {
    URI checked = checkUrl(url);
    HostGate gate = gate(checked);
    return exclusively(gate, checked, () -> robots(gate, checked).isAllowed(pathAndQuery(checked)));
  }

  /** The robots.txt rules for a URL's host; reads them on first use. */
  public RobotsRules robotsRules(URI url) {
    URI checked = checkUrl(url);
    HostGate gate = gate(checked);
    return exclusively(gate, checked, () -> robots(gate, checked));
  }

  /** Makes browser navigations obey the same robots.txt rules, pacing and copy mapping. */
  public NavigationGuard navigationGuard() {
    return new NavigationGuard() {
      @Override
      public <T> T navigate(URI url, Function<URI, T> navigation) {
        URI checked = checkUrl(url);
        HostGate gate = gate(checked);
        return exclusively(
            gate,
            checked,
            () -> {
              requireAllowed(gate, checked);
              pace(gate, checked);
              counters.browserNavigations.incrementAndGet();
              try {
                return navigation.apply(mapping.toRequested(checked));
              } finally {
                gate.lastRequestEnd = clock.instant();
              }
            });
      }

      @Override
      public URI toSiteUrl(URI requestedUrl) {
        return mapping.toSite(requestedUrl);
      }
    };
  }

  /** What this fetcher has done so far. */
  public FetchStatistics statistics() {
    return counters.snapshot();
  }

  /** ETag/Last-Modified per URL (as the site publishes it) for the pages fetched so far. */
  public Map<String, Validator> validators() {
    return Map.copyOf(validators);
  }

  @Override
  public void close() {
    clientExecutor.shutdownNow();
  }

  private HopResult fetchFromHost(HostGate gate, FetchRequest request) {
    URI url = request.url();
    requireAllowed(gate, url);
    Response response = exchange(gate, request, settings.maxBodyBytes(), false);
    int status = response.status();
    if (status == 304 && request.validator() != null) {
      counters.notModified.incrementAndGet();
      validators.put(url.toString(), request.validator());
      return HopResult.page(Page.notModified(url, response.headers()), status);
    }
    if (status >= 200 && status < 300) {
      Page page = Page.received(url, status, response.headers(), response.body());
      if (!page.validator().isEmpty()) {
        validators.put(url.toString(), page.validator());
      }
      return HopResult.page(page, status);
    }
    if (isRedirect(status)) {
      return HopResult.redirect(redirectTarget(url, response), status);
    }
    throw new FetchException(
        url,
        Reason.HTTP_STATUS,
        status,
        response.attempts(),
        "HTTP " + status + " for " + url + response.note(),
        null);
  }

  private void requireAllowed(HostGate gate, URI url) {
    RobotsRules rules = robots(gate, url);
    if (!rules.isAllowed(pathAndQuery(url))) {
      counters.robotsDisallowed.incrementAndGet();
      throw new FetchException(
          url,
          Reason.ROBOTS_DISALLOWED,
          0,
          0,
          "robots.txt disallows " + url + " [" + rules.source() + "]",
          null);
    }
  }

  /** Sends a request, repeating it while the failure is transient and retries remain. */
  private Response exchange(HostGate gate, FetchRequest request, long cap, boolean truncate) {
    int attempt = 0;
    while (true) {
      attempt++;
      pace(gate, request.url());
      Response response;
      try {
        response = sendOnce(request, cap, truncate, attempt);
      } catch (AttemptFailed failure) {
        gate.lastRequestEnd = clock.instant();
        if (failure.retryable && attempt <= settings.maxRetries()) {
          backOff(attempt, null, request.url());
          continue;
        }
        throw new FetchException(
            request.url(),
            failure.reason,
            0,
            attempt,
            failure.getMessage() + " (" + request.url() + ", " + attempt + " attempts)",
            failure.getCause());
      }
      gate.lastRequestEnd = clock.instant();
      int status = response.status();
      if (!isRetryable(status) || attempt > settings.maxRetries()) {
        return response;
      }
      Duration retryAfter =
          parseRetryAfter(firstHeader(response.headers(), "Retry-After"), clock.instant());
      if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
        return response.withNote(
            " (Retry-After "
                + retryAfter.toSeconds()
                + " s exceeds the "
                + settings.maxRetryAfter().toSeconds()
                + " s we wait)");
      }
      backOff(attempt, retryAfter, request.url());
    }
  }

  private Response sendOnce(FetchRequest request, long cap, boolean truncate, int attempt)
      throws AttemptFailed {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(mapping.toRequested(request.url()))
            .GET()
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", DEFAULT_ACCEPT)
            .header("Accept-Encoding", "gzip");
    request.headers().forEach(builder::setHeader);
    Validator validator = request.validator();
    if (validator != null) {
      if (validator.etag() != null && !validator.etag().isBlank()) {
        builder.setHeader("If-None-Match", validator.etag());
      }
      if (validator.lastModified() != null && !validator.lastModified().isBlank()) {
        builder.setHeader("If-Modified-Since", validator.lastModified());
      }
    }
    CappedBodySubscriber body = new CappedBodySubscriber(cap, truncate);
    counters.requests.incrementAndGet();
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(builder.build(), body::forResponse);
    try {
      // The request timeout covers the headers only; this bounds the body as well.
      HttpResponse<byte[]> response =
          future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      counters
          .statusCounts
          .computeIfAbsent(response.statusCode(), s -> new AtomicLong())
          .incrementAndGet();
      byte[] decoded = decode(response, cap, truncate);
      return new Response(response.statusCode(), response.headers().map(), decoded, attempt, "");
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AttemptFailed(
          Reason.TIMEOUT,
          true,
          "no complete answer within " + settings.timeout().toMillis() + " ms",
          e);
    } catch (ExecutionException e) {
      throw classify(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(
          request.url(),
          Reason.INTERRUPTED,
          0,
          attempt,
          "interrupted while fetching " + request.url(),
          e);
    } finally {
      counters.bytes.addAndGet(body.wireBytes());
      counters.requestNanos.addAndGet(System.nanoTime() - started);
    }
  }

  private static AttemptFailed classify(Throwable cause) {
    if (cause instanceof CappedBodySubscriber.BodyTooLarge) {
      return new AttemptFailed(Reason.BODY_TOO_LARGE, false, cause.getMessage(), cause);
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new AttemptFailed(Reason.CONNECTION, true, "connect timed out", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new AttemptFailed(Reason.TIMEOUT, true, "timed out: " + cause.getMessage(), cause);
    }
    if (cause instanceof IOException) {
      return new AttemptFailed(Reason.CONNECTION, true, "connection failed: " + cause, cause);
    }
    return new AttemptFailed(Reason.CONNECTION, false, "request failed: " + cause, cause);
  }

  private static byte[] decode(HttpResponse<byte[]> response, long cap, boolean truncate)
      throws AttemptFailed {
    String encoding =
        response
            .headers()
            .firstValue("Content-Encoding")
            .orElse("")
            .strip()
            .toLowerCase(Locale.ROOT);
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      return response.body();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int read;
      while ((read = in.read(chunk)) != -1) {
        if (out.size() + (long) read > cap) {
          if (truncate) {
            out.write(chunk, 0, (int) (cap - out.size()));
            return out.toByteArray();
          }
          throw new AttemptFailed(
              Reason.BODY_TOO_LARGE,
              false,
              "decompressed body larger than " + cap + " bytes",
              null);
        }
        out.write(chunk, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new AttemptFailed(Reason.CONNECTION, true, "corrupt gzip body: " + e.getMessage(), e);
    }
  }

  /** Waits until the host's delay has passed since its last request ended. */
  private void pace(HostGate gate, URI url) {
    Instant last = gate.lastRequestEnd;
    if (last == null) {
      return;
    }
    Duration delay =
        settings.delay().compareTo(gate.crawlDelay) >= 0 ? settings.delay() : gate.crawlDelay;
    Duration remaining = Duration.between(clock.instant(), last.plus(delay));
    if (!remaining.isNegative() && !remaining.isZero()) {
      sleep(remaining, url);
    }
  }

  private void backOff(int attempt, Duration retryAfter, URI url) {
    counters.retries.incrementAndGet();
    long base = settings.backoffBase().toMillis();
    long exponential = base << Math.min(attempt - 1, 20);
    long capped = Math.min(exponential, settings.backoffMax().toMillis());
    // "Equal jitter": half the wait is fixed, half random, so clients do not retry in lockstep.
    long jittered = capped / 2 + Math.round(capped / 2.0 * jitter.getAsDouble());
    Duration wait = Duration.ofMillis(jittered);
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    sleep(wait, url);
  }

  private void sleep(Duration duration, URI url) {
    counters.waitNanos.addAndGet(duration.toNanos());
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, Reason.INTERRUPTED, 0, 0, "interrupted while waiting", e);
    }
  }

  /** The host's robots.txt rules, fetched once per run; the caller holds the host's gate. */
  private RobotsRules robots(HostGate gate, URI url) {
    if (gate.robots == null) {
      gate.robots = loadRobots(gate, URI.create(OriginMapping.origin(url) + "/robots.txt"));
      gate.crawlDelay = gate.robots.crawlDelay().orElse(Duration.ZERO);
    }
    return gate.robots;
  }

  private RobotsRules loadRobots(HostGate gate, URI robotsUrl) {
    URI current = robotsUrl;
    for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      Response response;
      try {
        response = exchange(gate, FetchRequest.get(current), ROBOTS_MAX_BYTES, true);
      } catch (FetchException e) {
        if (e.reason() == Reason.INTERRUPTED) {
          throw e;
        }
        return RobotsRules.disallowAll();
      }
      int status = response.status();
      if (status >= 200 && status < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return RobotsTxtParser.parse(text, settings.productToken(), robotsUrl.toString());
      }
      if (isRedirect(status)) {
        try {
          current = redirectTarget(current, response);
          continue;
        } catch (FetchException e) {
          return RobotsRules.allowAll();
        }
      }
      if (status >= 400 && status < 500 && status != 429) {
        return RobotsRules.allowAll();
      }
      return RobotsRules.disallowAll();
    }
    // RFC 9309 §2.3.1.2: past five redirects robots.txt may be treated as unavailable (4xx).
    return RobotsRules.allowAll();
  }

  private URI redirectTarget(URI from, Response response) {
    String location = firstHeader(response.headers(), "Location");
    if (location == null || location.isBlank()) {
      throw new FetchException(
          from,
          Reason.BAD_REDIRECT,
          response.status(),
          response.attempts(),
          "redirect without Location from " + from,
          null);
    }
    try {
      URI target = mapping.toRequested(from).resolve(location.strip().replace(" ", "%20"));
      return checkUrl(mapping.toSite(target));
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          from,
          Reason.BAD_REDIRECT,
          response.status(),
          response.attempts(),
          "unusable redirect Location '" + location + "' from " + from,
          e);
    }
  }

  private <T> T exclusively(HostGate gate, URI url, Supplier<T> action) {
    try {
      gate.lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, Reason.INTERRUPTED, 0, 0, "interrupted waiting for " + url, e);
    }
    try {
      return action.get();
    } finally {
      gate.lock.unlock();
    }
  }

  private HostGate gate(URI url) {
    return gates.computeIfAbsent(OriginMapping.origin(url), origin -> new HostGate());
  }

  private static URI checkUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null) {
      throw new FetchException(
          url, Reason.INVALID_URL, 0, 0, "not an absolute http(s) URL: " + url, null);
    }
    if (url.getRawFragment() == null) {
      return url;
    }
    String text = url.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  static String pathAndQuery(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isRetryable(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }

  /**
   * {@code Retry-After} as a wait: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when
   * absent or unreadable, zero for a date in the past.
   */
  static Duration parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(text));
      } catch (NumberFormatException e) {
        return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
      }
    }
    try {
      Instant when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, when);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstHeader(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  /** Per-host state: the lock that keeps one request in flight, pacing and robots.txt. */
  private static final class HostGate {
    final ReentrantLock lock = new ReentrantLock(true);
    // The fields below are only touched while holding the lock.
    Instant lastRequestEnd;
    RobotsRules robots;
    Duration crawlDelay = Duration.ZERO;
  }

  /**
   * What one HTTP exchange returned (after retries). A class, not a record: a record's equals would
   * compare the body by identity.
   */
  private static final class Response {
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int attempts;
    private final String note;

    Response(
        int status, Map<String, List<String>> headers, byte[] body, int attempts, String note) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.attempts = attempts;
      this.note = note;
    }

    int status() {
      return status;
    }

    Map<String, List<String>> headers() {
      return headers;
    }

    byte[] body() {
      return body;
    }

    int attempts() {
      return attempts;
    }

    String note() {
      return note;
    }

    Response withNote(String text) {
      return new Response(status, headers, body, attempts, text);
    }
  }

  /** Either a page or where a redirect points. */
  private record HopResult(Page page, URI redirectTo, int status) {
    static HopResult page(Page page, int status) {
      return new HopResult(page, null, status);
    }

    static HopResult redirect(URI target, int status) {
      return new HopResult(null, target, status);
    }
  }

  /** One attempt failed without a response. */
  private static final class AttemptFailed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Reason reason;
    final boolean retryable;

    AttemptFailed(Reason reason, boolean retryable, String message, Throwable cause) {
      super(message, cause);
      this.reason = reason;
      this.retryable = retryable;
    }
  }

  private static final class Counters {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final Map<Integer, AtomicLong> statusCounts = new ConcurrentHashMap<>();
    final AtomicLong notModified = new AtomicLong();
    final AtomicLong robotsDisallowed = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong browserNavigations = new AtomicLong();
    final AtomicLong requestNanos = new AtomicLong();
    final AtomicLong waitNanos = new AtomicLong();

    FetchStatistics snapshot() {
      Map<Integer, Long> statuses = new TreeMap<>();
      statusCounts.forEach((status, count) -> statuses.put(status, count.get()));
      return new FetchStatistics(
          requests.get(),
          retries.get(),
          bytes.get(),
          statuses,
          notModified.get(),
          robotsDisallowed.get(),
          failures.get(),
          browserNavigations.get(),
          TimeUnit.NANOSECONDS.toMillis(requestNanos.get()),
          TimeUnit.NANOSECONDS.toMillis(waitNanos.get()));
    }
  }

  /** For tests: the crawl delay in force for a host, if robots.txt was read. */
  Optional<Duration> crawlDelayOf(URI url) {
    HostGate gate = gates.get(OriginMapping.origin(url));
    return gate == null || gate.robots == null ? Optional.empty() : Optional.of(gate.crawlDelay);
  }
}
