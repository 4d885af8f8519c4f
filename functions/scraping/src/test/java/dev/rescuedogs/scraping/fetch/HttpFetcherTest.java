package dev.rescuedogs.scraping.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.rawresult.FetchStatistics;
import dev.rescuedogs.core.rawresult.Validator;
import dev.rescuedogs.scraping.fetch.FetchException.Reason;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.support.FakeTime;
import dev.rescuedogs.scraping.support.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final Instant T0 = Instant.parse("2026-10-05T15:00:00Z");

  private ReplayServer server;
  private FakeTime time;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("tiny-rescue"));
    time = new FakeTime(T0);
  }

  @AfterEach
  void stop() {
    if (fetcher != null) {
      fetcher.close();
    }
    server.close();
  }

  /** Fake time: delays and back-off are recorded, not waited. Jitter fixed at its maximum. */
  private HttpFetcher fakeTimeFetcher(FetchSettings settings) {
    fetcher = new HttpFetcher(settings, OriginMapping.identity(), time, time, () -> 1.0);
    return fetcher;
  }

  /** Real time, with the small delays tests can afford. */
  private HttpFetcher realTimeFetcher(FetchSettings settings) {
    fetcher =
        new HttpFetcher(
            settings, OriginMapping.identity(), Clock.systemUTC(), Sleeper.SYSTEM, () -> 0.5);
    return fetcher;
  }

  private static FetchSettings settings() {
    return FetchSettings.defaults(TestSites.USER_AGENT)
        .withDelay(Duration.ofSeconds(1))
        .withTimeout(Duration.ofSeconds(5))
        .withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));
  }

  @Test
  void fetchesAPageWithAnHonestUserAgentAndCountsIt() {
    Page page = fakeTimeFetcher(settings()).fetch(server.url("/dogs/"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Dogs looking for a home");
    assertThat(page.document().select("li.dog a").first().absUrl("href"))
        .isEqualTo(server.url("/dogs/rex").toString());
    RecordedRequest request = server.requestsTo("/dogs/").get(0);
    assertThat(request.header("User-Agent")).contains(TestSites.USER_AGENT);
    FetchStatistics statistics = fetcher.statistics();
    assertThat(statistics.requests()).isEqualTo(2); // robots.txt and the page
    assertThat(statistics.statusCounts()).containsEntry(200, 1L).containsEntry(404, 1L);
    assertThat(statistics.bytes()).isGreaterThan(page.bytes().length - 1L);
    assertThat(statistics.retries()).isZero();
  }

  @Test
  void a429WithRetryAfterSecondsIsRetriedAfterThatLong() {
    server.script("/dogs/", Reply.status(429).withRetryAfter("7"));

    Page page = fakeTimeFetcher(settings()).fetch(server.url("/dogs/"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(server.requestsTo("/dogs/")).hasSize(2);
    assertThat(time.sleeps()).anyMatch(wait -> wait.compareTo(Duration.ofSeconds(7)) >= 0);
    assertThat(fetcher.statistics().retries()).isEqualTo(1);
    assertThat(fetcher.statistics().statusCounts()).containsEntry(429, 1L);
  }

  @Test
  void aRetryAfterHttpDateIsHonoured() {
    String inNineSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(9).atZone(ZoneOffset.UTC));
    server.script("/dogs/", Reply.status(503).withRetryAfter(inNineSeconds));

    fakeTimeFetcher(settings()).fetch(server.url("/dogs/"));

    // The retry waits until the date named (the clock had moved 1 s for pacing after robots.txt).
    assertThat(time.instant()).isAfterOrEqualTo(T0.plusSeconds(9));
    assertThat(time.sleeps()).contains(Duration.ofSeconds(8));
    assertThat(server.requestsTo("/dogs/")).hasSize(2);
  }

  @Test
  void aRetryAfterBeyondTheLimitFailsInsteadOfWaiting() {
    server.script("/dogs/", Reply.status(429).withRetryAfter("3600"));

    assertThatThrownBy(() -> fakeTimeFetcher(settings()).fetch(server.url("/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.getMessage()).contains("Retry-After");
            });
    assertThat(server.requestsTo("/dogs/")).hasSize(1);
  }

  @Test
  void a503ThenSuccessIsRetriedWithExponentialBackoff() {
    server.script("/dogs/", Reply.status(503), Reply.status(502));

    Page page = fakeTimeFetcher(settings().withMaxRetries(3)).fetch(server.url("/dogs/"));

    assertThat(page.text()).contains("Rex");
    assertThat(server.requestsTo("/dogs/")).hasSize(3);
    // Back-off 2 s then 4 s (jitter at its maximum); pacing waits 1 s after robots.txt.
    assertThat(time.sleeps()).containsSubsequence(Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(fetcher.statistics().retries()).isEqualTo(2);
  }

  @Test
  void a5xxThatPersistsFailsAfterTheAllowedRetries() {
    server.always("/dogs/", Reply.status(500));

    assertThatThrownBy(
            () -> fakeTimeFetcher(settings().withMaxRetries(2)).fetch(server.url("/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.attempts()).isEqualTo(3);
            });
    assertThat(server.requestsTo("/dogs/")).hasSize(3);
    assertThat(fetcher.statistics().failures()).isEqualTo(1);
  }

  @Test
  void aTimeoutIsRetriedThenReported() {
    server.always("/dogs/", Reply.file().delayedBy(Duration.ofSeconds(3)));
    FetchSettings quick = settings().withTimeout(Duration.ofMillis(300)).withMaxRetries(1);

    assertThatThrownBy(() -> fakeTimeFetcher(quick).fetch(server.url("/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    assertThat(server.requestsTo("/dogs/")).hasSize(2);
    assertThat(fetcher.statistics().retries()).isEqualTo(1);
  }

  @Test
  void aConnectionRefusedIsRetriedThenReported() throws IOException {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                fakeTimeFetcher(settings().withMaxRetries(1))
                    .fetch(URI.create("http://127.0.0.1:" + closedPort + "/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED));
    // robots.txt could not be read (connection refused): RFC 9309 says assume full disallow.
    assertThat(fetcher.statistics().retries()).isEqualTo(1);
  }

  @Test
  void a404FailsAtOnceWithoutRetry() {
    assertThatThrownBy(() -> fakeTimeFetcher(settings()).fetch(server.url("/dogs/missing")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.attempts()).isEqualTo(1);
            });
    assertThat(server.requestsTo("/dogs/missing")).hasSize(1);
    assertThat(fetcher.statistics().retries()).isZero();
  }

  @Test
  void aUrlRobotsTxtDisallowsIsReportedAndNeverRequested() {
    server.robotsTxt("User-agent: *\nDisallow: /dogs/rex\n");

    assertThatThrownBy(() -> fakeTimeFetcher(settings()).fetch(server.url("/dogs/rex")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
              assertThat(e.attempts()).isZero();
            });
    assertThat(server.requestsTo("/dogs/rex")).isEmpty();
    assertThat(fetcher.fetch(server.url("/dogs/bella")).status()).isEqualTo(200);
    assertThat(fetcher.statistics().robotsDisallowed()).isEqualTo(1);
    assertThat(fetcher.isAllowed(server.url("/dogs/rex"))).isFalse();
  }

  @Test
  void robotsTxtIsReadOncePerHostPerRun() {
    server.robotsTxt("User-agent: *\nAllow: /\n");
    fakeTimeFetcher(settings());

    fetcher.fetch(server.url("/dogs/"));
    fetcher.fetch(server.url("/dogs/rex"));
    fetcher.fetch(server.url("/dogs/bella"));

    assertThat(server.requestsTo("/robots.txt")).hasSize(1);
  }

  @Test
  void robotsTxtAnswering5xxDisallowsEverything() {
    server.always("/robots.txt", Reply.status(503));

    assertThatThrownBy(
            () -> fakeTimeFetcher(settings().withMaxRetries(1)).fetch(server.url("/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
              assertThat(e.getMessage()).contains("unreachable");
            });
    assertThat(server.requestsTo("/dogs/")).isEmpty();
    assertThat(server.requestsTo("/robots.txt")).hasSize(2);
  }

  @Test
  void robotsTxtAnswering404AllowsEverything() {
    server.always("/robots.txt", Reply.status(404));

    assertThat(fakeTimeFetcher(settings()).fetch(server.url("/dogs/")).status()).isEqualTo(200);
    assertThat(server.requestsTo("/robots.txt")).hasSize(1);
  }

  @Test
  void robotsTxtAnswering429DisallowsEverything() {
    server.always("/robots.txt", Reply.status(429));

    assertThatThrownBy(
            () -> fakeTimeFetcher(settings().withMaxRetries(0)).fetch(server.url("/dogs/")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED));
  }

  @Test
  void thePerHostDelayIsHonouredBetweenRequests() {
    Duration delay = Duration.ofMillis(150);
    realTimeFetcher(settings().withDelay(delay));

    for (String path : List.of("/dogs/", "/dogs/rex", "/dogs/bella", "/dogs/luna")) {
      fetcher.fetch(server.url(path));
    }

    assertGapsAtLeast(server.requests(), delay);
  }

  @Test
  void aLargerCrawlDelayWins() {
    server.robotsTxt("User-agent: *\nCrawl-delay: 0.4\n");
    realTimeFetcher(settings().withDelay(Duration.ofMillis(20)));

    for (String path : List.of("/dogs/", "/dogs/rex", "/dogs/bella")) {
      fetcher.fetch(server.url(path));
    }

    assertGapsAtLeast(server.requests(), Duration.ofMillis(400));
    assertThat(fetcher.crawlDelayOf(server.url("/"))).contains(Duration.ofMillis(400));
  }

  @Test
  void concurrentFetchesToOneHostGoOneAtATime() throws Exception {
    Duration delay = Duration.ofMillis(60);
    Duration serverTime = Duration.ofMillis(80);
    List<String> paths = List.of("/dogs/rex", "/dogs/bella", "/dogs/luna", "/dogs/nala");
    for (String path : paths) {
      server.always(path, Reply.file().delayedBy(serverTime));
    }
    realTimeFetcher(settings().withDelay(delay));
    fetcher.fetch(server.url("/dogs/"));
    server.clearRequests();

    ExecutorService pool = Executors.newFixedThreadPool(paths.size());
    try {
      List<Future<Page>> pages = new ArrayList<>();
      for (String path : paths) {
        pages.add(pool.submit(() -> fetcher.fetch(server.url(path))));
      }
      for (Future<Page> page : pages) {
        assertThat(page.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    // Each request starts only after the previous answer (80 ms) plus the delay (60 ms).
    assertGapsAtLeast(server.requests(), serverTime.plus(delay));
  }

  @Test
  void aBodyOverTheCapFailsWithoutRetry() {
    server.always("/big", Reply.bytes("text/html", new byte[5000]));

    assertThatThrownBy(
            () -> fakeTimeFetcher(settings().withMaxBodyBytes(1000)).fetch(server.url("/big")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    assertThat(server.requestsTo("/big")).hasSize(1);
  }

  @Test
  void aCompressedBodyIsDecodedAndItsDecompressedSizeCapped() throws IOException {
    byte[] small = gzip("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8));
    byte[] bomb = gzip(new byte[200_000]);
    server.always(
        "/small",
        Reply.bytes("text/html; charset=utf-8", small).withHeader("Content-Encoding", "gzip"));
    server.always("/bomb", Reply.bytes("text/html", bomb).withHeader("Content-Encoding", "gzip"));
    fakeTimeFetcher(settings().withMaxBodyBytes(10_000));

    assertThat(fetcher.fetch(server.url("/small")).text()).isEqualTo("<p>Grüße</p>");
    assertThat(server.requestsTo("/small").get(0).header("Accept-Encoding")).contains("gzip");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
  }

  @Test
  void aLatin1PageWithMetaCharsetAndNoHeaderCharsetDecodesCorrectly() {
    String html =
        "<html><head><meta charset=\"iso-8859-1\"></head><body>Müller – Hündin</body></html>";
    server.always(
        "/latin1",
        Reply.bytes("text/html", html.replace("–", "-").getBytes(Charset.forName("ISO-8859-1"))));

    Page page = fakeTimeFetcher(settings()).fetch(server.url("/latin1"));

    assertThat(page.document().body().text()).isEqualTo("Müller - Hündin");
  }

  @Test
  void aUtf8PageWithNoCharsetAnywhereDecodesAsUtf8() {
    server.always(
        "/dogs/nala",
        Reply.bytes(
            "text/html",
            "<html><body><h1>Nala 🐶 Señora</h1></body></html>".getBytes(StandardCharsets.UTF_8)));

    Page page = fakeTimeFetcher(settings()).fetch(server.url("/dogs/nala"));

    assertThat(page.document().select("h1").text()).isEqualTo("Nala 🐶 Señora");
  }

  @Test
  void theHeaderCharsetIsUsed() {
    server.always(
        "/cp1252",
        Reply.bytes(
            "text/html; charset=windows-1252",
            "<p>Café €5</p>".getBytes(Charset.forName("windows-1252"))));

    assertThat(fakeTimeFetcher(settings()).fetch(server.url("/cp1252")).text())
        .isEqualTo("<p>Café €5</p>");
  }

  @Test
  void aConditionalGetAnsweredNotModifiedIsReported() {
    fakeTimeFetcher(settings());
    Page first = fetcher.fetch(server.url("/dogs/rex"));
    Validator validator = first.validator();
    assertThat(validator.etag()).isNotBlank();

    Page second = fetcher.fetch(FetchRequest.get(server.url("/dogs/rex")).withValidator(validator));

    assertThat(second.notModified()).isTrue();
    assertThat(second.status()).isEqualTo(304);
    assertThatThrownBy(second::text).isInstanceOf(IllegalStateException.class);
    RecordedRequest conditional = server.requestsTo("/dogs/rex").get(1);
    assertThat(conditional.header("If-None-Match")).contains(validator.etag());
    assertThat(conditional.header("If-Modified-Since")).contains(validator.lastModified());
    assertThat(fetcher.statistics().notModified()).isEqualTo(1);
    assertThat(fetcher.validators()).containsEntry(server.url("/dogs/rex").toString(), validator);
  }

  @Test
  void redirectsAreFollowedAndEachHopObeysRobotsTxt() {
    server.always("/old-rex", Reply.redirect(301, "/dogs/rex"));
    server.always("/to-secret", Reply.redirect(302, "/secret/x"));
    server.robotsTxt("User-agent: *\nDisallow: /secret/\n");
    fakeTimeFetcher(settings());

    Page page = fetcher.fetch(server.url("/old-rex"));

    assertThat(page.url()).isEqualTo(server.url("/dogs/rex"));
    assertThat(page.document().select("h1").text()).isEqualTo("Rex");
    assertThatThrownBy(() -> fetcher.fetch(server.url("/to-secret")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED));
    assertThat(server.requestsTo("/secret/x")).isEmpty();
  }

  @Test
  void aRedirectLoopFails() {
    server.always("/loop", Reply.redirect(302, "/loop"));

    assertThatThrownBy(() -> fakeTimeFetcher(settings()).fetch(server.url("/loop")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REDIRECT));
    assertThat(server.requestsTo("/loop")).hasSize(6);
  }

  @Test
  void aSiteCopyAnswersForTheSiteWhileUrlsStayTheSites() {
    OriginMapping mapping =
        OriginMapping.toCopy(List.of(URI.create("https://tiny-rescue.example/")), server.baseUri());
    fetcher = new HttpFetcher(settings(), mapping, time, time, () -> 1.0);

    Page page = fetcher.fetch(URI.create("https://www.tiny-rescue.example/dogs/"));

    assertThat(page.url()).isEqualTo(URI.create("https://www.tiny-rescue.example/dogs/"));
    assertThat(page.document().select("li.dog a").first().absUrl("href"))
        .isEqualTo("https://www.tiny-rescue.example/dogs/rex");
    assertThat(server.requestsTo("/dogs/")).hasSize(1);
    assertThat(fetcher.validators()).containsKey("https://www.tiny-rescue.example/dogs/");
  }

  @Test
  void notAnHttpUrlIsRejected() {
    assertThatThrownBy(() -> fakeTimeFetcher(settings()).fetch(URI.create("mailto:info@x.org")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_URL));
  }

  @Test
  void retryAfterParsesSecondsDatesAndGarbage() {
    Instant now = Instant.parse("2026-10-05T15:00:00Z");

    assertThat(HttpFetcher.parseRetryAfter("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(HttpFetcher.parseRetryAfter("Mon, 05 Oct 2026 15:00:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(HttpFetcher.parseRetryAfter("Mon, 05 Oct 2026 14:00:00 GMT", now))
        .isEqualTo(Duration.ZERO);
    assertThat(HttpFetcher.parseRetryAfter("soon", now)).isNull();
    assertThat(HttpFetcher.parseRetryAfter(null, now)).isNull();
  }

  private static void assertGapsAtLeast(List<RecordedRequest> requests, Duration gap) {
    assertThat(requests).hasSizeGreaterThan(1);
    for (int i = 1; i < requests.size(); i++) {
      long nanos = requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos();
      assertThat(Duration.ofNanos(nanos))
          .as("gap before request %d (%s)", i, requests.get(i).pathAndQuery())
          .isGreaterThanOrEqualTo(gap);
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }
}
