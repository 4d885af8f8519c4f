package dev.rescuedogs.scraping.organizations.misisrescue;

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
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.Chromium;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scrapes the project's own copy of the MISIs Wix site (test resources {@code sites/misisrescue})
 * end to end: the post feed in real headless Chromium, paged by clicking its buttons, and the posts
 * over HTTP through the real fetcher.
 */
class MisisRescueScraperTest {

  private static final String SITE = "https://www.misisrescue.com";
  private static final String MEDIA = "https://static.wixstatic.com/media/";
  private static ChromiumBrowserFactory browsers;
  private ReplayServer server;

  @BeforeAll
  static void requireChromium() {
    browsers = Chromium.factory(Duration.ofSeconds(3), Duration.ofSeconds(1));
  }

  @BeforeEach
  void startSite() {
    server = ReplayServer.serving(TestSites.site("misisrescue"));
  }

  @AfterEach
  void stopSite() {
    server.close();
  }

  @Test
  void clicksThroughEveryFeedPageAndRecordsTheReservedSection() {
    RawScrapeResult result = scrape("/available-for-adoption");

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("mar-freya", "Freya", DogStatus.AVAILABLE),
            tuple("mar-__tea", "⭐💜Tea💜⭐", DogStatus.AVAILABLE),
            // Below the "Reserved" heading: reserved, and listed on every page.
            tuple("mar-maza", "Maza", DogStatus.RESERVED),
            tuple("mar-pixel", "Pixel ( reserved)", DogStatus.RESERVED),
            tuple("mar-bubi", "Bubi - he's a boy!", DogStatus.AVAILABLE),
            tuple("mar-ghost", "Ghost", DogStatus.AVAILABLE),
            tuple("mar-lola", "Lola from Serbia", DogStatus.AVAILABLE));
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    // The page never changed address: one load and two clicks.
    assertThat(result.statistics().browserNavigations()).isEqualTo(3);
    assertThat(server.requestsTo("/available-for-adoption")).hasSize(1);
    // The header's link to a post is not a dog.
    assertThat(server.requestsTo("/post/how-to-adopt")).isEmpty();
    // A post the feed still lists but that is gone: that dog is skipped and counted.
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::reason, DetailFailure::statusCode)
        .containsExactly(tuple("mar-ghost", "http_status", 404));
    assertThat(result.dogs()).hasSize(6);

    RawDog freya = dog(result, "mar-freya");
    assertThat(freya.adoptionUrl()).isEqualTo(SITE + "/post/freya");
    assertThat(freya.ageText()).isEqualTo("DOB February 2026");
    assertThat(freya.breed()).isEqualTo("terrier mix");
    assertThat(freya.weight())
        .isEqualTo("weighs around 8kg, should be around 10-12kg at full size");
    assertThat(freya.sex()).isEqualTo("female (she/her)");
    assertThat(freya.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("good_with_children", "yes")
        .containsEntry("neutered", "yes")
        .containsEntry("vaccinated", "yes");
    // The same photo in several sizes, and the card's thumbnail, count once; related posts don't.
    assertThat(freya.imageUrls())
        .containsExactly(MEDIA + "ef9e05_freya1~mv2.jpg", MEDIA + "ef9e05_freya2~mv2.jpg");
    assertThat(freya.description())
        .startsWith("<p>One day she just appeared")
        .contains("<li>She would be a great company for kids")
        .doesNotContain("How do you adopt")
        .doesNotContain("€550");

    RawDog tea = dog(result, "mar-__tea");
    assertThat(tea.name()).isEqualTo("⭐💜Tea💜⭐");
    assertThat(tea.ageText()).isEqualTo("2 years old");
    assertThat(tea.breed()).isEqualTo("mixed breed");
    assertThat(tea.weight()).isEqualTo("around 21-2 kg");
    assertThat(tea.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "unknown");

    RawDog pixel = dog(result, "mar-pixel");
    assertThat(pixel.status()).isEqualTo("reserved");
    assertThat(pixel.size()).isEqualTo("medium size dog");
    // "his sister … she … he": no clear sex.
    assertThat(pixel.sex()).isNull();
    assertThat(pixel.properties()).containsEntry("sex_evidence", "she/her 2, he/him 2");

    RawDog bubi = dog(result, "mar-bubi");
    assertThat(bubi.sex()).isEqualTo("male (he/him)");
    assertThat(bubi.ageText()).isEqualTo("born in 2022");
    assertThat(bubi.breed()).isEqualTo("shepherd cross");
    assertThat(bubi.height()).isEqualTo("45 cm tall");
    assertThat(bubi.properties()).containsEntry("good_with_cats", "no");

    RawDog lola = dog(result, "mar-lola");
    assertThat(lola.ageText()).isNull();
    assertThat(lola.breed()).isNull();
    assertThat(lola.sex()).isEqualTo("female (she/her)");
    assertThat(lola.properties()).containsEntry("good_with_dogs", "yes");
    assertThat(lola.imageUrls()).containsExactly(MEDIA + "ef9e05_lola1~mv2.jpg");

    RawDog maza = dog(result, "mar-maza");
    assertThat(maza.status()).isEqualTo("reserved");
    assertThat(maza.ageText()).isEqualTo("DOB 2016");
    assertThat(maza.weight()).isEqualTo("weighs 14 kg");
  }

  @Test
  void aClickThatStallsIsRepeated() {
    RawScrapeResult result = scrape("/stalling/available-for-adoption");

    assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).extracting(FoundDog::externalId).hasSize(7).contains("mar-lola");
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    // One load, a click that did nothing, and the two that worked.
    assertThat(result.statistics().browserNavigations()).isEqualTo(4);
  }

  @Test
  void aFeedThatNeverAppearsFailsTheListingAfterReloading() {
    RawScrapeResult result = scrape("/broken/available-for-adoption");

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("showed no dogs in 3 loads");
    // Only the reserved section rendered: it must not pass for the listing.
    assertThat(result.found()).isEmpty();
    // Three loads (the browser may answer the later ones from its cache).
    assertThat(result.statistics().browserNavigations()).isEqualTo(3);
    assertThat(server.requestsTo("/post/maza")).isEmpty();
  }

  private RawScrapeResult scrape(String listingPath) {
    try (MisisRescueScraper scraper =
        new MisisRescueScraper(
            config(URI.create(SITE + listingPath)),
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .browserFactory(browsers)
                .build())) {
      return scraper.scrape();
    }
  }

  /** The shipped config with test-sized pacing, starting at {@code listing}. */
  private static OrganizationConfig config(URI listing) {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("misisrescue").orElseThrow();
    ScraperSettings scraper = shipped.scraper();
    assertThat(scraper.listingUrls()).containsExactly(URI.create(SITE + "/available-for-adoption"));
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(), scraper.technology(), List.of(listing), TestSites.fastPoliteness()),
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
