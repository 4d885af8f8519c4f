package dev.rescuedogs.scraping.organizations.daisyfamilyrescue;

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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scrapes the project's own copy of the Daisy Family Rescue site (test resources {@code
 * sites/daisyfamilyrescue}) end to end in real headless Chromium: the German listing with its
 * sections classified by keyword, then every dog's page rendered in the browser.
 */
class DaisyFamilyRescueScraperTest {

  private static final String SITE = "https://daisyfamilyrescue.de";
  private static final String UPLOADS = SITE + "/wp-content/uploads/";
  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.factory(Duration.ofSeconds(4), Duration.ofMillis(1500));
  }

  @BeforeEach
  void startSite() {
    server = ReplayServer.serving(TestSites.site("daisyfamilyrescue"));
  }

  @AfterEach
  void stopSite() {
    server.close();
  }

  @Test
  void readsTheSectionsByKeywordAndEveryDogPageInTheBrowser() {
    server.always("/hund-oskar/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("hund-brownie", "Brownie", DogStatus.AVAILABLE),
            tuple("hund-luzi", "Luzi", DogStatus.AVAILABLE),
            // Added by the page's script after loading.
            tuple("hund-mira", "Mira", DogStatus.AVAILABLE),
            // "Reservierte Hündinnen": reserviert wins over Hündinnen.
            tuple("hund-daisy-mae", "Daisy-Mae", DogStatus.RESERVED),
            tuple("hund-bruno", "BRUNO", DogStatus.AVAILABLE),
            tuple("hund-oskar", "Oskar", DogStatus.AVAILABLE),
            tuple("hund-balu", "Balu", DogStatus.ADOPTED));
    // The sponsorship dogs' section is not a section of dogs for adoption.
    assertThat(result.found()).extracting(FoundDog::externalId).doesNotContain("hund-opa-willi");
    assertThat(result.listing().pagesExpected()).isEqualTo(1);
    assertThat(result.listing().pagesSeen()).isEqualTo(1);

    // The page that is gone renders as an error page without a Steckbrief: one dog skipped.
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason)
        .containsExactly(tuple("hund-oskar", "parse_error"));
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactlyInAnyOrder(
            "hund-brownie", "hund-luzi", "hund-mira", "hund-daisy-mae", "hund-bruno");
    assertThat(server.requestsTo("/hund-balu/")).isEmpty();

    RawDog brownie = dog(result, "hund-brownie");
    assertThat(brownie.name()).isEqualTo("Brownie");
    assertThat(brownie.adoptionUrl()).isEqualTo(SITE + "/hund-brownie/");
    assertThat(brownie.ageText()).isEqualTo("03/2021");
    assertThat(brownie.sex()).isEqualTo("weiblich, kastriert");
    assertThat(brownie.breed()).isEqualTo("Mischling");
    assertThat(brownie.location()).isEqualTo("Pflegestelle in 10115 Berlin");
    assertThat(brownie.weight()).isEqualTo("ca. 18 kg");
    assertThat(brownie.height()).isEqualTo("ca. 50 cm");
    assertThat(brownie.properties())
        .containsEntry("origin", "Nordmazedonien")
        .containsEntry("character", "verschmust, verspielt, neugierig")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("good_with_children", "yes")
        .containsEntry("neutered", "yes")
        .containsEntry("suitable_owner", "Anfänger")
        .containsEntry("adoption_fee", "580 €")
        .containsEntry("ideal_home", "Familie mit Garten");
    assertThat(brownie.description())
        .startsWith("<h4>Hallo Freunde, ich bin's Brownie!</h4><p>Ich bin eine fröhliche Hündin")
        .contains("<h4>Meine Vorgeschichte</h4>")
        .doesNotContain("Steckbrief")
        .doesNotContain("TierSchG");
    // Profile photo in full size, gallery links, a gallery item with only a thumbnail; the
    // profile photo repeated in the gallery, the video cover and the logos are left out.
    assertThat(brownie.imageUrls())
        .containsExactly(
            UPLOADS + "2025/02/brownie-profil.jpg",
            UPLOADS + "2025/02/brownie-1.jpg",
            UPLOADS + "2025/02/brownie-2.jpeg",
            UPLOADS + "2025/02/brownie-3-768x1024.jpg");

    RawDog luzi = dog(result, "hund-luzi");
    assertThat(luzi.location()).isEqualTo("Nordmazedonien");
    assertThat(luzi.weight()).isNull();
    assertThat(luzi.properties())
        .containsEntry("good_with_cats", "no")
        .doesNotContainKey("neutered");
    assertThat(luzi.description()).contains("<strong>sehr</strong>");

    RawDog mira = dog(result, "hund-mira");
    assertThat(mira.ageText()).isEqualTo("ca. 8 Monate");
    assertThat(mira.height()).isNull();
    // "Verträgt sich mit Hunden:&nbsp; ja"
    assertThat(mira.properties()).containsEntry("good_with_dogs", "yes");
    assertThat(mira.imageUrls()).containsExactly(UPLOADS + "2025/05/mira-profil.jpg");

    RawDog daisyMae = dog(result, "hund-daisy-mae");
    assertThat(daisyMae.status()).isEqualTo("reserved");
    assertThat(daisyMae.name()).isEqualTo("Daisy-Mae (reserviert)");

    RawDog bruno = dog(result, "hund-bruno");
    assertThat(bruno.sex()).isEqualTo("männlich, unkastriert");
    assertThat(bruno.properties())
        .containsEntry("neutered", "no")
        .containsEntry("good_with_dogs", "unknown");

    // One listing load, five rendered dog pages and the error page.
    assertThat(result.statistics().browserNavigations()).isEqualTo(7);
  }

  @Test
  void aListingWithoutAnyDogSectionFails() {
    server.always(
        "/unsere-hunde/",
        Reply.html(
            "<html><body><main><h2 class=\"elementor-heading-title\">Wartungsarbeiten</h2>"
                + "<p>Die Seite ist gleich wieder da.</p></main></body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("shows no dog cards");
    assertThat(result.found()).isEmpty();
  }

  private RawScrapeResult scrape() {
    try (DaisyFamilyRescueScraper scraper =
        new DaisyFamilyRescueScraper(
            fastConfig(),
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .browserFactory(browsers)
                .build())) {
      return scraper.scrape();
    }
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig fastConfig() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("daisyfamilyrescue").orElseThrow();
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
