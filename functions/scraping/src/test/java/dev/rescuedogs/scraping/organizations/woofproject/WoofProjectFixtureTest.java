package dev.rescuedogs.scraping.organizations.woofproject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parsers against the real pages recorded from woofproject.eu in {@code
 * ../shared/fixtures/woof-project} (see its MANIFEST.md); skipped where that folder is absent.
 */
class WoofProjectFixtureTest {

  private WoofProjectScraper scraper;

  @BeforeEach
  void createScraper() {
    scraper =
        new WoofProjectScraper(
            OrganizationConfigs.findBundled("woof-project").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void closeScraper() {
    scraper.close();
  }

  @Test
  void theFirstListingPageShowsAllItsCardsWithTheirBadgesAndTheWayToPage2() {
    ListingPage listing =
        scraper.parseListingPage(
            RecordedPages.page(
                "woof-project", "woof_project_page1.html", "https://woofproject.eu/adoption/"));

    assertThat(listing.dogs()).hasSize(99);
    assertThat(listing.dogs().stream().map(ListedDog::externalId).distinct()).hasSize(99);
    Map<DogStatus, Long> byStatus =
        listing.dogs().stream()
            .collect(Collectors.groupingBy(ListedDog::status, Collectors.counting()));
    assertThat(byStatus)
        .containsEntry(DogStatus.AVAILABLE, 14L)
        .containsEntry(DogStatus.ADOPTED, 83L)
        .containsEntry(DogStatus.RESERVED, 2L);
    assertThat(listing.dogs())
        .filteredOn(dog -> dog.status() == DogStatus.RESERVED)
        .extracting(ListedDog::name)
        .containsExactly("NAIMA", "REYNA");
    assertThat(listing.nextPage()).isEqualTo(URI.create("https://woofproject.eu/adoption/page/2/"));
    assertThat(listing.pagesTotal()).isEqualTo(5);

    Map<String, ListedDog> byId =
        listing.dogs().stream()
            .collect(Collectors.toMap(ListedDog::externalId, Function.identity()));
    ListedDog jharna = listing.dogs().get(0);
    assertThat(jharna.externalId()).isEqualTo("wp-jharna");
    assertThat(jharna.name()).isEqualTo("JHARNA");
    assertThat(jharna.adoptionUrl()).isEqualTo("https://woofproject.eu/adoption/jharna/");
    RawDog card = jharna.listingData();
    assertThat(card.breed()).isEqualTo("GSP Pointer");
    assertThat(card.ageText()).isEqualTo("9 years");
    assertThat(card.sex()).isEqualTo("Female");
    assertThat(card.size()).isEqualTo("Medium size dog");
    assertThat(card.location()).isEqualTo("In Belgium in foster care");
    assertThat(card.imageUrls())
        .containsExactly("https://woofproject.eu/wp-content/uploads/2023/07/IMG_3966-scaled.jpeg");

    // A numeric slug is a slug like any other.
    assertThat(byId.get("wp-9270").name()).isEqualTo("AMLET");
    assertThat(byId.get("wp-9270").listingData().sex()).isEqualTo("Medium size male dog");
    // "Cyprus mix" is a breed, not a location.
    assertThat(byId.get("wp-camelito").listingData().breed())
        .isEqualTo("“Cyprus mix” with beagle/hound/pointer influence");
    assertThat(byId.get("wp-camelito").listingData().location()).isNull();
    assertThat(byId.get("wp-rou").listingData().ageText()).isEqualTo("2 year old male");
    assertThat(byId.get("wp-arean").status()).isEqualTo(DogStatus.ADOPTED);
    assertThat(byId.get("wp-arean").listingData().status()).isEqualTo("GEADOPTEERD");
    assertThat(byId.get("wp-naima").listingData().status()).isEqualTo("RESERVED");
    assertThat(byId.get("wp-louize").listingData().size()).isEqualTo("Xsmall");
  }

  @Test
  void soraPagePairsItsLabelAndValueColumnsAndKeepsItsFivePhotos() {
    RawDog sora =
        scraper.parseDetailPage(
            RecordedPages.page(
                "woof-project", "woof_sora.html", "https://woofproject.eu/adoption/sora/"));

    assertThat(sora.externalId()).isEqualTo("wp-sora");
    assertThat(sora.name()).isEqualTo("SORA");
    assertThat(sora.adoptionUrl()).isEqualTo("https://woofproject.eu/adoption/sora/");
    assertThat(sora.breed()).isEqualTo("Small breed mix");
    assertThat(sora.sex()).isEqualTo("Female");
    assertThat(sora.location()).isEqualTo("Belgium");
    assertThat(sora.ageText()).isEqualTo("2 years");
    assertThat(sora.size()).isEqualTo("Small size dog");
    assertThat(sora.height()).isEqualTo("30 cm");
    assertThat(sora.status()).isNull();
    assertThat(sora.imageUrls())
        .hasSize(5)
        .allMatch(url -> url.startsWith("https://woofproject.eu/wp-content/uploads/2026/09/"))
        .noneMatch(url -> url.contains("video_icon") || url.contains("woof_logo"));
    assertThat(sora.imageUrls().get(0))
        .isEqualTo(
            "https://woofproject.eu/wp-content/uploads/2026/09/"
                + "74ed6622f2f51bdc4752a3cd26f1184c.jpeg");
    assertThat(sora.description())
        .contains("Hi, I am Sora")
        .contains("Adopt Sora through Woof Project Europe")
        .doesNotContain("Sign up to our newsletter");
    assertThat(sora.properties())
        .containsEntry("house_trained", "Yes house trained")
        .containsEntry("health", "Good health")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("vaccinated", "yes")
        .containsEntry("neutered", "yes")
        .containsEntry("microchipped", "yes");
  }
}
