package dev.rescuedogs.scraping.organizations.petsinturkey;

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
 * The parser against the page recorded from the real site (../shared/fixtures, see MANIFEST.md).
 */
class PetsInTurkeyFixtureTest {

  private static final URI DOGS_URL = URI.create("https://www.petsinturkey.org/dogs");

  private PetsInTurkeyScraper scraper;

  @BeforeEach
  void create() {
    scraper =
        new PetsInTurkeyScraper(
            OrganizationConfigs.findBundled("pets-in-turkey").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void close() {
    scraper.close();
  }

  @Test
  void the33DogsAndNotTheAdoptionForms() {
    ListingPage page =
        scraper.parseListingPage(RecordedPages.page("pets-in-turkey", "dogs.html", DOGS_URL));

    assertThat(page.nextPage()).isNull();
    assertThat(page.pagesTotal()).isNull();
    assertThat(page.dogs()).hasSize(33);
    assertThat(page.dogs()).extracting(ListedDog::status).containsOnly(DogStatus.AVAILABLE);
    assertThat(page.dogs())
        .extracting(ListedDog::name)
        .startsWith("Aliza", "Buddy", "Nadia")
        .endsWith("Ralph", "Shadow")
        .doesNotContain("Application form dog", "Application form");
    assertThat(page.dogs())
        .extracting(ListedDog::externalId)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("pit-"));
    assertThat(page.dogs())
        .allSatisfy(
            dog -> {
              assertThat(dog.hasDetailPage()).isFalse();
              assertThat(dog.listingData().imageUrls()).hasSize(1);
              assertThat(dog.listingData().breed()).isNotBlank();
              assertThat(dog.listingData().sex()).isIn("Male", "Female");
              assertThat(dog.listingData().ageText()).isNotBlank();
            });
  }

  @Test
  void eachDogsFactsPairLabelsWithTheValuesAfterTheButtons() {
    Map<String, RawDog> dogs =
        byName(
            scraper.parseListingPage(RecordedPages.page("pets-in-turkey", "dogs.html", DOGS_URL)));

    RawDog aliza = dogs.get("Aliza");
    assertThat(aliza.externalId()).isEqualTo("pit-aliza");
    assertThat(aliza.adoptionUrl()).isEqualTo("https://www.petsinturkey.org/adoption#aliza");
    assertThat(aliza.breed()).isEqualTo("Labrador");
    assertThat(aliza.weight()).isEqualTo("32 kg");
    assertThat(aliza.height()).isEqualTo("60cm");
    assertThat(aliza.ageText()).isEqualTo("1 yo");
    assertThat(aliza.sex()).isEqualTo("Female");
    assertThat(aliza.location()).isEqualTo("Turkey");
    assertThat(aliza.status()).isNull();
    assertThat(aliza.properties())
        .containsEntry("neutered", "Yes")
        .containsEntry("travel", "Ready to fly in September 2026");
    assertThat(aliza.imageUrls())
        .containsExactly(
            "https://static.wixstatic.com/media/3da926_3efcf2b8ff6a4ae4be601a033d8c24de~mv2.jpg");

    assertThat(dogs.get("Nadia").ageText()).isEqualTo("1,5 y/o");
    assertThat(dogs.get("Nadia").height()).isEqualTo("29cm");
    assertThat(dogs.get("Chai").ageText()).isEqualTo("11 mnths old");
    assertThat(dogs.get("Coffee").height()).isEqualTo("54cm");
    assertThat(dogs.get("Phoebe").breed()).isEqualTo("Jack Russell");
    assertThat(dogs.get("Phoebe").properties()).containsEntry("notes", "one eye blind");
    assertThat(dogs.get("Misket").weight()).isEqualTo("7 kg");
    assertThat(dogs.get("Misket").properties()).containsEntry("notes", "Cabin size");
    assertThat(dogs.get("Ralph").properties()).containsEntry("neutered", "Soon");
    assertThat(dogs.get("Summer").height()).isNull();

    RawDog shadow = dogs.get("Shadow");
    assertThat(shadow.ageText()).isEqualTo("Born in 11/12/2020");
    assertThat(shadow.weight()).isEqualTo("20kg");
    assertThat(shadow.properties())
        .containsEntry("date_of_birth", "11/12/2020")
        .containsEntry("expected_weight", "20kg");

    // Already abroad.
    assertThat(dogs.get("Arthur").location())
        .isEqualTo("Germany (64686 Lantertal) in his foster home");
    assertThat(dogs.get("Blossom").location()).isEqualTo("Amsterdam / The Netherlands");
    assertThat(dogs.get("Edna").location()).isEqualTo("Amsterdam");
    assertThat(dogs.get("Edna").properties()).doesNotContainKey("travel");
  }

  private static Map<String, RawDog> byName(ListingPage page) {
    return page.dogs().stream()
        .map(ListedDog::listingData)
        .collect(Collectors.toMap(RawDog::name, Function.identity()));
  }
}
