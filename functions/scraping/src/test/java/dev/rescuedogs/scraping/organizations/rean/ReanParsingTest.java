package dev.rescuedogs.scraping.organizations.rean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The REAN parser on the project's copy of the pages as served (before any scrolling). */
class ReanParsingTest {

  private static final URI ROMANIA = URI.create("https://rean.org.uk/dogs-%26-puppies-in-romania");
  private static final URI UK = URI.create("https://rean.org.uk/dogs-in-foster-in-the-uk");

  private ReanScraper scraper;

  @BeforeEach
  void create() {
    scraper =
        new ReanScraper(
            OrganizationConfigs.findBundled("rean").orElseThrow(), ScraperDependencies.defaults());
  }

  @AfterEach
  void close() {
    scraper.close();
  }

  private static String site(String file) throws IOException {
    return Files.readString(TestSites.site("rean").resolve(file), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Louis- 4 years old - in Romania | Louis | 4 years old | Romania | null",
        "louis- 4 years old - in romania | louis | 4 years old | romania | null",
        "Bruno – 6 years old – in Romania | Bruno | 6 years old | Romania | null",
        "RESERVED - Maya - 10 months old - in Romania | Maya | 10 months old | Romania | RESERVED",
        "Nala (reserved) - 1 year old | Nala | 1 year old | null | reserved",
        "Daisy – 8 years old – in foster in Leeds – ADOPTED | Daisy | 8 years old"
            + " | foster in Leeds | ADOPTED",
        "Mary-Lou - 2 years old | Mary-Lou | 2 years old | null | null",
        "Rex 5 years old | Rex | 5 years old | null | null",
        "Meet Rolo - 7 months old - in Romania | Rolo | 7 months old | Romania | null",
        "Ioana 🐾 - 3 years old - in Romania | Ioana 🐾 | 3 years old | Romania | null",
      })
  void readsTheHeadingOfADog(
      String heading, String name, String age, String location, String status) {
    ReanScraper.DogHeading parsed = ReanScraper.DogHeading.parse(heading);

    assertThat(parsed).isNotNull();
    assertThat(parsed.name).isEqualTo(name);
    assertThat(parsed.ageText).isEqualTo(age);
    assertThat(parsed.location).isEqualTo(location);
    assertThat(parsed.status).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Please",
        "Please - read before you apply",
        "Please note",
        "Dogs & Puppies in Romania",
        "Adopt a dog - 5 steps to your new friend",
        "Our dogs - 2026 update",
        "Contact us - 07700 900123 years",
        "RESERVED",
        "",
      })
  void rejectsPageFurniture(String heading) {
    assertThat(ReanScraper.DogHeading.parse(heading)).isNull();
  }

  @Test
  void theRomaniaPageAsServedShowsItsFirstCardsWithoutTheFurniture() throws IOException {
    ListingPage page =
        scraper.parseListingPage(Page.ofHtml(ROMANIA, site("dogs-&-puppies-in-romania.html")));

    assertThat(page.nextPage()).isNull();
    assertThat(page.pagesTotal()).isNull();
    assertThat(page.dogs())
        .extracting(ListedDog::externalId, ListedDog::name, ListedDog::status)
        .containsExactly(
            tuple("rean-romania-louis", "Louis", DogStatus.AVAILABLE),
            tuple("rean-romania-bella", "bella", DogStatus.AVAILABLE),
            tuple("rean-romania-maya", "Maya", DogStatus.RESERVED));
    assertThat(page.dogs()).allMatch(dog -> !dog.hasDetailPage());

    RawDog louis = page.dogs().get(0).listingData();
    assertThat(louis.adoptionUrl()).isEqualTo(ROMANIA.toString());
    assertThat(louis.ageText()).isEqualTo("4 years old");
    assertThat(louis.location()).isEqualTo("Romania");
    assertThat(louis.sex()).isEqualTo("boy");
    // Full-size photos from the lazy-load attributes, without GoDaddy's resizing instructions.
    assertThat(louis.imageUrls())
        .containsExactly(
            "https://img1.wsimg.com/isteam/ip/5d0c3f7e-1b2a-4c3d-9e8f-a1b2c3d4e5f6/louis-1.jpg",
            "https://img1.wsimg.com/isteam/ip/5d0c3f7e-1b2a-4c3d-9e8f-a1b2c3d4e5f6/louis-2.jpg");
    assertThat(louis.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("neutered", "yes")
        .containsEntry("vaccinated", "yes")
        .containsEntry("microchipped", "yes");
    assertThat(louis.description())
        .contains("Louis is a gentle boy", "ready to travel")
        .doesNotContain("Louis- 4 years old", "adoption form", "<img");

    RawDog bella = page.dogs().get(1).listingData();
    assertThat(bella.breed()).isEqualTo("Shepherd cross");
    assertThat(bella.size()).isEqualTo("Medium");
    assertThat(bella.sex()).isEqualTo("girl");
    assertThat(bella.properties()).containsEntry("good_with_cats", "no");
    assertThat(page.dogs().get(2).listingData().status()).isEqualTo("RESERVED");
  }

  @Test
  void theIdStaysWhenTheAgeTheStoryAndThePhotosChange() throws IOException {
    String before = site("dogs-&-puppies-in-romania.html");
    String after =
        before
            .replace("Louis- 4 years old - in Romania", "Louis - 5 years old - in Romania")
            .replace("found wandering near Bucharest", "rescued from the streets of Pitesti")
            .replace("louis-2.jpg", "louis-3.jpg");

    ListedDog first = scraper.parseListingPage(Page.ofHtml(ROMANIA, before)).dogs().get(0);
    ListedDog second = scraper.parseListingPage(Page.ofHtml(ROMANIA, after)).dogs().get(0);

    assertThat(second.externalId()).isEqualTo(first.externalId()).isEqualTo("rean-romania-louis");
    assertThat(second.listingData().ageText()).isEqualTo("5 years old");
    assertThat(second.listingData().description()).contains("Pitesti");
  }

  @Test
  void theUkPageWritesItsDogsOneAfterAnother() throws IOException {
    ListingPage page =
        scraper.parseListingPage(Page.ofHtml(UK, site("dogs-in-foster-in-the-uk.html")));

    assertThat(page.dogs())
        .extracting(ListedDog::externalId, ListedDog::name, ListedDog::status)
        .containsExactly(
            tuple("rean-uk_foster-max", "Max", DogStatus.AVAILABLE),
            tuple("rean-uk_foster-daisy", "Daisy", DogStatus.ADOPTED),
            tuple("rean-uk_foster-nala", "Nala", DogStatus.RESERVED));
    RawDog max = page.dogs().get(0).listingData();
    assertThat(max)
        .extracting(RawDog::sex, RawDog::weight, RawDog::location, RawDog::ageText)
        .containsExactly("Male", "18kg", "foster in Kent", "3 years old");
    assertThat(max.imageUrls()).hasSize(2).allMatch(url -> url.contains("/max-"));
    assertThat(max.properties())
        .containsEntry("good_with_children", "yes")
        .containsEntry("good_with_cats", "yes");
    assertThat(max.description()).contains("foster family in Kent").doesNotContain("Daisy");
    RawDog nala = page.dogs().get(2).listingData();
    assertThat(nala.location()).isEqualTo("United Kingdom");
    assertThat(nala.properties()).containsEntry("neutered", "yes");
  }

  @Test
  void aPageWithoutDogsListsNone() {
    ListingPage page =
        scraper.parseListingPage(
            Page.ofHtml(
                UK,
                "<html><body><h2>Dogs in foster in the UK</h2><h4>Please</h4>"
                    + "<p>Please fill in our adoption form.</p></body></html>"));

    assertThat(page.dogs()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://rean.org.uk/dogs-%26-puppies-in-romania, romania",
    "https://www.rean.org.uk/dogs-in-foster-in-the-uk, uk_foster",
  })
  void theSectionComesFromTheListingAddress(String url, String section) {
    assertThat(ReanScraper.section(URI.create(url))).isEqualTo(section);
  }

  @Test
  void readsCompatibilityAndSexFromTheStory() {
    assertThat(ReanScraper.compatibility("she is great with other dogs but cannot live with cats."))
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "no")
        .doesNotContainKey("good_with_children");
    assertThat(ReanScraper.compatibility("he is not good with small children."))
        .containsEntry("good_with_children", "no");
    assertThat(ReanScraper.sexWord("A lovely Boy who loves other boys")).isEqualTo("Boy");
    assertThat(ReanScraper.sexWord("Both a boy and a girl puppy")).isNull();
    assertThat(ReanScraper.sexWord("A sweet dog")).isNull();
  }
}
