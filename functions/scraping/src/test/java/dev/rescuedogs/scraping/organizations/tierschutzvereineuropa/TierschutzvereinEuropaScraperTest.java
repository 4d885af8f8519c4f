package dev.rescuedogs.scraping.organizations.tierschutzvereineuropa;

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
class TierschutzvereinEuropaScraperTest {

  private static final String SITE = "https://tierschutzverein-europa.de";
  private static final String DOGS = SITE + "/tiervermittlung/";
  private static final String UPLOADS = SITE + "/wp-content/uploads/2026/";
  private static final String KIRA = "/tiervermittlung/kira-in-rumaenien-tierheim-aspa/";

  private ReplayServer server;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("tierschutzverein-europa"));
    // Kira's page is saved as windows-1252 and, like many WordPress hosts, sent without a charset.
    server.always(KIRA, Reply.file().withoutCharset());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawScrapeResult scrape() {
    try (TierschutzvereinEuropaScraper scraper =
        new TierschutzvereinEuropaScraper(
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
  void everyListingPageAndEveryDogWithItsStatus() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.organizationId()).isEqualTo("tierschutzverein-europa");
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(result.listing().pagesSeen()).isEqualTo(3);
    // The cat (Minka) and the dog that died (Oskar) are not adoptable dogs.
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("bonsai-in-spanien-perros-con-alma", "Bonsai", DogStatus.AVAILABLE),
            tuple(
                "strolch-in-rumaenien-tierheim-aspa",
                "Strolch (vermittlungshilfe)",
                DogStatus.RESERVED),
            tuple(
                "monique-in-deutschland-pflegestelle",
                "Mo'nique \"vermittlungshilfe\"",
                DogStatus.AVAILABLE),
            tuple("luna-in-spanien-tierheim-apap", "Luna", DogStatus.ADOPTED),
            tuple("rex-in-rumaenien-tierheim-aspa", "REX", DogStatus.AVAILABLE),
            tuple("nino-in-spanien-hogar-de-asis", "Niño", DogStatus.AVAILABLE),
            tuple("bella-in-deutschland-pflegestelle", "Bella 🐾", DogStatus.AVAILABLE),
            tuple("kira-in-rumaenien-tierheim-aspa", "Kira", DogStatus.AVAILABLE));
    assertThat(result.found())
        .extracting(FoundDog::adoptionUrl)
        .contains(DOGS + "bonsai-in-spanien-perros-con-alma/");
    // Adopted Luna is recorded but her page is not read.
    assertThat(result.dogs())
        .hasSize(7)
        .extracting(RawDog::externalId)
        .doesNotContain("luna-in-spanien-tierheim-apap");
    assertThat(server.requestsTo("/tiervermittlung/luna-in-spanien-tierheim-apap/")).isEmpty();
    assertThat(server.requestsTo("/tiervermittlung/minka-in-spanien/")).isEmpty();
    assertThat(result.detailFailures()).isEmpty();
    // robots.txt, three listing pages, seven detail pages.
    assertThat(result.statistics().requests()).isEqualTo(11);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 10L).containsEntry(404, 1L);
    assertThat(result.statistics().failures()).isZero();
    assertThat(result.validators()).hasSize(7);
  }

  @Test
  void detailFieldsAsTheSiteWritesThem() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog bonsai = dogs.get("bonsai-in-spanien-perros-con-alma");
    assertThat(bonsai.name()).isEqualTo("Bonsai");
    assertThat(bonsai.adoptionUrl()).isEqualTo(DOGS + "bonsai-in-spanien-perros-con-alma/");
    assertThat(bonsai.status()).isEqualTo("available");
    assertThat(bonsai.breed()).isEqualTo("Podenco-Mischling");
    assertThat(bonsai.sex()).isEqualTo("männlich");
    assertThat(bonsai.ageText()).isEqualTo("05.2025 (1 Jahr alt)");
    assertThat(bonsai.height()).isEqualTo("ca. 48 cm");
    assertThat(bonsai.weight()).isEqualTo("ca. 14 kg");
    assertThat(bonsai.location()).isEqualTo("Tierheim Perros con Alma, Córdoba");
    assertThat(bonsai.properties())
        .containsEntry("country", "Spanien")
        .containsEntry("date_of_birth", "05.2025")
        .containsEntry("neutered", "ja")
        .containsEntry("good_with_cats", "yes")
        .containsEntry("good_with_dogs", "yes")
        .containsEntry("mediterranean_test", "negativ")
        .containsEntry("fee", "450 €");
    // Featured photo (largest srcset candidate) = first gallery photo; lazy thumbnails ignored.
    assertThat(bonsai.imageUrls())
        .containsExactly(
            UPLOADS + "01/Bonsai-Profilbild.jpeg",
            UPLOADS + "01/Bonsai2.jpeg",
            UPLOADS + "01/Bonsai3.jpeg");
    assertThat(bonsai.description())
        .contains("fröhlicher junger Rüde", "Er sucht Menschen mit Geduld.")
        .doesNotContain("<script", "Kaufen Sie", "<img", "onerror", "youtube", "Teilen", "Spende");

    RawDog strolch = dogs.get("strolch-in-rumaenien-tierheim-aspa");
    assertThat(strolch.status()).isEqualTo("reserved");
    assertThat(strolch.ageText()).isNull();
    assertThat(strolch.height()).isNull();
    // Mojibake the site itself published stays as it is: the standardization repairs it.
    assertThat(strolch.location()).isEqualTo("Pflegestelle in MÃ¼nchen");
    assertThat(strolch.imageUrls()).containsExactly(UPLOADS + "02/Strolch.jpeg");

    RawDog monique = dogs.get("monique-in-deutschland-pflegestelle");
    assertThat(monique.name()).isEqualTo("Mo'nique \"vermittlungshilfe\"");
    assertThat(monique.size()).isEqualTo("klein");
    assertThat(monique.height()).isNull();
    assertThat(monique.ageText()).isEqualTo("05.2026 (3 Monate alt)");
    assertThat(monique.properties())
        .containsEntry("emergency", "yes")
        .containsEntry("good_with_cats", "unknown");
    // No featured image: the gallery's links give the photos (the card's thumbnail is not kept).
    assertThat(monique.imageUrls())
        .containsExactly(UPLOADS + "03/Monique1.jpeg", UPLOADS + "03/Monique2.jpeg");
    assertThat(monique.description()).contains("<ul>", "stubenrein");

    assertThat(dogs.get("nino-in-spanien-hogar-de-asis").description())
        .contains("Niño es un galgo muy cariñoso");
    assertThat(dogs.get("nino-in-spanien-hogar-de-asis").breed()).isEqualTo("Galgo Español");
    assertThat(dogs.get("bella-in-deutschland-pflegestelle").name()).isEqualTo("Bella 🐾");
    assertThat(dogs.get("bella-in-deutschland-pflegestelle").ageText()).isEqualTo("Unbekannt");
    assertThat(dogs.get("bella-in-deutschland-pflegestelle").properties())
        .doesNotContainKey("date_of_birth");

    RawDog kira = dogs.get("kira-in-rumaenien-tierheim-aspa");
    assertThat(kira.sex()).isEqualTo("Hündin");
    assertThat(kira.breed()).isEqualTo("Schäferhund-Mischling");
    assertThat(kira.properties()).containsEntry("country", "Rumänien");
    assertThat(kira.description()).contains("große, schüchterne Hündin – sie braucht Zeit");
  }

  @Test
  void aDetailPageThat404sSkipsThatDogAndCountsIt() {
    server.always("/tiervermittlung/rex-in-rumaenien-tierheim-aspa/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found()).hasSize(8);
    assertThat(result.dogs())
        .hasSize(6)
        .extracting(RawDog::externalId)
        .doesNotContain("rex-in-rumaenien-tierheim-aspa");
    assertThat(result.detailFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.externalId()).isEqualTo("rex-in-rumaenien-tierheim-aspa");
              assertThat(failure.url()).isEqualTo(DOGS + "rex-in-rumaenien-tierheim-aspa/");
              assertThat(failure.reason()).isEqualTo("http_status");
              assertThat(failure.statusCode()).isEqualTo(404);
            });
  }

  @Test
  void aListingPageThatFailsFailsTheRunInsteadOfReportingFewerDogs() {
    server.always("/tiervermittlung/page/2/", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("/tiervermittlung/page/2/");
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    assertThat(result.listing().pagesExpected()).isEqualTo(3);
    assertThat(server.requestsTo("/tiervermittlung/bonsai-in-spanien-perros-con-alma/")).isEmpty();
  }

  @Test
  void aLastPageWithoutCardsFailsTheRun() {
    // A maintenance page where the last listing page should be.
    server.always(
        "/tiervermittlung/page/3/",
        Reply.html(
            "<html><body><h1>Wartungsarbeiten</h1><p>Bitte später wieder.</p></body></html>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
  }

  @Test
  void aCardWithoutALinkToItsPageFailsTheRun() {
    server.always(
        "/tiervermittlung/page/3/",
        Reply.html(
            "<article class='tiervermittlung type-tiervermittlung status-publish'>"
                + "<h2 class='entry-title'>Kaputt</h2></article>"));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("links to no dog page", "Kaputt");
  }

  @Test
  void compatibilityAnswersAndTestResults() {
    assertThat(TierschutzvereinEuropaScraper.verdict("positiv")).isEqualTo("yes");
    assertThat(TierschutzvereinEuropaScraper.verdict("bestanden")).isEqualTo("yes");
    assertThat(TierschutzvereinEuropaScraper.verdict("nicht bestanden")).isEqualTo("no");
    assertThat(TierschutzvereinEuropaScraper.verdict("negativ")).isEqualTo("no");
    assertThat(TierschutzvereinEuropaScraper.verdict("ja")).isEqualTo("yes");
    assertThat(TierschutzvereinEuropaScraper.verdict("nein")).isEqualTo("no");
    assertThat(TierschutzvereinEuropaScraper.verdict("auf Anfrage")).isEqualTo("unknown");
    assertThat(TierschutzvereinEuropaScraper.verdict("steht noch aus")).isEqualTo("unknown");
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig config() {
    OrganizationConfig shipped =
        OrganizationConfigs.findBundled("tierschutzverein-europa").orElseThrow();
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
