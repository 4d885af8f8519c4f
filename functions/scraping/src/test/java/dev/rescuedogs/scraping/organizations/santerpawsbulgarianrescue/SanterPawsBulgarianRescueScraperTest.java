package dev.rescuedogs.scraping.organizations.santerpawsbulgarianrescue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scraper end to end against the project's copy of the site, through the real fetcher. */
class SanterPawsBulgarianRescueScraperTest {

  private static final String SITE = "https://santerpawsbulgarianrescue.com";
  private static final String UPLOADS = SITE + "/wp-content/uploads/";

  private ReplayServer server;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("santerpawsbulgarianrescue"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    try (SanterPawsBulgarianRescueScraper scraper =
        new SanterPawsBulgarianRescueScraper(
            config(),
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

  @Test
  void readsPagesUntilThePagePastTheLast() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status, FoundDog::adoptionUrl)
        .containsExactly(
            tuple("spbr-bruno", "Bruno", DogStatus.AVAILABLE, SITE + "/dog/bruno/"),
            tuple("spbr-holly", "Holly", DogStatus.RESERVED, SITE + "/dog/holly/"),
            // Its "On Hold" badge stands above the name.
            tuple("spbr-nala", "Nala", DogStatus.RESERVED, SITE + "/dog/nala/"),
            tuple("spbr-sasha", "Sasha", DogStatus.AVAILABLE, SITE + "/dog/sasha/"),
            tuple("spbr-vasil-iii", "Vasil III", DogStatus.AVAILABLE, SITE + "/dog/vasil-iii/"),
            tuple("spbr-rex-2", "Rex", DogStatus.AVAILABLE, SITE + "/dog/rex-2/"));
    assertThat(result.dogs()).hasSize(6);
    assertThat(server.requestsTo("/adopt/page/3/")).hasSize(1);
    assertThat(server.requestsTo("/adopt/page/4/")).isEmpty();
    // robots.txt, two listing pages, the 404 past the last, six dogs.
    assertThat(result.statistics().requests()).isEqualTo(10);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 8L).containsEntry(404, 2L);
    assertThat(result.detailFailures()).isEmpty();
  }

  @Test
  void detailFieldsOfTheDogAndNotOfTheDogsBelowIt() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog bruno = dogs.get("spbr-bruno");
    assertThat(bruno.name()).isEqualTo("Bruno");
    assertThat(bruno.status()).isEqualTo("available");
    assertThat(bruno.ageText()).isEqualTo("14/06/2023");
    assertThat(bruno.sex()).isEqualTo("Male");
    assertThat(bruno.breed()).isEqualTo("Mix");
    assertThat(bruno.size()).isEqualTo("Large");
    assertThat(bruno.location()).isEqualTo("Pleven, Bulgaria");
    assertThat(bruno.properties())
        .containsEntry("date_of_birth", "14/06/2023")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_children", "yes");
    // Full-size photos from the slide links; the listing card's resized copy is not added.
    assertThat(bruno.imageUrls())
        .containsExactly(
            UPLOADS + "bruno-1.webp", UPLOADS + "bruno-2.webp", UPLOADS + "bruno-3.webp");
    assertThat(bruno.description())
        .contains("big softie", "Home check and adoption fee applies")
        .doesNotContain("Could Bruno be part", "Sasha", "Nala", "D.O.B");

    RawDog holly = dogs.get("spbr-holly");
    assertThat(holly.status()).isEqualTo("reserved");
    assertThat(holly.location()).isEqualTo("Foster home, Bristol, UK");
    assertThat(holly.properties())
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("good_with_cats", "no")
        .doesNotContainKey("good_with_children");

    RawDog nala = dogs.get("spbr-nala");
    assertThat(nala.status()).isEqualTo("reserved");
    assertThat(nala.ageText()).isNull();
    assertThat(nala.location()).isNull();
    assertThat(nala.breed()).isEqualTo("Mix");
    // Her slide has no full-size link: the largest srcset candidate stands in.
    assertThat(nala.imageUrls()).containsExactly(UPLOADS + "nala-1.webp");

    assertThat(dogs.get("spbr-vasil-iii").name()).isEqualTo("Vasil III");
    assertThat(dogs.get("spbr-vasil-iii").properties()).containsEntry("good_with_children", "yes");
    assertThat(dogs.get("spbr-sasha").breed()).isEqualTo("Mix");
  }

  @Test
  void anEmptyPagePastTheLastEndsTheListingToo() {
    server.always(
        "/adopt/page/3/",
        Reply.html("<section><h1>Dogs looking for a home</h1><p>No dogs found.</p></section>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(6);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
  }

  @Test
  void aPaginationThatPromisesAPageThatIsMissingFailsTheRun() {
    server.always(
        "/adopt/page/2/",
        Reply.html(
            "<article class='bde-loop-item'><a href='/dog/sasha/'><div"
                + " class='bde-text'>Sasha</div></a></article><nav class='pagination'><a"
                + " class='page-numbers' href='/adopt/'>1</a><a class='page-numbers'"
                + " href='/adopt/page/3/'>3</a><a class='next page-numbers'"
                + " href='/adopt/page/3/'>Next</a></nav>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("announces 3 pages but only 2");
    assertThat(result.found()).isEmpty();
  }

  @Test
  void aListingPageThatFailsFailsTheRun() {
    server.always("/adopt/page/2/", Reply.status(500));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("500");
    assertThat(result.found()).isEmpty();
    assertThat(server.requestsTo("/dog/bruno/")).isEmpty();
  }

  @Test
  void moreThanTwentyPagesIsARunawayPagination() {
    for (int page = 2; page <= 21; page++) {
      server.always(
          "/adopt/page/" + page + "/",
          Reply.html(
              "<article class='bde-loop-item'><a href='/dog/dog-"
                  + page
                  + "/'>"
                  + "<div class='bde-text'>Dog "
                  + page
                  + "</div></a></article>"));
    }

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("more than 20 pages");
    assertThat(server.requestsTo("/adopt/page/22/")).isEmpty();
  }

  @Test
  void aDetailPageThat404sSkipsThatDogAndCountsIt() {
    server.always("/dog/rex-2/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .doesNotContain("spbr-rex-2")
        .hasSize(5);
    assertThat(result.detailFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.externalId()).isEqualTo("spbr-rex-2");
              assertThat(failure.statusCode()).isEqualTo(404);
            });
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig config() {
    OrganizationConfig shipped =
        OrganizationConfigs.findBundled("santerpawsbulgarianrescue").orElseThrow();
    ScraperSettings scraper = shipped.scraper();
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            new Politeness(0.03, 0, 5, 3)),
        shipped.website(),
        shipped.description(),
        shipped.country(),
        shipped.city(),
        shipped.locations(),
        shipped.serviceRegions(),
        shipped.shipsTo(),
        shipped.social(),
        shipped.adoptionFee(),
        shipped.establishedYear(),
        shipped.logoUrl());
  }
}
