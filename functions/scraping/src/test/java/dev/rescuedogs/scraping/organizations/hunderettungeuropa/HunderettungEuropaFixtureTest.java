package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.RecordedPages;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parse methods on the pages recorded from the real site (shared/fixtures/hunderettung-europa,
 * see its MANIFEST): the category list and four posts (Saskia, Motte, Molly, Tindra).
 */
class HunderettungEuropaFixtureTest {

  private static final URI CATEGORIES_URL =
      URI.create("https://hunderettung-europa.de/wp-json/wp/v2/categories");
  private static final URI POSTS_URL =
      URI.create("https://hunderettung-europa.de/wp-json/wp/v2/posts");

  private static final String UPLOADS = "https://hunderettung-europa.de/wp-content/uploads/";

  private static Page categories;
  private static Page posts;

  @BeforeAll
  static void readFixtures() {
    categories = RecordedPages.page("hunderettung-europa", "categories.json", CATEGORIES_URL);
    posts = RecordedPages.page("hunderettung-europa", "posts.json", POSTS_URL);
  }

  private static HunderettungEuropaScraper scraper() {
    return new HunderettungEuropaScraper(
        OrganizationConfigs.findBundled("hunderettung-europa").orElseThrow(),
        ScraperDependencies.defaults());
  }

  private static Map<String, RawDog> dogs(ListingPage page) {
    return page.dogs().stream()
        .map(ListedDog::listingData)
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  @Test
  void theCategoryListResolvesTheDogTree() {
    DogCategories tree =
        DogCategories.resolve(WordPressCategories.parse(List.of(categories.text())));

    // Rumänien, Deutschland and its 16 states.
    assertThat(tree.places()).hasSize(18).contains(83, 85, 86, 93, 101);
    assertThat(tree.excluded()).contains(36, 158, 160, 112, 117, 120).doesNotContain(83, 85, 75);
    assertThat(tree.location(List.of(93, 104, 85)))
        .isEqualTo("Mecklenburg-Vorpommern, Deutschland");
    assertThat(tree.location(List.of(79, 104, 83))).isEqualTo("Rumänien");
    assertThat(WordPressCategories.parse(List.of(categories.text())).get(506).orElseThrow().name())
        .isEqualTo("Aktionen & Kampagnen");
  }

  @Test
  void fourPostsAreFourAvailableDogsWithTheirPostIds() {
    try (HunderettungEuropaScraper scraper = scraper()) {
      ListingPage page = scraper.parseListingPage(posts, List.of(categories));

      assertThat(page.dogs())
          .extracting(
              ListedDog::externalId, ListedDog::name, ListedDog::status, ListedDog::adoptionUrl)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "hre-116228",
                  "Saskia",
                  DogStatus.AVAILABLE,
                  "https://hunderettung-europa.de/saskia/"),
              org.assertj.core.groups.Tuple.tuple(
                  "hre-114613",
                  "Motte",
                  DogStatus.AVAILABLE,
                  "https://hunderettung-europa.de/motte/"),
              org.assertj.core.groups.Tuple.tuple(
                  "hre-111259",
                  "Molly",
                  DogStatus.AVAILABLE,
                  "https://hunderettung-europa.de/molly/"),
              org.assertj.core.groups.Tuple.tuple(
                  "hre-115387",
                  "Pflegehund Tindra",
                  DogStatus.AVAILABLE,
                  "https://hunderettung-europa.de/pflegehund-tindra/"));
      assertThat(page.dogs()).allMatch(dog -> !dog.hasDetailPage());
      // A saved page has no X-WP-TotalPages header: no total, no next page.
      assertThat(page.nextPage()).isNull();
      assertThat(page.pagesTotal()).isNull();
    }
  }

  @Test
  void saskiaIsAPuppyInTheRomanianShelter() {
    RawDog saskia = parsedDogs().get("hre-116228");

    assertThat(saskia.sex()).isEqualTo("Weiblich");
    assertThat(saskia.ageText()).isEqualTo("geb. ca. Februar 2026");
    assertThat(saskia.height()).isEqualTo("ca. 20 – 39 cm");
    assertThat(saskia.weight()).isNull();
    assertThat(saskia.size()).isNull();
    assertThat(saskia.location()).isEqualTo("Rumänien");
    assertThat(saskia.status()).isNull();
    assertThat(saskia.properties())
        .containsEntry("in_shelter_since", "September 2026")
        .containsEntry("origin", "Rumänien")
        .containsEntry("earliest_departure", "07.10.")
        .containsEntry("age_group", "Welpe/ Junghund");
    assertThat(saskia.imageUrls())
        .containsExactly(
            UPLOADS
                + "2026/09/freundliche-huendin-aus-dem-tierschutz-adoptieren-saskia"
                + "-hunderettung-europa.jpg",
            UPLOADS + "2026/09/liebe-huendin-wartet-im-tierheim-saskia-hunderettung-europa.jpg");
    assertThat(saskia.description())
        .startsWith("<h3>Sanfte Hündin Saskia sucht eine liebevolle Familie</h3>")
        .contains("Saskia wurde nach einem Anruf von der rumänischen Straße gerettet")
        .contains("Zuhause gesucht")
        // The hidden template block, the facts, the video jump and the site's adoption text.
        .doesNotContain("HUNDENAME", "Herdenschutzhund", "Im Tierheim seit", "im Video kennen")
        .doesNotContain("Vermittlungsablauf", "Instagram");
  }

  @Test
  void motteSkipsTheLeftoverTemplateBlockBeforeHerRealValues() {
    RawDog motte = parsedDogs().get("hre-114613");

    assertThat(motte.sex()).isEqualTo("Weiblich");
    assertThat(motte.ageText()).isEqualTo("geb. ca. August 2019");
    assertThat(motte.height()).isEqualTo("ca. 20 – 29 cm");
    assertThat(motte.weight()).isEqualTo("ca. 5 – 9 kg");
    assertThat(motte.size()).isEqualTo("Klein");
    assertThat(motte.location()).isEqualTo("Rumänien");
    assertThat(motte.properties())
        .containsEntry("in_shelter_since", "August 2026")
        .containsEntry("origin", "Rumänien")
        .containsEntry("age_group", "Erwachsen")
        .doesNotContainKey("special_needs");
    assertThat(motte.properties().get("special_notes"))
        .startsWith("Bei Motte sind beide Kniescheiben verschoben");
    assertThat(motte.imageUrls())
        .hasSize(4)
        .first()
        .asString()
        .contains("sanfte-huendin-adoption-motte");
    assertThat(motte.imageUrls()).noneMatch(url -> url.contains("template-foto"));
    assertThat(motte.description())
        .contains("Motte lebte auf einem Grundstück")
        .contains("beide Kniescheiben verschoben")
        .doesNotContain("HUNDENAME", "Monat/ Jahreszahl", "xx");
  }

  @Test
  void mollyIsALargeDogWithFivePhotos() {
    RawDog molly = parsedDogs().get("hre-111259");

    assertThat(molly.sex()).isEqualTo("Weiblich");
    assertThat(molly.ageText()).isEqualTo("geb. ca. April 2022");
    assertThat(molly.height()).isEqualTo("ca. 70 – 79 cm");
    assertThat(molly.weight()).isEqualTo("ca. 25 – 29 kg");
    assertThat(molly.size()).isEqualTo("Groß");
    assertThat(molly.properties()).containsEntry("in_shelter_since", "Juni 2026");
    assertThat(molly.imageUrls())
        .hasSize(5)
        .first()
        .asString()
        .endsWith(
            "/2026/07/Grosse-Huendin-sucht-liebevolles-Zuhause-Molly-Hunderettung-Europa.jpg");
    assertThat(molly.description()).contains("Tötungsstation").contains("Herdenschutzhund");
    assertThat(molly.properties().get("special_notes"))
        .startsWith("Wir vermuten, dass in Molly ein Herdenschutzhund (HSH) steckt.");
  }

  @Test
  void tindraIsInAGermanFosterHome() {
    RawDog tindra = parsedDogs().get("hre-115387");

    assertThat(tindra.name()).isEqualTo("Pflegehund Tindra");
    assertThat(tindra.location()).isEqualTo("Mecklenburg-Vorpommern, Deutschland");
    assertThat(tindra.sex()).isEqualTo("Weiblich");
    assertThat(tindra.ageText()).isEqualTo("geb. ca. Mai 2025");
    assertThat(tindra.height()).isEqualTo("ca. 50 – 59 cm");
    assertThat(tindra.weight()).isEqualTo("ca. 15 – 19 kg");
    assertThat(tindra.size()).isEqualTo("Mittel");
    assertThat(tindra.properties())
        .containsEntry("in_germany_since", "September 2026")
        .containsEntry("foster_home", "17039 Blankenhof")
        .containsEntry("origin", "Rumänien")
        .doesNotContainKey("in_shelter_since");
    assertThat(tindra.imageUrls()).hasSize(2);
    assertThat(tindra.description()).contains("deutsche Pflegestelle");
  }

  @Test
  void withoutTheCategoryListThePostsStillParseButLocationsStayUnknown() {
    try (HunderettungEuropaScraper scraper = scraper()) {
      ListingPage page = scraper.parseListingPage(posts);

      assertThat(page.dogs()).hasSize(4);
      assertThat(page.dogs()).allMatch(dog -> dog.listingData().location() == null);
      assertThat(page.dogs().get(1).listingData().weight()).isEqualTo("ca. 5 – 9 kg");
    }
  }

  private static Map<String, RawDog> parsedDogs() {
    try (HunderettungEuropaScraper scraper = scraper()) {
      return dogs(scraper.parseListingPage(posts, List.of(categories)));
    }
  }
}
