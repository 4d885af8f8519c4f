package dev.rescuedogs.scraping.organizations.santerpawsbulgarianrescue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.Test;

/**
 * The parser against the page recorded from the real site (../shared/fixtures, see MANIFEST.md).
 */
class SanterPawsBulgarianRescueFixtureTest {

  private static final String UPLOADS = "https://santerpawsbulgarianrescue.com/wp-content/uploads/";

  @Test
  void dexterDetailPageWithoutTheOtherDogsBelowIt() {
    RawDog dexter;
    try (SanterPawsBulgarianRescueScraper scraper =
        new SanterPawsBulgarianRescueScraper(
            OrganizationConfigs.findBundled("santerpawsbulgarianrescue").orElseThrow(),
            ScraperDependencies.defaults())) {
      dexter =
          scraper.parseDetailPage(
              RecordedPages.page(
                  "santerpawsbulgarianrescue",
                  "santer_dexter.html",
                  "https://santerpawsbulgarianrescue.com/dog/dexter/"));
    }

    assertThat(dexter.externalId()).isEqualTo("spbr-dexter");
    assertThat(dexter.name()).isEqualTo("Dexter");
    assertThat(dexter.ageText()).isEqualTo("03/02/2024");
    assertThat(dexter.sex()).isEqualTo("Male");
    assertThat(dexter.breed()).isEqualTo("Mix");
    assertThat(dexter.size()).isEqualTo("Medium");
    assertThat(dexter.location()).isEqualTo("Pleven, Bulgaria");
    assertThat(dexter.status()).isEqualTo("Available");
    assertThat(dexter.properties())
        .containsEntry("date_of_birth", "03/02/2024")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "yes");
    assertThat(dexter.imageUrls())
        .containsExactly(
            UPLOADS + "710217006_1323311829936571_4910303332396836489_n.webp",
            UPLOADS + "710431596_1323312143269873_6236705598042619666_n.webp",
            UPLOADS + "710746157_1323311989936555_6325830253422146090_n.webp");
    assertThat(dexter.description())
        .contains("Dexter will stay on the small side of medium.")
        .contains("Home check and adoption fee applies")
        .doesNotContain(
            "Could Dexter be part of your family", "Sasha", "Nelly", "Candice", "D.O.B");
  }
}
