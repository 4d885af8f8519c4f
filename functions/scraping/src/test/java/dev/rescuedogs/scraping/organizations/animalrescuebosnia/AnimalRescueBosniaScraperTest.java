package dev.rescuedogs.scraping.organizations.animalrescuebosnia;

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
class AnimalRescueBosniaScraperTest {

  private static final String SITE = "https://www.animal-rescue-bosnia.org";
  private static final String UPLOADS = SITE + "/wp-content/uploads/2026/10/";

  private ReplayServer server;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("animalrescuebosnia"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    try (AnimalRescueBosniaScraper scraper =
        new AnimalRescueBosniaScraper(
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
  void onlyTheDogsWaitingInBosnia() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    // Not Lady (her card says she is already in Germany), not Rocky (the Germany section), not
    // the "How does the adoption work?" box (its button leads to the contact form).
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status, FoundDog::adoptionUrl)
        .containsExactly(
            tuple("arb-ajax", "Ajax", DogStatus.AVAILABLE, SITE + "/ajax/"),
            tuple("arb-bruno", "Bruno – reserved", DogStatus.RESERVED, SITE + "/bruno/"),
            tuple("arb-cupko", "Čupko", DogStatus.AVAILABLE, SITE + "/cupko/"),
            tuple("arb-mila", "Mila", DogStatus.AVAILABLE, SITE + "/mila/"));
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly("arb-ajax", "arb-bruno", "arb-cupko", "arb-mila");
    assertThat(server.requestsTo("/rocky/")).isEmpty();
    assertThat(server.requestsTo("/lady/")).isEmpty();
    assertThat(server.requestsTo("/contact/")).isEmpty();
    // robots.txt, the listing, four dogs.
    assertThat(result.statistics().requests()).isEqualTo(6);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 5L).containsEntry(404, 1L);
    assertThat(result.detailFailures()).isEmpty();
  }

  @Test
  void detailFieldsAsTheSiteWritesThem() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog ajax = dogs.get("arb-ajax");
    assertThat(ajax.name()).isEqualTo("Ajax");
    assertThat(ajax.status()).isEqualTo("available");
    assertThat(ajax.breed()).isEqualTo("Mix");
    assertThat(ajax.sex()).isEqualTo("Male");
    assertThat(ajax.ageText()).isEqualTo("March 2023");
    assertThat(ajax.height()).isEqualTo("52 cm");
    assertThat(ajax.weight()).isEqualTo("21 kg");
    assertThat(ajax.location()).isEqualTo("Bosnia and Herzegovina");
    assertThat(ajax.properties())
        .containsEntry("date_of_birth", "March 2023")
        .containsEntry("in_shelter_since", "June 2024")
        .containsEntry("family_in_shelter", "His sister Athena");
    // The top photo repeats the gallery's last one; the video is not a photo.
    assertThat(ajax.imageUrls())
        .containsExactly(UPLOADS + "Ajax-1.jpg", UPLOADS + "Ajax-3.jpg", UPLOADS + "Ajax-2.jpg");
    assertThat(ajax.description())
        .contains("found as a puppy near the river Drina", "loves people")
        .doesNotContain("<figure", "<video", "Breed:");

    RawDog bruno = dogs.get("arb-bruno");
    assertThat(bruno.status()).isEqualTo("reserved");
    assertThat(bruno.ageText()).isEqualTo("2020");

    RawDog cupko = dogs.get("arb-cupko");
    assertThat(cupko.name()).isEqualTo("Čupko");
    assertThat(cupko.breed()).isEqualTo("Tornjak mix");
    assertThat(cupko.ageText()).isEqualTo("unknown");
    assertThat(cupko.height()).isNull();
    assertThat(cupko.weight()).isNull();
    assertThat(cupko.imageUrls()).containsExactly(UPLOADS + "Cupko-1.jpg");
    assertThat(cupko.description())
        .contains("very sweet", "He needs a calm home.")
        .doesNotContain("<script", "hacked", "<iframe");

    // Her page says she is in Germany already, whatever the section says.
    assertThat(dogs.get("arb-mila").location()).isEqualTo("Germany");
  }

  @Test
  void aDetailPageThat404sSkipsThatDogAndCountsIt() {
    server.always("/mila/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(4);
    assertThat(result.dogs())
        .extracting(RawDog::externalId)
        .containsExactly("arb-ajax", "arb-bruno", "arb-cupko");
    assertThat(result.detailFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.externalId()).isEqualTo("arb-mila");
              assertThat(failure.url()).isEqualTo(SITE + "/mila/");
              assertThat(failure.statusCode()).isEqualTo(404);
            });
  }

  @Test
  void aRedesignedListingWithoutTheBosniaSectionFailsTheRun() {
    server.always(
        "/our-dogs/",
        Reply.html(
            "<div class='entry-content'><h2>Adopt a dog</h2><h3>Ajax</h3>"
                + "<a href='/ajax/'>More info</a></div>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("no section of dogs waiting in Bosnia");
    assertThat(result.found()).isEmpty();
  }

  @Test
  void anEmptyBosniaSectionFailsTheRun() {
    server.always(
        "/our-dogs/",
        Reply.html(
            "<div class='entry-content'><h2>Our dogs in Bosnia waiting for a new home</h2>"
                + "<p>Coming soon.</p><h2>Our dogs in Germany waiting for a new home</h2>"
                + "<h3>Rocky</h3><a href='/rocky/'>More info</a></div>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig config() {
    OrganizationConfig shipped =
        OrganizationConfigs.findBundled("animalrescuebosnia").orElseThrow();
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
