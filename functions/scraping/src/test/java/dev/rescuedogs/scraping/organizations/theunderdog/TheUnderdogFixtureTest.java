package dev.rescuedogs.scraping.organizations.theunderdog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dog-page parser against the real page recorded from theunderdog.org in {@code
 * ../shared/fixtures/theunderdog} (see its MANIFEST.md); skipped where that folder is absent.
 */
class TheUnderdogFixtureTest {

  private TheUnderdogScraper scraper;

  @BeforeEach
  void createScraper() {
    scraper =
        new TheUnderdogScraper(
            OrganizationConfigs.findBundled("theunderdog").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void closeScraper() {
    scraper.close();
  }

  @Test
  void teddyPageAnswersItsQuestionsAndShowsTwentyFourLazyPhotos() {
    RawDog teddy =
        scraper.parseDetailPage(
            RecordedPages.page(
                "theunderdog", "underdog_teddy.html", "https://www.theunderdog.org/adopt/teddy"));

    assertThat(teddy.externalId()).isEqualTo("tud-teddy");
    assertThat(teddy.name()).isEqualTo("Teddy 🇬🇧");
    assertThat(teddy.adoptionUrl()).isEqualTo("https://www.theunderdog.org/adopt/teddy");
    assertThat(teddy.status()).isNull();
    assertThat(teddy.size()).isEqualTo("Large");
    assertThat(teddy.ageText()).isEqualTo("Adult (around six years old)");
    assertThat(teddy.sex()).isEqualTo("Male");
    assertThat(teddy.breed()).isNull();
    assertThat(teddy.location()).isEqualTo("Cyprus, now in Southampton (UK adoption fee applies)");
    assertThat(teddy.properties())
        .containsEntry("living_with_children", "I can live with children")
        .containsEntry("good_with_children", "yes")
        .containsEntry("good_with_dogs", "unknown")
        .containsEntry("good_with_cats", "no")
        .containsEntry("resident_dog_required", "No")
        .containsEntry("reason_for_rehoming", "Not enough time due to young children")
        .containsEntry("country_flag", "GB");
    assertThat(teddy.description())
        .contains("About Teddy")
        .contains("Alaskan Malamute")
        .doesNotContain("How big?")
        .doesNotContain("Add To Cart");
    // Each photo is in the gallery twice (mobile and desktop), with an empty src.
    assertThat(teddy.imageUrls())
        .hasSize(24)
        .allMatch(
            url ->
                url.startsWith(
                    "https://images.squarespace-cdn.com/content/v1/5c40fa0e1aef1d1aa24274ea/"));
    assertThat(teddy.imageUrls().get(0)).endsWith("/DEDF45EA-4B2D-48FF-A050-3CC26B3185E0.jpeg");
  }
}
