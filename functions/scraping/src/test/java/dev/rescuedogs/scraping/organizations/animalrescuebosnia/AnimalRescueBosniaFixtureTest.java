package dev.rescuedogs.scraping.organizations.animalrescuebosnia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.Test;

/**
 * The parser against the page recorded from the real site (../shared/fixtures, see MANIFEST.md).
 */
class AnimalRescueBosniaFixtureTest {

  private static final String UPLOADS =
      "https://www.animal-rescue-bosnia.org/wp-content/uploads/2026/09/";

  @Test
  void johnyDetailPage() {
    RawDog johny;
    try (AnimalRescueBosniaScraper scraper =
        new AnimalRescueBosniaScraper(
            OrganizationConfigs.findBundled("animalrescuebosnia").orElseThrow(),
            ScraperDependencies.defaults())) {
      johny =
          scraper.parseDetailPage(
              RecordedPages.page(
                  "animalrescuebosnia",
                  "arb_johny.html",
                  "https://www.animal-rescue-bosnia.org/johny/"));
    }

    assertThat(johny.externalId()).isEqualTo("arb-johny");
    assertThat(johny.name()).isEqualTo("Johny");
    assertThat(johny.breed()).isEqualTo("Mix");
    assertThat(johny.sex()).isEqualTo("Male");
    assertThat(johny.ageText()).isEqualTo("May 2018");
    assertThat(johny.height()).isEqualTo("48 cm");
    assertThat(johny.weight()).isEqualTo("15 kg");
    assertThat(johny.location()).isNull();
    assertThat(johny.status()).isNull();
    assertThat(johny.properties())
        .containsEntry("date_of_birth", "May 2018")
        .containsEntry("in_shelter_since", "May 2021")
        .containsEntry("family_in_shelter", "No family!");
    // Johny-2 is the top image and again in the gallery; the video is not a photo.
    assertThat(johny.imageUrls())
        .containsExactly(
            UPLOADS + "Johny-2.jpg",
            UPLOADS + "Johny-6.jpg",
            UPLOADS + "Johny-5.jpg",
            UPLOADS + "Johny-4.jpg",
            UPLOADS + "Johny-3.jpg",
            UPLOADS + "Johny-1.jpg");
    assertThat(johny.description())
        .startsWith("<p")
        .contains("Johny came to us in May 2021.")
        .doesNotContain("<figure", "<img", "<video", "I am interested", "Breed:");
  }
}
