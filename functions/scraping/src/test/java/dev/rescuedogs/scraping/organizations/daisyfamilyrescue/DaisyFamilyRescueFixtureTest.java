package dev.rescuedogs.scraping.organizations.daisyfamilyrescue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dog-page parser against the real page recorded from daisyfamilyrescue.de in {@code
 * ../shared/fixtures/daisyfamilyrescue} (see its MANIFEST.md); skipped where that folder is absent.
 */
class DaisyFamilyRescueFixtureTest {

  private static final String UPLOADS = "https://daisyfamilyrescue.de/wp-content/uploads/";
  private DaisyFamilyRescueScraper scraper;

  @BeforeEach
  void createScraper() {
    scraper =
        new DaisyFamilyRescueScraper(
            OrganizationConfigs.findBundled("daisyfamilyrescue").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void closeScraper() {
    scraper.close();
  }

  @Test
  void massimoPageGivesItsSteckbriefStoryAndSevenPhotos() {
    RawDog massimo =
        scraper.parseDetailPage(
            RecordedPages.page(
                "daisyfamilyrescue",
                "daisy_massimo.html",
                "https://daisyfamilyrescue.de/hund-massimo/"));

    assertThat(massimo.externalId()).isEqualTo("hund-massimo");
    assertThat(massimo.name()).isEqualTo("Massimo");
    assertThat(massimo.adoptionUrl()).isEqualTo("https://daisyfamilyrescue.de/hund-massimo/");
    assertThat(massimo.status()).isNull();
    assertThat(massimo.ageText()).isEqualTo("05/2020");
    assertThat(massimo.sex()).isEqualTo("männlich, kastriert");
    assertThat(massimo.breed()).isEqualTo("Mischling");
    assertThat(massimo.location()).isEqualTo("Nordmazedonien");
    assertThat(massimo.weight()).isEqualTo("ca. 25 kg");
    assertThat(massimo.height()).isEqualTo("ca. 65 cm");
    assertThat(massimo.properties())
        .containsEntry("origin", "Nordmazedonien")
        .containsEntry("character", "freundlich, aufgeschlossen, neugierig, menschenbezogen")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("suitable_as_second_dog", "ja")
        .containsEntry("suitable_owner", "souveräne Anfänger")
        .containsEntry("adoption_fee", "580 €")
        .containsEntry("ideal_home", "ruhiger Stadtrand oder Land")
        .containsEntry("neutered", "yes");
    assertThat(massimo.description())
        .startsWith("<h4>Hallo Freunde, ich bin's Massimo!</h4>")
        .contains("<h4>Meine Vorgeschichte</h4>")
        .contains("<h4>Mehr über mich</h4>")
        .contains("<h4>Was ich mir wünsche</h4>")
        .doesNotContain("TierSchG")
        .doesNotContain("Steckbrief");
    // One profile photo (its largest rendition) and six gallery items without <img>.
    assertThat(massimo.imageUrls())
        .hasSize(7)
        .startsWith(UPLOADS + "2024/11/massimo-ruede-aus-tierschutz-aus.jpg")
        .contains(UPLOADS + "2024/11/massimo-profilbild-ruede-aus-mazedonien-1.png")
        .noneMatch(url -> url.contains("Logo") || url.contains("nordmazedonien-skopje.png"));
  }
}
