package dev.rescuedogs.scraping.organizations.dogstrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parsers against pages recorded from dogstrust.org.uk (see ../shared/fixtures/MANIFEST.md).
 */
class DogsTrustRecordedPagesTest {

  private static final String LISTING_URL =
      "https://www.dogstrust.org.uk/rehoming/dogs?page=0&sort=NEW&liveWithCats=false"
          + "&liveWithDogs=false&liveWithPreschool=false&liveWithPrimary=false"
          + "&liveWithSecondary=false&noReserved=false&isUnderdog=false&currentDistance=1000";

  private DogsTrustScraper scraper;

  @BeforeEach
  void create() {
    scraper =
        new DogsTrustScraper(
            OrganizationConfigs.findBundled("dogstrust").orElseThrow(),
            ScraperDependencies.defaults());
  }

  @AfterEach
  void close() {
    scraper.close();
  }

  @Test
  void theFirstListingPageShowsFifteenDogsSixOfThemReservedOfThirtySixPages() {
    ListingPage page =
        scraper.parseListingPage(
            RecordedPages.page("dogstrust", "dogstrust_page1.html", LISTING_URL));

    assertThat(page.pagesTotal()).isEqualTo(36);
    assertThat(page.nextPage()).isNull();
    assertThat(page.dogs()).hasSize(15);
    assertThat(page.dogs())
        .filteredOn(dog -> dog.status() == DogStatus.RESERVED)
        .extracting(ListedDog::name)
        .containsExactly("Teddy", "Soppy Poppy", "Jules", "Cinders", "Poppy Flower", "Wanda");
    assertThat(page.dogs())
        .extracting(ListedDog::externalId, ListedDog::name)
        .startsWith(tuple("3660132", "Teddy"), tuple("3662391", "Tilly"))
        .endsWith(tuple("3658643", "Colin"), tuple("3645543", "Little Gem"));
    assertThat(page.dogs().get(0).adoptionUrl())
        .isEqualTo("https://www.dogstrust.org.uk/rehoming/dogs/collie-border/3660132");

    RawDog tilly = page.dogs().get(1).listingData();
    assertThat(tilly.breed()).isEqualTo("Dachshund (Smooth Haired)");
    assertThat(tilly.location()).isEqualTo("Cardiff");
    assertThat(tilly.sex()).isEqualTo("Female");
    assertThat(tilly.ageText()).isEqualTo("5 - 7 years");
    assertThat(tilly.size()).isEqualTo("Small");
    assertThat(tilly.imageUrls())
        .containsExactly(
            "https://www.dogstrust.org.uk/images/800x600/dogs/3662391/068Tf00000goJvQIAU.jpg");
    assertThat(page.dogs().get(0).listingData().status()).isEqualTo("Reserved");
  }

  @Test
  void robinsPageHasHisTraitsThreePhotosAndOnlyHisOwnStory() {
    RawDog robin =
        scraper.parseDetailPage(
            RecordedPages.page(
                "dogstrust",
                "dogstrust_3473958.html",
                "https://www.dogstrust.org.uk/rehoming/dogs/lurcher/3473958"));

    assertThat(robin.externalId()).isEqualTo("3473958");
    assertThat(robin.name()).isEqualTo("Robin");
    assertThat(robin.adoptionUrl())
        .isEqualTo("https://www.dogstrust.org.uk/rehoming/dogs/lurcher/3473958");
    assertThat(robin.breed()).isEqualTo("Lurcher");
    assertThat(robin.ageText()).isEqualTo("2 - 5 years");
    assertThat(robin.sex()).isEqualTo("Male");
    assertThat(robin.size()).isEqualTo("Medium");
    assertThat(robin.location()).isEqualTo("Darlington (Sadberge)");
    assertThat(robin.status()).isNull();
    assertThat(robin.imageUrls())
        .containsExactly(
            "https://www.dogstrust.org.uk/images/800x600/dogs/3473958/068Sh00000AVFyUIAX.jpg",
            "https://www.dogstrust.org.uk/images/800x600/dogs/3473958/068Sh00000AVDxtIAH.jpg",
            "https://www.dogstrust.org.uk/images/800x600/dogs/3473958/068Sh00000AV7FhIAL.jpg");
    assertThat(robin.description())
        .contains("Are you right for Robin?")
        .contains("Robin is a super fun lad")
        .contains("adult-only, pet-free home")
        .doesNotContain("Everything you need to know")
        .doesNotContain("The Lurcher")
        .doesNotContain("rehoming process");
    assertThat(robin.properties())
        .containsEntry("underdog", "yes")
        .containsEntry("reference", "3473958")
        .doesNotContainKeys("good_with_cats", "good_with_dogs", "good_with_children");
  }

  @Test
  void pippasPageNamesWhoSheMayLiveWithAndHasTwoStoryBlocks() {
    RawDog pippa =
        scraper.parseDetailPage(
            RecordedPages.page(
                "dogstrust",
                "may_live_with_all.html",
                "https://www.dogstrust.org.uk/rehoming/dogs/terrier-staffordshire-bull/3667518"));

    assertThat(pippa.externalId()).isEqualTo("3667518");
    assertThat(pippa.name()).isEqualTo("Pippa");
    assertThat(pippa.breed()).isEqualTo("Terrier (Staffordshire Bull) Cross");
    assertThat(pippa.ageText()).isEqualTo("8 + years");
    assertThat(pippa.sex()).isEqualTo("Female");
    assertThat(pippa.size()).isEqualTo("Medium");
    assertThat(pippa.location()).isEqualTo("Cardiff (Cardiff)");
    assertThat(pippa.imageUrls()).hasSize(4).allMatch(url -> url.contains("/dogs/3667518/"));
    assertThat(pippa.properties())
        .containsEntry("medical_care", "Ongoing")
        .containsEntry(
            "may_live_with", "Cats, Dogs, Primary school children, Secondary school children")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "yes")
        .doesNotContainKey("underdog");
    assertThat(pippa.description())
        .contains("Are you right for Pippa?")
        .contains("Is Pippa right for you?")
        .contains("Meet gorgeous girl, Pippa!")
        .contains("so we are excited for her to find her forever home!")
        // the bare newline between paragraphs is kept as a line break
        .contains("adventure buddy.<br>We can't wait")
        .doesNotContain("Staffordshire Bull Terrier</")
        .doesNotContain("Everything you need to know");
  }
}
