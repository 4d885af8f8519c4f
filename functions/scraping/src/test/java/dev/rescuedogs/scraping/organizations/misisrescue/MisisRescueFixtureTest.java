package dev.rescuedogs.scraping.organizations.misisrescue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The post parser against the real pages recorded from misisrescue.com in {@code
 * ../shared/fixtures/misisrescue} (see its MANIFEST.md); skipped where that folder is absent.
 */
class MisisRescueFixtureTest {

  private MisisRescueScraper scraper;

  @BeforeEach
  void createScraper() {
    scraper =
        new MisisRescueScraper(
            OrganizationConfigs.findBundled("misisrescue").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void closeScraper() {
    scraper.close();
  }

  @Test
  void freyaPostGivesItsThingsToKnowAndItsThirtyThreePhotos() {
    RawDog freya =
        scraper.parseDetailPage(
            RecordedPages.page(
                "misisrescue", "misis_freya.html", "https://www.misisrescue.com/post/freya"));

    assertThat(freya.externalId()).isEqualTo("mar-freya");
    assertThat(freya.name()).isEqualTo("Freya");
    assertThat(freya.adoptionUrl()).isEqualTo("https://www.misisrescue.com/post/freya");
    assertThat(freya.status()).isNull();
    assertThat(freya.ageText()).isEqualTo("DOB February 2026");
    assertThat(freya.breed()).isEqualTo("terrier mix");
    assertThat(freya.weight())
        .isEqualTo("weighs around 8kg, should be around 10-12kg at full size");
    assertThat(freya.sex()).isEqualTo("female (she/her)");
    assertThat(freya.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("good_with_children", "yes")
        .containsEntry("neutered", "yes");
    assertThat(freya.imageUrls())
        .hasSize(33)
        .allMatch(
            url -> url.matches("https://static\\.wixstatic\\.com/media/ef9e05_\\w+~mv2\\.jpe?g"));
    assertThat(freya.description())
        .contains("One day she just appeared out of nowhere")
        .contains("Things you should know about Freya")
        .doesNotContain("How do you adopt")
        .doesNotContain("Related Posts")
        .doesNotContain("Pixel");
  }

  @Test
  void teaPostKeepsItsEmojiNameAndReadsTheOlderFormat() {
    RawDog tea =
        scraper.parseDetailPage(
            RecordedPages.page(
                "misisrescue",
                "tea_things_you_have_to_know.html",
                "https://www.misisrescue.com/post/__tea"));

    assertThat(tea.externalId()).isEqualTo("mar-__tea");
    assertThat(tea.name()).isEqualTo("⭐💜Tea💜⭐");
    assertThat(tea.ageText()).isEqualTo("2 years old");
    assertThat(tea.breed()).isEqualTo("mixed breed");
    assertThat(tea.weight()).isEqualTo("around 21-2 kg");
    assertThat(tea.sex()).isEqualTo("female (she/her)");
    assertThat(tea.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "unknown")
        .containsEntry("neutered", "yes")
        .containsEntry("vaccinated", "yes");
    // 31 <img>, one photo shown twice; the video is not a photo.
    assertThat(tea.imageUrls()).hasSize(30).noneMatch(url -> url.contains("video"));
    assertThat(tea.description()).contains("placed in foster home").doesNotContain("€550");
  }
}
