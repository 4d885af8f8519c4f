package dev.rescuedogs.scraping.organizations.woofproject;

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
 * Scrapes the project's own copy of the Woof Project site (test resources {@code
 * sites/woof-project}) end to end: the listing in real headless Chromium (lazy cards, three pages
 * linked by page numbers), the detail pages over HTTP through the real fetcher.
 */
class WoofProjectScraperTest {

  private static final String SITE = "https://woofproject.eu";
  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.factory(Duration.ofSeconds(4), Duration.ofMillis(1500));
  }

  @BeforeEach
  void startSite() {
    server = ReplayServer.serving(TestSites.site("woof-project"));
    // Zoë's page is stored in windows-1252 and sent without a charset: only its meta tag says so.
    server.always("/adoption/zoe/", Reply.file().withContentType("text/html"));
  }

  @AfterEach
  void stopSite() {
    server.close();
  }

  @Test
  void readsEveryListingPageAndEveryDogThatIsNotAdoptedOrGone() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("wp-luna", "LUNA", DogStatus.AVAILABLE),
            tuple("wp-bram", "BRAM", DogStatus.RESERVED),
            tuple("wp-9270", "OTTO", DogStatus.AVAILABLE),
            // The last two cards of page 1 only appear after the page has loaded.
            tuple("wp-milo", "MILO", DogStatus.ADOPTED),
            tuple("wp-fientje", "FIENTJE", DogStatus.ADOPTED),
            tuple("wp-zoe", "ZOË", DogStatus.AVAILABLE),
            tuple("wp-rex", "REX", DogStatus.AVAILABLE),
            tuple("wp-nala-2", "NALA", DogStatus.AVAILABLE),
            tuple("wp-ghost", "GHOST", DogStatus.AVAILABLE));
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    assertThat(result.found().get(0).adoptionUrl()).isEqualTo(SITE + "/adoption/luna/");

    // Adopted dogs are found but their pages are not read.
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactlyInAnyOrder(
            "wp-luna", "wp-bram", "wp-9270", "wp-zoe", "wp-rex", "wp-nala-2");
    assertThat(server.requestsTo("/adoption/milo/")).isEmpty();
    // A card whose page is gone: that dog is skipped and counted, the others are read.
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason, DetailFailure::statusCode)
        .containsExactly(tuple("wp-ghost", "http_status", 404));

    RawDog luna = dog(result, "wp-luna");
    assertThat(luna.name()).isEqualTo("LUNA");
    assertThat(luna.adoptionUrl()).isEqualTo(SITE + "/adoption/luna/");
    assertThat(luna.status()).isEqualTo("available");
    assertThat(luna.breed()).isEqualTo("Pointer mix");
    assertThat(luna.sex()).isEqualTo("Female");
    assertThat(luna.ageText()).isEqualTo("3 years");
    assertThat(luna.size()).isEqualTo("Medium size dog");
    assertThat(luna.location()).isEqualTo("Belgium");
    assertThat(luna.height()).isEqualTo("52 cm");
    assertThat(luna.description())
        .contains("Hi, I am Luna")
        .doesNotContain("Adopt Me")
        .doesNotContain("LET'S HOME THEM ALL");
    assertThat(luna.imageUrls())
        .containsExactly(
            SITE + "/wp-content/uploads/2026/08/luna-1.jpeg",
            SITE + "/wp-content/uploads/2026/08/luna-2.jpeg",
            SITE + "/wp-content/uploads/2026/08/luna-card.jpeg");
    assertThat(luna.properties())
        .containsEntry("house_trained", "Yes, house trained")
        .containsEntry("health", "Good health, Leishmania negative")
        .containsEntry("prefers_home_with", "A garden and a playful dog friend")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "no")
        .containsEntry("vaccinated", "yes")
        .containsEntry("neutered", "yes")
        .containsEntry("microchipped", "yes")
        .containsEntry(
            "listing_summary",
            "Pointer mix | 3 years | Female | Medium size dog | In Belgium in foster care");

    RawDog bram = dog(result, "wp-bram");
    assertThat(bram.status()).isEqualTo("reserved");
    // The page has no size; the card's info line has it.
    assertThat(bram.size()).isEqualTo("Large");
    assertThat(bram.properties()).containsEntry("house_trained", "Not yet");

    RawDog otto = dog(result, "wp-9270");
    assertThat(otto.name()).isEqualTo("OTTO");
    assertThat(otto.location()).isNull();
    assertThat(otto.imageUrls()).hasSize(3);
    // Raw means raw: mojibake the site published is kept for standardization to repair.
    assertThat(otto.description()).contains("CafÃ© au lait");

    RawDog zoe = dog(result, "wp-zoe");
    assertThat(zoe.name()).isEqualTo("ZOË");
    assertThat(zoe.breed()).isEqualTo("Épagneul mix");
    assertThat(zoe.location()).isEqualTo("Cyprus – Limassol");
    assertThat(zoe.description()).contains("crème fraîche");

    RawDog rex = dog(result, "wp-rex");
    assertThat(rex.name()).isEqualTo("REX");
    assertThat(rex.properties()).containsEntry("good_with_cats", "no");
    assertThat(rex.imageUrls())
        .containsExactly(
            SITE + "/wp-content/uploads/2026/09/rex-1.jpeg",
            SITE + "/wp-content/uploads/2026/09/rex-card.jpeg");

    RawDog nala = dog(result, "wp-nala-2");
    assertThat(nala.ageText()).isEqualTo("6 months");
    assertThat(nala.description()).isNull();
    assertThat(nala.location()).isEqualTo("in Cyprus");
    assertThat(nala.imageUrls())
        .containsExactly(SITE + "/wp-content/uploads/2026/09/nala-card.jpeg");

    assertThat(result.statistics().browserNavigations()).isEqualTo(3);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 6L);
    // The one page that answered 404 (robots.txt answering 404 is no failure).
    assertThat(result.statistics().failures()).isEqualTo(1);
  }

  @Test
  void aListingPageWithoutCardsFailsTheWholeListing() {
    server.always("/adoption/page/2/", Reply.status(500));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("/adoption/page/2/");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(server.requestsTo("/adoption/luna/")).isEmpty();
  }

  private RawScrapeResult scrape() {
    try (WoofProjectScraper scraper =
        new WoofProjectScraper(
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
    OrganizationConfig shipped = OrganizationConfigs.findBundled("woof-project").orElseThrow();
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
