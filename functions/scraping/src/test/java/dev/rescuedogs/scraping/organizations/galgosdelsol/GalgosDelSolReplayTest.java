package dev.rescuedogs.scraping.organizations.galgosdelsol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scraper end to end against the project's model of a WordPress adoptables site
 * (src/test/resources/sites/galgosdelsol; no page of the real site was recorded) through the real
 * fetcher: four category pages, the first of them paginated.
 */
class GalgosDelSolReplayTest {

  private static final String SITE = "https://galgosdelsol.org";
  private static final String UPLOADS = SITE + "/wp-content/uploads/2026/";

  private ReplayServer server;
  private OrganizationConfig organization;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("galgosdelsol"));
    // The podenco page is windows-1252 and says so only in a <meta http-equiv>.
    server.always("/adoptables/podencos/", Reply.file().withContentType("text/html"));
    organization =
        TestSites.organization(
            "galgosdelsol",
            Technology.STATIC,
            TestSites.fastPoliteness(),
            URI.create(SITE + "/adoptables/galgos/"),
            URI.create(SITE + "/adoptables/podencos/"),
            URI.create(SITE + "/adoptables/pups-teens/"),
            URI.create(SITE + "/adoptables/other-dogs/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    try (GalgosDelSolScraper scraper =
        new GalgosDelSolScraper(
            organization,
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .browserFactory(
                    guard -> {
                      throw new AssertionError("a static site needs no browser");
                    })
                .build())) {
      return scraper.scrape();
    }
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  @Test
  void everyCategoryPageIsReadAndEachDogFoundOnce() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("gds-luna", "LUNA / FINLAND", DogStatus.AVAILABLE),
            tuple("gds-bravo", "BRAVO IN UK", DogStatus.RESERVED),
            tuple("gds-nieve", "NIEVE", DogStatus.AVAILABLE),
            tuple("gds-canela", "CANELA", DogStatus.ADOPTED),
            tuple("gds-pepa", "PEPA - RESERVED", DogStatus.RESERVED),
            tuple("gds-toby", "TOBY", DogStatus.AVAILABLE),
            tuple("gds-nora", "ÑORA", DogStatus.AVAILABLE),
            tuple("gds-chispa", "CHISPA", DogStatus.AVAILABLE),
            tuple("gds-mr-bean", "MR. BEAN 🐶", DogStatus.AVAILABLE));
    assertThat(result.found()).allMatch(dog -> dog.adoptionUrl().startsWith(SITE + "/adoptables/"));
    // Galgos has two pages; the other categories one each.
    assertThat(result.listing().pagesExpected()).isEqualTo(5);
    assertThat(result.listing().pagesSeen()).isEqualTo(5);
    assertThat(result.dogs()).hasSize(8);
    assertThat(server.requestsTo("/adoptables/canela/")).isEmpty();
    assertThat(result.detailFailures()).isEmpty();
  }

  @Test
  void aDogAlreadyAbroadIsLocatedByItsNameUnlessThePageSaysMore() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog luna = dogs.get("gds-luna");
    assertThat(luna.name()).isEqualTo("LUNA / FINLAND");
    assertThat(luna.location()).isEqualTo("FINLAND");
    assertThat(luna.sex()).isEqualTo("Female");
    assertThat(luna.ageText()).isEqualTo("March 2022");
    assertThat(luna.breed()).isEqualTo("Galgo Español");
    assertThat(luna.height()).isEqualTo("68 cm");
    assertThat(luna.properties())
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "unknown")
        .containsEntry("leishmania", "Negative")
        .containsEntry("adoptables_section", "galgos");
    // The large copy of the featured photo, gallery photos at full size (not their thumbnails
    // or attachment pages); no logo, share icon or other dogs' photos.
    assertThat(luna.imageUrls())
        .containsExactly(
            UPLOADS + "05/luna-1024x683.jpg",
            UPLOADS + "05/luna-sofa.jpg",
            UPLOADS + "05/luna-run.jpg");
    assertThat(luna.description())
        .isEqualTo(
            "<p>Luna was found in a field near Murcia, thin and frightened. Today she is a"
                + " confident, cuddly girl.</p>\n"
                + "<p>She is already with her foster family in Finland and can meet adopters"
                + " there.</p>");

    RawDog bravo = dogs.get("gds-bravo");
    assertThat(bravo.location()).isEqualTo("Foster home in Leeds");
    assertThat(bravo.status()).isEqualTo("reserved");
    assertThat(bravo.sex()).isEqualTo("Male");
    assertThat(bravo.ageText()).isEqualTo("4 years");
    assertThat(bravo.properties())
        .containsEntry("good_with_cats", "no")
        .containsEntry("neutered", "Yes")
        .containsEntry("adoption_fee", "£450");
    assertThat(bravo.description())
        .isEqualTo(
            "<p>Bravo is a gentle boy who loves his bed. He is reserved for a family in"
                + " Yorkshire.</p>");
    assertThat(bravo.imageUrls()).containsExactly(UPLOADS + "04/bravo.jpg");
  }

  @Test
  void theCategoryNamesTheBreedWhenThePageDoesNot() {
    Map<String, RawDog> dogs = byId(scrape());

    assertThat(dogs.get("gds-nieve").breed()).isEqualTo("Galgo");
    assertThat(dogs.get("gds-toby").breed()).isEqualTo("Podenco");
    assertThat(dogs.get("gds-chispa").breed()).isEqualTo("Galgo cross");
    assertThat(dogs.get("gds-mr-bean").breed()).isEqualTo("Mastín mix");
  }

  @Test
  void listsOfFactsMissingFieldsAndHostileMarkup() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog toby = dogs.get("gds-toby");
    assertThat(toby.sex()).isEqualTo("Male");
    assertThat(toby.size()).isEqualTo("Medium");
    assertThat(toby.weight()).isEqualTo("18 kg");
    assertThat(toby.properties())
        .containsEntry("medical_notes", "Leishmania positive, stable with treatment");
    assertThat(toby.description())
        .isEqualTo("<p>Toby is a typical podenco: curious, clever and always busy.</p>");

    RawDog nieve = dogs.get("gds-nieve");
    assertThat(nieve.sex()).isNull();
    assertThat(nieve.description()).isNull();
    assertThat(nieve.location()).isNull();
    assertThat(nieve.imageUrls()).containsExactly(UPLOADS + "03/nieve.jpg");

    RawDog chispa = dogs.get("gds-chispa");
    assertThat(chispa.ageText()).isEqualTo("05/2026");
    assertThat(chispa.description())
        .isEqualTo(
            "<h3>About Chispa</h3>\n<p>Chispa came to us with her brothers at four weeks old.</p>");

    RawDog bean = dogs.get("gds-mr-bean");
    assertThat(bean.name()).isEqualTo("MR. BEAN 🐶");
    assertThat(bean.ageText()).isEqualTo("9 years");
    assertThat(bean.description()).contains("old gentleman", "naps").doesNotContain("<script");

    RawDog nora = dogs.get("gds-nora");
    assertThat(nora.name()).isEqualTo("ÑORA");
    assertThat(nora.description()).contains("Ñora llegó al refugio en otoño.");
  }

  @Test
  void statisticsCountEveryRequest() {
    RawScrapeResult result = scrape();

    // robots.txt, five listing pages, eight detail pages
    assertThat(result.statistics().requests()).isEqualTo(14);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 13L).containsEntry(404, 1L);
    assertThat(result.validators()).hasSize(8);
  }

  @Test
  void aMissingDetailPageSkipsThatDogOnly() {
    server.always("/adoptables/toby/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(9);
    assertThat(result.dogs()).hasSize(7).noneMatch(dog -> dog.externalId().equals("gds-toby"));
    assertThat(result.detailFailures())
        .extracting(DetailFailure::externalId, DetailFailure::statusCode)
        .containsExactly(tuple("gds-toby", 404));
  }

  @Test
  void aBrokenCategoryPageFailsTheWholeListing() {
    server.always("/adoptables/other-dogs/", Reply.status(500));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(result.listing().pagesSeen()).isEqualTo(4);
  }

  @Test
  void aCategoryPageWithoutDogsFailsTheWholeListing() {
    server.always(
        "/adoptables/pups-teens/",
        Reply.html("<html><body><main id=\"main\"><p>No posts found.</p></main></body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
  }

  @Test
  void placesInNamesAreReadButStatusesAreNotPlaces() {
    assertThat(GalgosDelSolScraper.placeInName("LUNA / FINLAND")).isEqualTo("FINLAND");
    assertThat(GalgosDelSolScraper.placeInName("Luna / Finland")).isEqualTo("Finland");
    assertThat(GalgosDelSolScraper.placeInName("BRAVO IN UK")).isEqualTo("UK");
    assertThat(GalgosDelSolScraper.placeInName("NIEVE / RESERVED")).isNull();
    assertThat(GalgosDelSolScraper.placeInName("Robin in Love")).isNull();
    assertThat(GalgosDelSolScraper.placeInName("NIEVE")).isNull();
  }
}
