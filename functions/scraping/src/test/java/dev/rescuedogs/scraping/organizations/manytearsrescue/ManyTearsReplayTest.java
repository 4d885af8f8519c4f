package dev.rescuedogs.scraping.organizations.manytearsrescue;

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
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.Chromium;
import dev.rescuedogs.scraping.support.TestSites;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Many Tears scraper end to end against the project's copy of the site (test resources {@code
 * sites/manytearsrescue}), every page in real headless Chromium as on the bot-protected site.
 */
class ManyTearsReplayTest {

  private static final String SITE = "https://www.manytearsrescue.org";
  private static final String PHOTOS = SITE + "/media/animal_images/";
  private static final String SIZE = ".640x640_q80_crop_progressive_upscale.jpg";

  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.loopbackOnly(Duration.ofSeconds(4));
  }

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("manytearsrescue"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    ScraperDependencies dependencies =
        ScraperDependencies.builder()
            .siteCopy(server.baseUri())
            .userAgent(TestSites.USER_AGENT)
            .browserFactory(browsers)
            .runId("manytears-replay")
            .build();
    try (ManyTearsRescueScraper scraper =
        new ManyTearsRescueScraper(organization(), dependencies)) {
      return scraper.scrape();
    }
  }

  /** The shipped config (its real listing URL), with test-sized politeness. */
  private static OrganizationConfig organization() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("manytearsrescue").orElseThrow();
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
        shipped.social(),
        shipped.adoptionFee(),
        shipped.establishedYear(),
        shipped.logoUrl());
  }

  @Test
  void followsTheNumberedPagesAndReadsEveryWantedDogInTheBrowser() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("7001", "Lucy", DogStatus.AVAILABLE),
            tuple("7002", "Hachi", DogStatus.RESERVED),
            tuple("7003", "Ureka", DogStatus.AVAILABLE),
            tuple("7004", "Rolo 🐶", DogStatus.AVAILABLE),
            tuple("7005", "Ghost", DogStatus.AVAILABLE),
            tuple("7006", "Señora Pepa", DogStatus.AVAILABLE),
            tuple("7007", "Dottie", DogStatus.AVAILABLE),
            tuple("7008", "Bramble", DogStatus.ADOPTED));
    assertThat(result.found().get(0).adoptionUrl()).isEqualTo(SITE + "/adopt/dogs/7001/");
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);

    // Bramble is adopted (found, not read); Ghost's page is the site's "Not Found" page.
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason)
        .containsExactly(tuple("7005", "parse_error"));
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly("7001", "7002", "7003", "7004", "7006", "7007");

    RawDog lucy = dog(result, "7001");
    assertThat(lucy)
        .extracting(
            RawDog::adoptionUrl,
            RawDog::status,
            RawDog::breed,
            RawDog::ageText,
            RawDog::sex,
            RawDog::location)
        .containsExactly(
            SITE + "/adopt/dogs/7001/",
            "available",
            "Spaniel",
            "5 years",
            "Female",
            "Many Tears, Llanelli, Carmarthenshire");
    // The card's 450x450 photo and the gallery's 640x640 one are the same photo.
    assertThat(lucy.imageUrls())
        .containsExactly(
            PHOTOS + "lucy-1.jpg" + SIZE,
            PHOTOS + "lucy-2.jpg" + SIZE,
            PHOTOS + "lucy-3.jpg" + SIZE);
    assertThat(lucy.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "no")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("fee", "£295.00")
        .containsEntry("notes", "Can live with another dog")
        .containsEntry("medical_notes", "I have been spayed and vaccinated.")
        .containsEntry("family_requirements", "I need an adult only home.")
        .containsEntry("reference", "ANIMAL07001");
    assertThat(lucy.description())
        .isEqualTo(
            "<p>01-10-26 Lucy is a sweet spaniel who loves her walks.</p>"
                + "<p>She is a little shy at first but soon warms up.</p>");

    assertThat(dog(result, "7002").status()).isEqualTo("reserved");

    // Only the page says Ureka is reserved; the breed it lacks comes from her card.
    RawDog ureka = dog(result, "7003");
    assertThat(ureka.status()).isEqualTo("reserved");
    assertThat(ureka.breed()).isEqualTo("Cocker Spaniel");
    assertThat(ureka.imageUrls()).containsExactly(PHOTOS + "ureka-1.jpg" + SIZE);
    assertThat(ureka.properties())
        .containsEntry("good_with_dogs", "no")
        .doesNotContainKeys("fee", "reference");

    // Thumbnails with only a CSS background still give the gallery photos.
    RawDog rolo = dog(result, "7004");
    assertThat(rolo.name()).isEqualTo("Rolo 🐶");
    assertThat(rolo.imageUrls())
        .containsExactly(PHOTOS + "rolo-1.jpg" + SIZE, PHOTOS + "rolo-2.jpg" + SIZE);

    RawDog pepa = dog(result, "7006");
    assertThat(pepa.name()).isEqualTo("Señora Pepa");
    assertThat(pepa.description()).contains("Málaga", "«¡Es muy cariñosa y tranquila!»");

    RawDog dottie = dog(result, "7007");
    assertThat(dottie.name()).isEqualTo("Dottie");
    assertThat(dottie.breed()).isEqualTo("Dalmatian");
    assertThat(dottie.imageUrls())
        .containsExactly(PHOTOS + "dottie-1.jpg" + SIZE, PHOTOS + "dottie-2.jpg" + SIZE);
    assertThat(dottie.description()).contains("spotty and proud");

    // One listing load, two "Next" clicks and seven detail pages, all through the browser.
    assertThat(result.statistics().browserNavigations()).isEqualTo(10);
    assertThat(server.requestsTo("/adopt/dogs/7001/"))
        .singleElement()
        .satisfies(
            request ->
                assertThat(request.header("User-Agent"))
                    .hasValueSatisfying(agent -> assertThat(agent).contains("RescueDogsBot/1.0")));
    assertThat(server.requestsTo("/adopt/dogs/7008/")).isEmpty();
  }

  @Test
  void aListingPageThatFailsToLoadFailsTheListing() {
    server.always("/adopt/dogs/?page=2", Reply.status(503));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("page 2").contains("did not appear");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(server.requestsTo("/adopt/dogs/7001/")).isEmpty();
  }

  private static RawDog dog(RawScrapeResult result, String id) {
    return result.dogs().stream()
        .filter(dog -> dog.externalId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dog " + id + " in " + result.dogs()));
  }
}
