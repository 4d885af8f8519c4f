package dev.rescuedogs.scraping.scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.support.FakeTime;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OrganizationScraper#checkLiveness} runs on the scraper's own fetcher, clock and deadline.
 */
class LivenessThroughScraperTest {

  private static final String SITE = "https://tiny-rescue.example";
  private static final List<LivenessCandidate> CANDIDATES =
      List.of(
          new LivenessCandidate("max", SITE + "/dogs/max"),
          new LivenessCandidate("rex", SITE + "/dogs/rex"),
          new LivenessCandidate("ghost", SITE + "/dogs/ghost"),
          new LivenessCandidate("bella", SITE + "/dogs/bella"));

  private ReplayServer server;
  private OrganizationConfig organization;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("tiny-rescue"));
    server.always("/dogs/bella", Reply.redirect(301, "/dogs/?page=2"));
    organization =
        TestSites.organization(
            "tiny-rescue",
            Technology.STATIC,
            TestSites.fastPoliteness(),
            URI.create(SITE + "/dogs/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ScraperDependencies.Builder dependencies() {
    return ScraperDependencies.builder()
        .siteCopy(server.baseUri())
        .userAgent(TestSites.USER_AGENT)
        .browserFactory(
            guard -> {
              throw new AssertionError("a liveness check needs no browser");
            });
  }

  @Test
  void checksTheSitesPagesThroughTheSiteCopy() {
    List<LivenessCheck> checks;
    try (TinyRescueScraper scraper = new TinyRescueScraper(organization, dependencies().build())) {
      checks = scraper.checkLiveness(CANDIDATES);
    }

    assertThat(checks)
        .extracting(LivenessCheck::externalId, LivenessCheck::verdict, LivenessCheck::evidence)
        .containsExactly(
            tuple("max", LivenessVerdict.ADOPTED, "badge \"Adopted\""),
            tuple("rex", LivenessVerdict.LISTED, "page online, no adoption marker (title \"Rex\")"),
            tuple("ghost", LivenessVerdict.GONE, "HTTP 404"),
            tuple("bella", LivenessVerdict.GONE, "redirected to " + SITE + "/dogs/?page=2"));
    assertThat(checks.get(0).url()).isEqualTo(SITE + "/dogs/max");
    // The site's URLs were requested from the copy, with the scrape's User-Agent.
    List<RecordedRequest> requests = server.requestsTo("/dogs/max");
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).header("User-Agent")).contains(TestSites.USER_AGENT);
    assertThat(server.requestsTo("/dogs/ghost")).hasSize(1);
  }

  @Test
  void stopsAtTheScrapersDeadline() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-30T15:00:00Z"));
    List<LivenessCheck> checks;
    try (TinyRescueScraper scraper =
        new TinyRescueScraper(
            organization, dependencies().clock(time).deadline(time.instant()).build())) {
      checks = scraper.checkLiveness(CANDIDATES);
    }

    assertThat(checks)
        .hasSize(4)
        .allSatisfy(check -> assertThat(check.verdict()).isEqualTo(LivenessVerdict.NOT_CHECKED));
    assertThat(server.requests()).isEmpty();
  }
}
