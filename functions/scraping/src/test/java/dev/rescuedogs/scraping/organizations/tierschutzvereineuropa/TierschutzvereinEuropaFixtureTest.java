package dev.rescuedogs.scraping.organizations.tierschutzvereineuropa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parsers against the page recorded from the real site (../shared/fixtures, see MANIFEST.md).
 */
class TierschutzvereinEuropaFixtureTest {

  private static final URI PONTOS_URL =
      URI.create(
          "https://tierschutzverein-europa.de/tiervermittlung/pontos-in-spanien-tierheim-apap/");

  private TierschutzvereinEuropaScraper scraper;

  @BeforeEach
  void create() {
    scraper =
        new TierschutzvereinEuropaScraper(
            OrganizationConfigs.findBundled("tierschutzverein-europa").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void close() {
    scraper.close();
  }

  @Test
  void pontosDetailPage() {
    RawDog pontos =
        scraper.parseDetailPage(
            RecordedPages.page("tierschutzverein-europa", "tsv_pontos.html", PONTOS_URL));

    assertThat(pontos.externalId()).isEqualTo("pontos-in-spanien-tierheim-apap");
    assertThat(pontos.name()).isEqualTo("Pontos");
    assertThat(pontos.breed()).isEqualTo("Mischling");
    assertThat(pontos.sex()).isEqualTo("männlich");
    assertThat(pontos.ageText()).isEqualTo("01.2024 (2 Jahre alt)");
    assertThat(pontos.height()).isEqualTo("ca. 55 cm");
    assertThat(pontos.size()).isNull();
    assertThat(pontos.location()).isEqualTo("Pflegestelle in 76199 Karlsruhe");
    assertThat(pontos.status()).isNull();
    assertThat(pontos.properties())
        .containsEntry("country", "Deutschland")
        .containsEntry("date_of_birth", "01.2024")
        .containsEntry("neutered", "ja")
        .containsEntry("cat_test", "auf Anfrage")
        .containsEntry("good_with_cats", "unknown")
        .containsEntry("special_notes", "keine bekannt")
        .containsEntry("mediterranean_test", "steht noch aus");
    // 22 photos: the featured one (largest srcset candidate) is also the gallery's first.
    assertThat(pontos.imageUrls()).hasSize(22).doesNotHaveDuplicates();
    assertThat(pontos.imageUrls().get(0))
        .isEqualTo(
            "https://tierschutzverein-europa.de/wp-content/uploads/2026/05/"
                + "Pontos-Profilbild-e1784468830680.jpeg");
    assertThat(pontos.imageUrls())
        .allMatch(url -> url.startsWith("https://tierschutzverein-europa.de/wp-content/uploads/"));
    assertThat(pontos.description())
        .startsWith("<p")
        .contains("Update 18.07.2026, Karlsruhe")
        .contains("Möchtet ihr unsere Frohnatur Pontos adoptieren?")
        .doesNotContain("Videos", "youtube", "iframe", "Teilen", "Spende");
  }

  @Test
  void aDetailPagesNextDogArrowIsNotPagination() {
    ListingPage page =
        scraper.parseListingPage(
            RecordedPages.page("tierschutzverein-europa", "tsv_pontos.html", PONTOS_URL));

    // The article itself is a tiervermittlung card; its "next" arrow leads to another dog.
    assertThat(page.nextPage()).isNull();
    assertThat(page.pagesTotal()).isNull();
    assertThat(page.dogs())
        .singleElement()
        .satisfies(
            dog -> {
              assertThat(dog.externalId()).isEqualTo("pontos-in-spanien-tierheim-apap");
              assertThat(dog.detailUrl()).isEqualTo(PONTOS_URL);
            });
  }
}
