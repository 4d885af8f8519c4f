package dev.rescuedogs.scraping.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.fetch.OriginMapping;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.support.FakeTime;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LivenessCheckerTest {

  private static final String SITE = "https://rescue.example";
  private static final List<URI> LISTING_URLS =
      List.of(URI.create(SITE + "/dogs/"), URI.create(SITE + "/notfall-hunde"));
  private static final Instant T0 = Instant.parse("2026-11-30T15:00:00Z");

  /** Site chrome that names statuses on every page, none of it about the dog on the page. */
  private static final String CHROME =
      """
      <header class="site-header">
        <h1 class="site-title"><a href="/">Rescue Example</a></h1>
        <nav><ul><li><a href="/dogs/">Our dogs</a></li>
          <li><a href="/adopted/">Adopted dogs</a></li></ul></nav>
        <div class="menu-label">Vermittelt</div>
      </header>
      <div id="main-menu"><span class="label">Reserviert</span></div>
      <aside><h1>Other dogs</h1><span class="badge">Adopted</span></aside>
      <div class="sidebar"><span class="status">Reservado</span></div>
      <ul class="more-dogs">
        <li><a href="/dogs/max">Max</a> <span class="badge">Reserviert</span></li>
        <li><a href="/dogs/rex">Rex</a> <span class="badge">Adopted</span></li>
      </ul>
      <a class="card" href="/dogs/bella"><span class="ribbon">ADOPTED</span> Bella</a>
      <span class="status" style="display: none">Reserved</span>
      <p class="status-text">This long text mentions that many of our dogs were adopted last year,
        and that some are reserved, but it is far too long to be a status badge.</p>
      <footer><a href="/happy-ends">Happy ends</a> <span class="tag">adopted</span></footer>
      """;

  private ReplayServer server;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() {
    server = ReplayServer.scriptedOnly();
    server.always(
        "/dogs/", Reply.html("<title>Our dogs</title><span class='badge'>Adopted</span>"));
    server.always("/", Reply.html("<title>Rescue Example</title>"));
    // No retries, no pacing: a 503 fails at once and the tests stay fast.
    FetchSettings settings =
        FetchSettings.forOrganization(TestSites.fastPoliteness(), TestSites.USER_AGENT)
            .withMaxRetries(0)
            .withDelay(Duration.ZERO)
            .withTimeout(Duration.ofSeconds(5));
    fetcher =
        new HttpFetcher(
            settings, OriginMapping.toCopy(List.of(URI.create(SITE)), server.baseUri()));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private LivenessChecker checker() {
    return new LivenessChecker(fetcher, LISTING_URLS, Clock.systemUTC());
  }

  private LivenessCheck checkOne(String adoptionUrl) {
    List<LivenessCheck> checks =
        checker().check(List.of(new LivenessCandidate("dog-1", adoptionUrl)), null);
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).externalId()).isEqualTo("dog-1");
    assertThat(checks.get(0).url()).isEqualTo(adoptionUrl);
    return checks.get(0);
  }

  private LivenessCheck pageWith(String html) {
    server.always("/dogs/luna", Reply.html(html));
    return checkOne(SITE + "/dogs/luna");
  }

  private static void assertCheck(
      LivenessCheck check, LivenessVerdict verdict, String evidence, Integer status) {
    assertThat(check.verdict()).isEqualTo(verdict);
    assertThat(check.evidence()).isEqualTo(evidence);
    assertThat(check.statusCode()).isEqualTo(status);
  }

  // ---------------------------------------------------------------- gone

  @Test
  void aPageThatAnswers404Or410IsGone() {
    server.always("/dogs/luna", Reply.status(404));
    server.always("/dogs/rex", Reply.status(410));

    List<LivenessCheck> checks =
        checker()
            .check(
                List.of(
                    new LivenessCandidate("luna", SITE + "/dogs/luna"),
                    new LivenessCandidate("rex", SITE + "/dogs/rex")),
                null);

    assertThat(checks).extracting(LivenessCheck::externalId).containsExactly("luna", "rex");
    assertCheck(checks.get(0), LivenessVerdict.GONE, "HTTP 404", 404);
    assertCheck(checks.get(1), LivenessVerdict.GONE, "HTTP 410", 410);
    assertThat(server.requestsTo("/dogs/luna")).hasSize(1);
  }

  @Test
  void aPageRedirectedToTheListingIsGone() {
    server.always("/dogs/luna", Reply.redirect(301, SITE + "/dogs/"));

    assertCheck(
        checkOne(SITE + "/dogs/luna"),
        LivenessVerdict.GONE,
        "redirected to " + SITE + "/dogs/",
        200);
  }

  @Test
  void theListingMatchesWhateverItsCaseTrailingSlashQueryOrFragment() {
    server.always("/dogs/rex", Reply.redirect(302, "https://WWW.Rescue.Example/notfall-hunde/"));
    server.always("/dogs/max", Reply.redirect(302, "/dogs?orderby=date#top"));
    server.always("/notfall-hunde/", Reply.html("<title>Notfälle</title>"));
    server.always("/dogs", Reply.html("<title>Our dogs</title>"));

    assertThat(checkOne(SITE + "/dogs/rex").verdict()).isEqualTo(LivenessVerdict.GONE);
    LivenessCheck max = checkOne(SITE + "/dogs/max");
    assertCheck(max, LivenessVerdict.GONE, "redirected to " + SITE + "/dogs?orderby=date", 200);
  }

  @Test
  void aPageRedirectedToTheHomePageIsGone() {
    server.always("/dogs/luna", Reply.redirect(302, "/"));

    assertCheck(
        checkOne(SITE + "/dogs/luna"), LivenessVerdict.GONE, "redirected to " + SITE + "/", 200);
  }

  @Test
  void aPageRedirectedToAnotherDogPageIsNotGone() {
    server.always("/dogs/luna", Reply.redirect(301, "/dogs/luna-2"));
    server.always("/dogs/luna-2", Reply.html("<title>Luna</title><h1>Luna</h1>"));

    assertCheck(
        checkOne(SITE + "/dogs/luna"),
        LivenessVerdict.LISTED,
        "page online, no adoption marker (title \"Luna\") after a redirect to "
            + SITE
            + "/dogs/luna-2",
        200);
  }

  @Test
  void aDogPageNamedByAQueryOnTheListingPathIsGoneOnlyWhenItsQueryIsDropped() {
    server.always("/dogs/?id=5", Reply.redirect(301, "/dogs/?id=5&lang=de"));
    server.always("/dogs/?id=5&lang=de", Reply.html("<title>Luna</title>"));
    server.always("/dogs/?id=6", Reply.redirect(301, "/dogs/"));

    assertThat(checkOne(SITE + "/dogs/?id=5").verdict()).isEqualTo(LivenessVerdict.LISTED);
    assertThat(checkOne(SITE + "/dogs/?id=6").verdict()).isEqualTo(LivenessVerdict.GONE);
  }

  @Test
  void anAdoptionUrlThatIsTheListingItselfIsNotChecked() {
    LivenessCheck check = checkOne(SITE + "/dogs/#luna");

    assertCheck(
        check,
        LivenessVerdict.NOT_CHECKED,
        "not checked: the adoption URL is the listing, not the dog's own page",
        null);
    assertThat(server.requestsTo("/dogs/")).isEmpty();
  }

  // ---------------------------------------------------------------- markers

  @Test
  void anAdoptedHeadingInGermanMeansAdopted() {
    assertCheck(
        pageWith("<title>Luna</title><h1>Luna –\n  ADOPTIERT</h1>"),
        LivenessVerdict.ADOPTED,
        "heading \"Luna – ADOPTIERT\"",
        200);
  }

  @Test
  void aReservedBadgeInSpanishMeansReserved() {
    assertCheck(
        pageWith(
            "<title>Luna</title><article><h1>Luna</h1>"
                + "<div class=\"dog-info\"><span class=\"estado badge-warning\">&nbsp;Reservado"
                + "</span></div></article>"),
        LivenessVerdict.RESERVED,
        "badge \"Reservado\"",
        200);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bella (adottata) – Furry Rescue Italy | adopted
          Bello is geadopteerd!                 | adopted
          Karabaş – Sahiplendirildi             | adopted
          Pamuk (rezerve)                       | reserved
          Fido - gereserveerd                   | reserved
          """)
  void aTitleInItalianDutchOrTurkishIsRead(String title, String verdict) {
    LivenessCheck check =
        pageWith("<title>" + title + "</title><h1>" + title.substring(0, title.indexOf(' ')));

    assertThat(check.verdict()).isEqualTo(LivenessVerdict.fromWireValue(verdict));
    assertThat(check.evidence()).isEqualTo("title \"" + title + "\"");
  }

  @Test
  void anOgTitleAndAnArticleHeaderCount() {
    assertThat(
            pageWith("<meta property='og:title' content='Max (vermittelt)'><title>Max</title>")
                .evidence())
        .isEqualTo("og:title \"Max (vermittelt)\"");
    assertThat(
            pageWith(
                    "<title>Max</title><main><article><header class='entry-header'>"
                        + "<h1 class='entry-title'><a href='/dogs/luna'>Max – Reserviert</a></h1>"
                        + "</header></article></main>")
                .evidence())
        .isEqualTo("heading \"Max – Reserviert\"");
  }

  @Test
  void adoptedAnywhereWinsOverReserved() {
    LivenessCheck check =
        pageWith(
            "<title>Luna - reserved</title><h1>Luna</h1>"
                + "<div class='status-badges'><span class='ribbon'>Adopted</span></div>");

    assertCheck(check, LivenessVerdict.ADOPTED, "badge \"Adopted\"", 200);
  }

  @Test
  void menusSidebarsAndOtherDogsCardsDoNotCount() {
    LivenessCheck check =
        pageWith(
            "<html><head><title>Luna</title></head><body>"
                + CHROME
                + "<main><h1>Luna</h1><span class='badge'>Available</span>"
                + "<p>Luna is waiting for you.</p></main></body></html>");

    assertCheck(
        check, LivenessVerdict.LISTED, "page online, no adoption marker (title \"Luna\")", 200);
  }

  @Test
  void theSameBadgesCountInTheContent() {
    LivenessCheck check =
        pageWith(
            "<html><head><title>Luna</title></head><body>"
                + CHROME
                + "<main><h1>Luna</h1><a href='/img/luna.jpg'><span class='sticker'>Reserviert"
                + "</span><img src='/img/luna.jpg'></a></main></body></html>");

    assertCheck(check, LivenessVerdict.RESERVED, "badge \"Reserviert\"", 200);
  }

  @Test
  void aPlainPageIsStillListed() {
    assertCheck(
        pageWith("<title>  Rex \n</title><h1>Rex</h1><p class='status'>Available</p>"),
        LivenessVerdict.LISTED,
        "page online, no adoption marker (title \"Rex\")",
        200);
    assertCheck(
        pageWith("<p>Under construction</p>"),
        LivenessVerdict.LISTED,
        "page online, no adoption marker",
        200);
  }

  // ---------------------------------------------------------------- not checked

  @Test
  void aServerErrorOrAForbiddenPageIsNotChecked() {
    server.always("/dogs/luna", Reply.status(503));
    server.always("/dogs/rex", Reply.status(403));

    assertCheck(
        checkOne(SITE + "/dogs/luna"), LivenessVerdict.NOT_CHECKED, "not checked: HTTP 503", 503);
    assertCheck(
        checkOne(SITE + "/dogs/rex"), LivenessVerdict.NOT_CHECKED, "not checked: HTTP 403", 403);
    assertThat(server.requestsTo("/dogs/luna")).hasSize(1);
  }

  @Test
  void aPageRobotsTxtDisallowsIsNotCheckedAndNotRequested() {
    server.robotsTxt("User-agent: RescueDogsBot\nDisallow: /dogs/\n");
    server.always("/dogs/luna", Reply.status(404));

    assertCheck(
        checkOne(SITE + "/dogs/luna"),
        LivenessVerdict.NOT_CHECKED,
        "not checked: robots.txt disallows the page",
        null);
    assertThat(server.requestsTo("/dogs/luna")).isEmpty();
  }

  @Test
  void aRedirectLoopIsNotChecked() {
    server.always("/dogs/luna", Reply.redirect(302, "/dogs/luna"));

    LivenessCheck check = checkOne(SITE + "/dogs/luna");

    assertCheck(
        check, LivenessVerdict.NOT_CHECKED, "not checked: unusable redirect (HTTP 302)", 302);
  }

  @Test
  void aMalformedAdoptionUrlIsNotCheckedAndDoesNotThrow() {
    List<LivenessCandidate> candidates =
        List.of(
            new LivenessCandidate("a", "not a url at all"),
            new LivenessCandidate("b", "/dogs/luna"),
            new LivenessCandidate("c", "http://"),
            new LivenessCandidate("d", "mailto:info@rescue.example"),
            new LivenessCandidate("e", "ftp://rescue.example/dogs/luna"),
            new LivenessCandidate("f", "https://rescue.example/dogs/{luna}"));

    List<LivenessCheck> checks = checker().check(candidates, null);

    assertThat(checks)
        .extracting(LivenessCheck::externalId)
        .containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(checks)
        .allSatisfy(
            check ->
                assertCheck(
                    check, LivenessVerdict.NOT_CHECKED, "not checked: invalid adoption URL", null));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void checksNotStartedBeforeTheDeadlineAreNotChecked() {
    // Fake time moves only by the fetcher's 1 s pacing: the first check starts at T0 (its page is
    // requested at T0 + 1 s, after robots.txt), the second at T0 + 1 s, before the deadline, and
    // ends at T0 + 2 s; the third would start after the deadline.
    FakeTime time = new FakeTime(T0);
    server.always("/dogs/luna", Reply.status(404));
    server.always("/dogs/rex", Reply.html("<title>Rex</title>"));
    try (HttpFetcher paced =
        new HttpFetcher(
            fetcher.settings().withDelay(Duration.ofSeconds(1)),
            fetcher.mapping(),
            time,
            time,
            () -> 0.5)) {
      LivenessChecker checker = new LivenessChecker(paced, LISTING_URLS, time);

      List<LivenessCheck> checks =
          checker.check(
              List.of(
                  new LivenessCandidate("luna", SITE + "/dogs/luna"),
                  new LivenessCandidate("rex", SITE + "/dogs/rex"),
                  new LivenessCandidate("max", SITE + "/dogs/max")),
              T0.plusMillis(1500));

      assertThat(checks)
          .extracting(LivenessCheck::externalId, LivenessCheck::verdict, LivenessCheck::checkedAt)
          .containsExactly(
              tuple("luna", LivenessVerdict.GONE, T0.plusSeconds(1)),
              tuple("rex", LivenessVerdict.LISTED, T0.plusSeconds(2)),
              tuple("max", LivenessVerdict.NOT_CHECKED, T0.plusSeconds(2)));
      assertCheck(
          checks.get(2),
          LivenessVerdict.NOT_CHECKED,
          "not checked: the run's time budget was spent",
          null);
      assertThat(server.requestsTo("/dogs/max")).isEmpty();
    }
  }

  @Test
  void aDeadlineAlreadyPassedChecksNothing() {
    Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
    List<LivenessCheck> checks =
        new LivenessChecker(fetcher, LISTING_URLS, fixed)
            .check(List.of(new LivenessCandidate("luna", SITE + "/dogs/luna")), T0);

    assertThat(checks)
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.verdict()).isEqualTo(LivenessVerdict.NOT_CHECKED);
              assertThat(check.checkedAt()).isEqualTo(T0);
            });
    assertThat(server.requests()).isEmpty();
  }
}
