package dev.rescuedogs.scraping.organizations.manytearsrescue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parsers against pages recorded from manytearsrescue.org (see ../shared/fixtures/MANIFEST.md).
 */
class ManyTearsRecordedPagesTest {

  private static final String SITE = "https://www.manytearsrescue.org";

  private ManyTearsRescueScraper scraper;

  @BeforeEach
  void create() {
    scraper =
        new ManyTearsRescueScraper(
            OrganizationConfigs.findBundled("manytearsrescue").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void close() {
    scraper.close();
  }

  @Test
  void theFirstListingPageShowsTwelveAvailableDogsOfSevenPages() {
    ListingPage page =
        scraper.parseListingPage(
            RecordedPages.page("manytearsrescue", "manytears_page1.html", SITE + "/adopt/dogs/"));

    assertThat(page.pagesTotal()).isEqualTo(7);
    assertThat(page.nextPage()).isEqualTo(URI.create(SITE + "/adopt/dogs/?page=2"));
    assertThat(page.dogs()).hasSize(12).allMatch(dog -> dog.status() == DogStatus.AVAILABLE);
    assertThat(page.dogs())
        .extracting(ListedDog::externalId, ListedDog::name)
        .containsExactly(
            tuple("6128", "Lucy"),
            tuple("6178", "Hachi"),
            tuple("5997", "Ureka"),
            tuple("6171", "Halo"),
            tuple("6159", "Oriel"),
            tuple("6157", "Owl"),
            tuple("5934", "Whispy"),
            tuple("6202", "Gemma"),
            tuple("6201", "Bee"),
            tuple("6200", "Tara"),
            tuple("6197", "Maggie"),
            tuple("6191", "Orange"));
    assertThat(page.dogs().get(0).adoptionUrl()).isEqualTo(SITE + "/adopt/dogs/6128/");

    RawDog lucy = page.dogs().get(0).listingData();
    assertThat(lucy)
        .extracting(RawDog::breed, RawDog::ageText, RawDog::sex, RawDog::location)
        .containsExactly("Spaniel", "5 years", "Female", "Many Tears, Llanelli, Carmarthenshire");
    assertThat(lucy.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "no")
        .containsEntry("good_with_cats", "unknown");
    assertThat(lucy.imageUrls())
        .containsExactly(
            SITE
                + "/media/animal_images/PHOTO-2026-08-26-12-53-09.jpg"
                + ".640x640_q80_crop_progressive_upscale.jpg");
    RawDog hachi = page.dogs().get(1).listingData();
    assertThat(hachi.location()).isEqualTo("In Foster: Llanelli, Carmarthenshire");
    assertThat(hachi.properties()).containsEntry("good_with_cats", "yes");
    assertThat(page.dogs().get(3).listingData().properties())
        .containsEntry("good_with_children", "yes")
        .containsEntry("good_with_cats", "no");
    assertThat(page.dogs().get(11).listingData().properties())
        .containsEntry("good_with_children", "unknown");
  }

  @Test
  void helgasPageHasHerFactsFeeRequirementsStoryAndFivePhotos() {
    RawDog helga =
        scraper.parseDetailPage(
            RecordedPages.page(
                "manytearsrescue", "manytears_6199.html", SITE + "/adopt/dogs/6199/"));

    assertThat(helga.externalId()).isEqualTo("6199");
    assertThat(helga.name()).isEqualTo("Helga");
    assertThat(helga.adoptionUrl()).isEqualTo(SITE + "/adopt/dogs/6199/");
    assertThat(helga.status()).isEqualTo("Available for Adoption");
    assertThat(helga.ageText()).isEqualTo("6 years");
    assertThat(helga.sex()).isEqualTo("Female");
    assertThat(helga.breed()).isEqualTo("Giant Schnauzer Cross");
    assertThat(helga.location()).isEqualTo("Many Tears, Llanelli, Carmarthenshire");
    assertThat(helga.imageUrls())
        .hasSize(5)
        .allMatch(url -> url.startsWith(SITE + "/media/animal_images/"))
        .allMatch(url -> url.endsWith(".640x640_q80_crop_progressive_upscale.jpg"))
        .contains(
            SITE
                + "/media/animal_images/Helga-25-09-26a.jpg.640x640_q80_crop_progressive_upscale.jpg");
    assertThat(helga.properties())
        .containsEntry("fee", "£360.00")
        .containsEntry("notes", "Can be the only dog")
        .containsEntry("reference", "ANIMAL03383")
        .containsEntry(
            "medical_notes",
            "I have been spayed & am ready for my forever home! Read below for more!")
        .containsEntry(
            "pet_requirements",
            "I would like to be the only dog in my new home and I cannot live with cats.")
        .containsKeys(
            "family_requirements", "home_requirements", "exercise_requirements", "training_needs");
    assertThat(helga.description())
        .startsWith("<p>25-09-26 Helga is a wonderful lady")
        .contains("joint supplements")
        .doesNotContain("Share This Page", "Minimum Donation", "Adoption Starts Here");
  }
}
