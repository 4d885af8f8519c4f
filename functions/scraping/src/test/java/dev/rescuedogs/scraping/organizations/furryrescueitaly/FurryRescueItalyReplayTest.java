package dev.rescuedogs.scraping.organizations.furryrescueitaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scraper end to end against the project's model of the rebuilt Elementor site
 * (src/test/resources/sites/furryrescueitaly; no page of the real site was recorded) through the
 * real fetcher.
 */
class FurryRescueItalyReplayTest {

  private static final String SITE = "https://furryrescueitaly.com";

  private ReplayServer server;
  private OrganizationConfig organization;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("furryrescueitaly"));
    // Nocciola's page is Latin-1 and declares it only in a <meta> tag.
    server.always("/adoptions/nocciola/", Reply.file().withContentType("text/html"));
    organization =
        TestSites.organization(
            "furryrescueitaly",
            Technology.STATIC,
            TestSites.fastPoliteness(),
            URI.create(SITE + "/adoptions/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    try (FurryRescueItalyScraper scraper =
        new FurryRescueItalyScraper(
            organization,
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .browserFactory(
                    guard -> {
                      throw new AssertionError("a static site needs no browser");
                    })
                .build())) {
      return scraper.scrape();
    }
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  @Test
  void bothListingPagesAreReadAndEveryDogIsFoundWithItsBadge() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status, FoundDog::adoptionUrl)
        .containsExactly(
            tuple("fri-bruno", "Bruno", DogStatus.AVAILABLE, SITE + "/adoptions/bruno/"),
            tuple("fri-luna", "Luna", DogStatus.RESERVED, SITE + "/adoptions/luna/"),
            tuple("fri-rocky", "Rocky", DogStatus.ADOPTED, SITE + "/adoptions/rocky/"),
            tuple("fri-nocciola", "Nocciola", DogStatus.AVAILABLE, SITE + "/adoptions/nocciola/"),
            tuple("fri-pippo", "Pippo 🐾", DogStatus.AVAILABLE, SITE + "/adoptions/pippo/"));
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
    // The adopted dog's page is not read.
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactlyInAnyOrder("fri-bruno", "fri-luna", "fri-nocciola", "fri-pippo");
    assertThat(server.requestsTo("/adoptions/rocky/")).isEmpty();
    assertThat(result.detailFailures()).isEmpty();
  }

  @Test
  void anEnglishPageGivesFactsCompatibilityStoryAndPhotos() {
    RawDog bruno = byId(scrape()).get("fri-bruno");

    assertThat(bruno.name()).isEqualTo("Bruno");
    assertThat(bruno.sex()).isEqualTo("Male");
    assertThat(bruno.ageText()).isEqualTo("3 years");
    assertThat(bruno.breed()).isEqualTo("Maremma Sheepdog mix");
    assertThat(bruno.size()).isEqualTo("Large");
    assertThat(bruno.weight()).isEqualTo("32 kg");
    assertThat(bruno.location()).isEqualTo("Foster home in Rome");
    assertThat(bruno.status()).isEqualTo("available");
    assertThat(bruno.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("good_with_children", "no")
        .containsEntry("neutered", "Yes")
        .containsEntry("adoption_fee", "€450");
    // Featured photo (largest of its srcset), a photo in the story, the gallery; not the logo or
    // the other dogs' cards.
    assertThat(bruno.imageUrls())
        .containsExactly(
            SITE + "/wp-content/uploads/2026/03/bruno.jpg",
            SITE + "/wp-content/uploads/2026/03/bruno-walk.jpg",
            SITE + "/wp-content/uploads/2026/03/bruno-garden.jpg");
    assertThat(bruno.description())
        .isEqualTo(
            "<p>Bruno was found tied to a gate in the Abruzzo hills. He is calm, loves long walks"
                + " and sleeps through the night.</p>\n"
                + "<h3>What he needs</h3>\n"
                + "<p>A home with a garden and people who have met big guardian dogs before.</p>");
  }

  @Test
  void anItalianPageWithFactsInsideTheStory() {
    RawDog luna = byId(scrape()).get("fri-luna");

    assertThat(luna.sex()).isEqualTo("Femmina");
    assertThat(luna.ageText()).isEqualTo("2 anni");
    assertThat(luna.breed()).isEqualTo("Meticcio");
    assertThat(luna.size()).isEqualTo("Piccola");
    assertThat(luna.weight()).isEqualTo("8 kg");
    assertThat(luna.status()).isEqualTo("reserved");
    assertThat(luna.properties())
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_children", "yes")
        .doesNotContainKey("good_with_dogs");
    // Carousel slides that are loop duplicates are not photos of their own.
    assertThat(luna.imageUrls())
        .containsExactly(
            SITE + "/wp-content/uploads/2026/04/luna-1.jpg",
            SITE + "/wp-content/uploads/2026/04/luna-2.jpg",
            SITE + "/wp-content/uploads/2026/04/luna-3.jpg");
    assertThat(luna.description())
        .isEqualTo(
            "<p>Luna è una cagnolina dolcissima, trovata in un campo vicino a Bari.</p>\n"
                + "<p>Ama il divano e le coccole.</p>");
  }

  @Test
  void aLatinOnePageWithoutCharsetHeaderAndATableOfFacts() {
    RawDog nocciola = byId(scrape()).get("fri-nocciola");

    assertThat(nocciola.sex()).isEqualTo("Femmina");
    assertThat(nocciola.ageText()).isEqualTo("1 anno");
    assertThat(nocciola.size()).isEqualTo("Media");
    assertThat(nocciola.location()).isEqualTo("Canile di Foggia");
    assertThat(nocciola.description()).startsWith("<p>È una cucciola vivace").contains("Però");
    assertThat(nocciola.imageUrls())
        .containsExactly(SITE + "/wp-content/uploads/2026/06/nocciola.jpg");
  }

  @Test
  void hostileMarkupLeavesOnlyTheStoryAndRealPhotos() {
    RawDog pippo = byId(scrape()).get("fri-pippo");

    assertThat(pippo.name()).isEqualTo("Pippo 🐾");
    assertThat(pippo.sex()).isNull();
    assertThat(pippo.ageText()).isNull();
    assertThat(pippo.imageUrls())
        .containsExactly(SITE + "/wp-content/uploads/2026/06/pippo%20sofa.jpg");
    assertThat(pippo.description())
        .contains("shy at first", "warms up quickly")
        .doesNotContain("<script", "<iframe", "<img", "document.cookie");
  }

  @Test
  void statisticsCountEveryRequest() {
    RawScrapeResult result = scrape();

    // robots.txt, two listing pages, four detail pages
    assertThat(result.statistics().requests()).isEqualTo(7);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 6L).containsEntry(404, 1L);
    assertThat(result.statistics().failures()).isZero();
    assertThat(result.validators()).hasSize(4);
  }

  @Test
  void aMissingDetailPageSkipsThatDogOnly() {
    server.always("/adoptions/pippo/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(5);
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactlyInAnyOrder("fri-bruno", "fri-luna", "fri-nocciola");
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::statusCode)
        .containsExactly(tuple("fri-pippo", 404));
  }

  @Test
  void aBrokenSecondListingPageFailsTheListing() {
    server.always(
        "/adoptions/page/2/",
        Reply.html("<html><body><p>Critical error on this website.</p></body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
  }

  @Test
  void aListingPageThatFailsToLoadFailsTheListing() {
    server.always("/adoptions/page/2/", Reply.status(500));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.found()).isEmpty();
  }
}
