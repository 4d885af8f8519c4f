package dev.rescuedogs.scraping.organizations.theunderdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scrapes the project's own copy of The Underdog's Squarespace shop (test resources {@code
 * sites/theunderdog}) end to end over HTTP through the real fetcher.
 */
class TheUnderdogScraperTest {

  private static final String SITE = "https://www.theunderdog.org";
  private static final String CDN =
      "https://images.squarespace-cdn.com/content/v1/5c40fa0e1aef1d1aa24274ea/";
  private ReplayServer server;

  @BeforeEach
  void startSite() {
    server = ReplayServer.serving(TestSites.site("theunderdog"));
    // Chloé's page is stored in windows-1252 and sent without a charset: only its meta tag says so.
    server.always("/adopt/chloe", Reply.file().withContentType("text/html"));
  }

  @AfterEach
  void stopSite() {
    server.close();
  }

  @Test
  void readsTheProductListAndEveryDogThatIsNotAdopted() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("tud-teddy", "Teddy 🇬🇧", DogStatus.AVAILABLE),
            tuple("tud-jett", "Jett 🇬🇧 RESERVED", DogStatus.RESERVED),
            tuple("tud-banjo", "Banjo 🇷🇴 ADOPTED", DogStatus.ADOPTED),
            tuple("tud-chloe", "Chloé 🇫🇷", DogStatus.AVAILABLE),
            tuple("tud-rocky", "Rocky 🇧🇦", DogStatus.AVAILABLE),
            tuple("tud-mishka", "Mishka 🇨🇾", DogStatus.AVAILABLE));
    assertThat(result.listing().pagesExpected()).isEqualTo(1);
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactlyInAnyOrder("tud-teddy", "tud-jett", "tud-chloe", "tud-rocky", "tud-mishka");
    assertThat(server.requestsTo("/adopt/banjo")).isEmpty();
    assertThat(server.requestsTo("/adopt/how-to-adopt-faq")).isEmpty();
    assertThat(result.detailFailures()).isEmpty();

    RawDog teddy = dog(result, "tud-teddy");
    assertThat(teddy.name()).isEqualTo("Teddy 🇬🇧");
    assertThat(teddy.adoptionUrl()).isEqualTo(SITE + "/adopt/teddy");
    assertThat(teddy.size()).isEqualTo("Large");
    assertThat(teddy.ageText()).isEqualTo("Adult (around six years old)");
    assertThat(teddy.sex()).isEqualTo("Male");
    assertThat(teddy.breed()).isNull();
    assertThat(teddy.location()).isEqualTo("Cyprus, now in Southampton (UK adoption fee applies)");
    assertThat(teddy.properties())
        .containsEntry("good_with_children", "yes")
        .containsEntry("living_with_children", "I can live with children")
        .containsEntry("good_with_dogs", "unknown")
        .containsEntry("living_with_dogs", "I can be selective with other dogs")
        .containsEntry("good_with_cats", "no")
        .containsEntry("resident_dog_required", "No")
        .containsEntry("ideal_home", "I’d like an active, semi-rural home with a garden")
        .containsEntry("reason_for_rehoming", "Not enough time due to young children")
        .containsEntry("country_flag", "GB");
    assertThat(teddy.description())
        .startsWith("<h2")
        .contains("About Teddy")
        .contains("<em>brilliant</em>")
        .doesNotContain("How big?");
    // The slides and the thumbnails show each photo; the listing's photo is one of them.
    assertThat(teddy.imageUrls())
        .containsExactly(
            CDN + "1789803296515-TEDDY/teddy-main.jpeg",
            CDN + "1789803296516-TEDDY/teddy-2.jpeg",
            CDN + "1789803296517-TEDDY/teddy-3.jpeg");

    RawDog jett = dog(result, "tud-jett");
    assertThat(jett.status()).isEqualTo("reserved");
    assertThat(jett.size()).isNull();
    assertThat(jett.properties()).containsEntry("good_with_cats", "unknown");

    RawDog chloe = dog(result, "tud-chloe");
    assertThat(chloe.name()).isEqualTo("Chloé");
    assertThat(chloe.size()).isEqualTo("On the smaller side of medium");
    assertThat(chloe.location()).isEqualTo("Besançon, France");
    assertThat(chloe.description()).contains("crème fraîche");
    assertThat(chloe.properties()).containsEntry("good_with_dogs", "yes");
    // The page's title has no flag, the listing's has.
    assertThat(chloe.properties()).containsEntry("country_flag", "FR");

    RawDog rocky = dog(result, "tud-rocky");
    assertThat(rocky.name()).isEqualTo("Rocky 🇧🇦");
    assertThat(rocky.size()).isEqualTo("Medium");
    assertThat(rocky.ageText()).isEqualTo("2 years");
    assertThat(rocky.sex()).isEqualTo("Male");
    assertThat(rocky.properties()).containsEntry("good_with_children", "unknown");
    assertThat(rocky.description()).contains("Rocky was found in Sarajevo").doesNotContain("Size:");
    // No gallery: the listing's photo; the title's hostile <img> is no photo.
    assertThat(rocky.imageUrls()).containsExactly(CDN + "1789803296900-ROCKY/rocky-main.jpeg");

    assertThat(result.statistics().statusCounts()).containsEntry(200, 6L);
    assertThat(result.statistics().browserNavigations()).isZero();
  }

  @Test
  void aDogPageThatIsGoneSkipsThatDogOnly() {
    server.always("/adopt/rocky", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(6);
    assertThat(result.dogs()).hasSize(4);
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason, DetailFailure::statusCode)
        .containsExactly(tuple("tud-rocky", "http_status", 404));
  }

  @Test
  void aListingThatKeepsFailingIsAFailedListingNotAnEmptyOne() {
    server.always("/adopt", Reply.status(503));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("503");
    assertThat(result.found()).isEmpty();
    // The first attempt and the one retry the test politeness allows.
    assertThat(server.requestsTo("/adopt")).hasSize(2);
  }

  @Test
  void aListingWithoutProductsIsAFailedListing() {
    server.always(
        "/adopt",
        Reply.html(
            "<html><body><main><h1>Dogs needing homes</h1><p>Check back soon!</p></main>"
                + "</body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
  }

  private RawScrapeResult scrape() {
    try (TheUnderdogScraper scraper =
        new TheUnderdogScraper(
            fastConfig(),
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .build())) {
      return scraper.scrape();
    }
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig fastConfig() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("theunderdog").orElseThrow();
    ScraperSettings scraper = shipped.scraper();
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            TestSites.fastPoliteness()),
        shipped.website(),
        shipped.description(),
        shipped.country(),
        shipped.city(),
        shipped.locations(),
        shipped.serviceRegions(),
        shipped.shipsTo(),
        Map.copyOf(shipped.social()),
        shipped.adoptionFee(),
        shipped.establishedYear(),
        shipped.logoUrl());
  }

  private static RawDog dog(RawScrapeResult result, String externalId) {
    return result.dogs().stream()
        .filter(dog -> dog.externalId().equals(externalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dog " + externalId + " in " + result.dogs()));
  }
}
