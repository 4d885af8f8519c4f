package dev.rescuedogs.scraping.organizations.rean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
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
 * The REAN scraper end to end against the project's copy of its two long pages (test resources
 * {@code sites/rean}) in real headless Chromium: later cards appear only while scrolling, photos
 * load lazily.
 */
class ReanReplayTest {

  // Addresses shown by the copy map back to the organization's website origin.
  private static final String ROMANIA = "https://www.rean.org.uk/dogs-%26-puppies-in-romania";
  private static final String PHOTOS =
      "https://img1.wsimg.com/isteam/ip/5d0c3f7e-1b2a-4c3d-9e8f-a1b2c3d4e5f6/";

  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.loopbackOnly(Duration.ofSeconds(4));
  }

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("rean"));
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
            .runId("rean-replay")
            .build();
    try (ReanScraper scraper = new ReanScraper(organization(), dependencies)) {
      return scraper.scrape();
    }
  }

  /** The shipped config (its real listing URLs), with test-sized politeness. */
  private static OrganizationConfig organization() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("rean").orElseThrow();
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
  void scrollsBothLongPagesToTheEndAndReadsEveryDogOnThem() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("rean-romania-louis", "Louis", DogStatus.AVAILABLE),
            tuple("rean-romania-bella", "bella", DogStatus.AVAILABLE),
            tuple("rean-romania-maya", "Maya", DogStatus.RESERVED),
            tuple("rean-romania-bruno", "Bruno", DogStatus.AVAILABLE),
            tuple("rean-romania-ioana", "Ioana 🐾", DogStatus.AVAILABLE),
            tuple("rean-romania-luna", "Luna", DogStatus.AVAILABLE),
            tuple("rean-romania-luna-luna-b", "Luna", DogStatus.AVAILABLE),
            tuple("rean-uk_foster-max", "Max", DogStatus.AVAILABLE),
            tuple("rean-uk_foster-daisy", "Daisy", DogStatus.ADOPTED),
            tuple("rean-uk_foster-nala", "Nala", DogStatus.RESERVED));
    assertThat(result.found()).noneMatch(dog -> dog.name().equalsIgnoreCase("Please"));
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
    assertThat(result.detailFailures()).isEmpty();
    // The adopted dog is recorded as found, not read.
    assertThat(result.dogs()).hasSize(9).noneMatch(dog -> dog.name().equals("Daisy"));

    RawDog louis = dog(result, "rean-romania-louis");
    assertThat(louis.adoptionUrl()).isEqualTo(ROMANIA);
    assertThat(louis.status()).isEqualTo("available");
    assertThat(louis.imageUrls()).containsExactly(PHOTOS + "louis-1.jpg", PHOTOS + "louis-2.jpg");
    assertThat(louis.description()).contains("gentle boy").doesNotContain("adoption form");

    // Cards rendered only after scrolling, with their lazy photos.
    RawDog bruno = dog(result, "rean-romania-bruno");
    assertThat(bruno.ageText()).isEqualTo("6 years old");
    assertThat(bruno.imageUrls()).containsExactly(PHOTOS + "bruno-1.jpg", PHOTOS + "bruno-2.jpg");
    assertThat(bruno.properties())
        .containsEntry("good_with_children", "yes")
        .containsEntry("good_with_cats", "no")
        .containsEntry("neutered", "yes");
    assertThat(dog(result, "rean-romania-ioana").sex()).isEqualTo("female");
    assertThat(dog(result, "rean-romania-luna-luna-b").ageText()).isEqualTo("5 months old");
    assertThat(dog(result, "rean-romania-maya").status()).isEqualTo("reserved");

    RawDog max = dog(result, "rean-uk_foster-max");
    assertThat(max.adoptionUrl()).isEqualTo("https://www.rean.org.uk/dogs-in-foster-in-the-uk");
    assertThat(max.location()).isEqualTo("foster in Kent");
    assertThat(max.imageUrls()).containsExactly(PHOTOS + "max-1.jpg", PHOTOS + "max-2.jpg");
    assertThat(dog(result, "rean-uk_foster-nala").status()).isEqualTo("reserved");

    assertThat(result.statistics().browserNavigations()).isEqualTo(2);
    assertThat(server.requestsTo("/dogs-%26-puppies-in-romania")).hasSize(1);
    assertThat(server.requestsTo("/dogs-in-foster-in-the-uk")).hasSize(1);
  }

  @Test
  void aPageThatShowsNoDogsFailsTheWholeListing() {
    server.always(
        "/dogs-in-foster-in-the-uk",
        Reply.html(
            "<!DOCTYPE html><html><body><h2>Dogs in foster in the UK</h2>"
                + "<h4>Please bear with us</h4><p>We are updating this page.</p></body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("dogs-in-foster-in-the-uk").contains("shows no dogs");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
  }

  private static RawDog dog(RawScrapeResult result, String id) {
    return result.dogs().stream()
        .filter(dog -> dog.externalId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dog " + id + " in " + result.dogs()));
  }
}
