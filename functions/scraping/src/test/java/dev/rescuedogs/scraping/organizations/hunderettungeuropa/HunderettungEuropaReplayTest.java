package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.scraping.replay.RecordedRequest;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import dev.rescuedogs.scraping.support.TestSites;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scraper end to end against the project's copy of the REST API (src/test/resources/sites/
 * hunderettung-europa) through the real fetcher: categories in two pages, posts in two pages, one
 * of them an adopted dog's story the server failed to exclude.
 */
class HunderettungEuropaReplayTest {

  private static final String SITE = "https://hunderettung-europa.de";
  private static final String CATEGORIES = "/wp-json/wp/v2/categories";
  private static final String POSTS = "/wp-json/wp/v2/posts";
  private static final String POSTS_QUERY =
      "categories=83,85,87,93&categories_exclude=36,112,118,158&orderby=id&order=asc&per_page=50"
          + "&_fields=id,link,title,content,categories";
  private static final String CATEGORIES_QUERY =
      "per_page=100&orderby=id&_fields=id,name,slug,parent";

  private ReplayServer server;
  private OrganizationConfig organization;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("hunderettung-europa"));
    server.always(CATEGORIES, wordPressPage(2, 23));
    server.always(POSTS, wordPressPage(2, 6));
    organization =
        TestSites.organization(
            "hunderettung-europa",
            Technology.REST,
            TestSites.fastPoliteness(),
            URI.create(SITE + POSTS));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Reply wordPressPage(int totalPages, int total) {
    return Reply.file()
        .withHeader("X-WP-TotalPages", String.valueOf(totalPages))
        .withHeader("X-WP-Total", String.valueOf(total));
  }

  private static String postsPage(int page) {
    return POSTS + "?" + POSTS_QUERY + "&page=" + page;
  }

  private RawScrapeResult scrape() {
    try (HunderettungEuropaScraper scraper =
        new HunderettungEuropaScraper(
            organization,
            ScraperDependencies.builder()
                .siteCopy(server.baseUri())
                .userAgent(TestSites.USER_AGENT)
                .browserFactory(
                    guard -> {
                      throw new AssertionError("a REST API needs no browser");
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
  void everyDogPostIsFoundWithItsStatusAndTheAdoptedStoryIsLeftOut() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status)
        .containsExactly(
            tuple("hre-2101", "Bruno", DogStatus.AVAILABLE),
            tuple("hre-2102", "Flocke", DogStatus.AVAILABLE),
            tuple("hre-2103", "Pflegehund Lotti", DogStatus.AVAILABLE),
            tuple("hre-2104", "Pepe – reserviert", DogStatus.RESERVED),
            tuple("hre-2105", "Öskar 🐾", DogStatus.RESERVED));
    assertThat(result.dogs()).hasSize(5);
    assertThat(result.detailFailures()).isEmpty();
    assertThat(result.listing().pagesExpected()).isEqualTo(2);
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
  }

  @Test
  void factsImagesAndStoryComeFromThePostContent() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog bruno = dogs.get("hre-2101");
    assertThat(bruno.adoptionUrl()).isEqualTo(SITE + "/bruno/");
    assertThat(bruno.sex()).isEqualTo("Männlich");
    assertThat(bruno.ageText()).isEqualTo("geb. ca. März 2021");
    assertThat(bruno.height()).isEqualTo("ca. 60 – 69 cm");
    assertThat(bruno.weight()).isEqualTo("ca. 30 – 34 kg");
    assertThat(bruno.size()).isEqualTo("Groß");
    assertThat(bruno.location()).isEqualTo("Rumänien");
    assertThat(bruno.properties())
        .containsEntry("in_shelter_since", "Mai 2026")
        .containsEntry("origin", "Rumänien")
        .containsEntry("earliest_departure", "15.06.")
        .containsEntry("age_group", "Erwachsen")
        .containsEntry(
            "special_notes", "Bruno hat leichte Arthrose in der Hüfte und bekommt Schmerzmittel.");
    // The hero photo, a lazy photo behind a data: stand-in, a gallery link; the repeat dropped.
    assertThat(bruno.imageUrls())
        .containsExactly(
            SITE + "/wp-content/uploads/2026/05/bruno-sucht-ein-zuhause.jpg",
            SITE + "/wp-content/uploads/2026/05/bruno-im-garten.jpg",
            SITE + "/wp-content/uploads/2026/05/bruno-beim-spielen.jpg");
    assertThat(bruno.description())
        .startsWith("<h3>Bruno, der sanfte Riese</h3>")
        .contains("an einer Landstraße gefunden", "<h3>Zuhause gesucht</h3>", "ebenerdiges")
        .doesNotContain("Geschlecht", "im Video kennen", "Selbstauskunft", "Vermittlungsablauf");
  }

  @Test
  void templatePlaceholdersAndTemplatePhotosAreIgnored() {
    RawDog flocke = byId(scrape()).get("hre-2102");

    // The hidden template block comes first; its placeholders must not win.
    assertThat(flocke.sex()).isEqualTo("Weiblich");
    assertThat(flocke.ageText()).isEqualTo("geb. ca. Juni 2014");
    assertThat(flocke.height()).isEqualTo("ca. 30 – 39 cm");
    // A visible "ca. xx – xx kg" an editor forgot is no weight.
    assertThat(flocke.weight()).isNull();
    assertThat(flocke.size()).isEqualTo("Klein");
    assertThat(flocke.properties())
        .containsEntry("in_shelter_since", "Januar 2026")
        .containsEntry("special_needs", "Handicap")
        .containsEntry("age_group", "Senior")
        .doesNotContainKey("special_notes");
    assertThat(flocke.imageUrls())
        .containsExactly(SITE + "/wp-content/uploads/2026/01/flocke-auf-der-wiese.jpg");
    assertThat(flocke.description())
        .isEqualTo(
            "<h3>Seniorin Flocke wünscht sich ein Sofa</h3>\n"
                + "<p>Flocke ist eine freundliche ältere Dame mit grauer Schnauze.</p>");
  }

  @Test
  void aFosterDogIsLocatedInItsGermanState() {
    RawDog lotti = byId(scrape()).get("hre-2103");

    assertThat(lotti.location()).isEqualTo("Bayern, Deutschland");
    assertThat(lotti.properties())
        .containsEntry("in_germany_since", "Juli 2026")
        .containsEntry("foster_home", "80331 München")
        .doesNotContainKey("in_shelter_since");
    assertThat(lotti.sex()).isEqualTo("Weiblich");
    assertThat(lotti.weight()).isEqualTo("ca. 15 – 19 kg");
  }

  @Test
  void escapedJsonStatusesEmojiAndHostileMarkupAreHandled() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog pepe = dogs.get("hre-2104");
    assertThat(pepe.status()).isEqualTo("reserved");
    assertThat(pepe.adoptionUrl()).isEqualTo(SITE + "/pepe/");
    assertThat(pepe.description())
        .contains("Pepe ist <b>reserviert</b>.")
        .doesNotContain("<script", "injected", "<iframe", "<style");

    RawDog oskar = dogs.get("hre-2105");
    assertThat(oskar.name()).isEqualTo("Öskar 🐾");
    assertThat(oskar.status()).isEqualTo("reserved");
    assertThat(oskar.sex()).isNull();
    assertThat(oskar.ageText()).isNull();
    assertThat(oskar.description()).isNull();
    assertThat(oskar.imageUrls()).containsExactly(SITE + "/wp-content/uploads/2026/04/oeskar.jpg");
  }

  @Test
  void everyRequestGoesThroughThePoliteFetcher() {
    RawScrapeResult result = scrape();

    // robots.txt (404: all allowed), two category pages, two posts pages
    assertThat(server.requests())
        .extracting(RecordedRequest::pathAndQuery)
        .containsExactly(
            "/robots.txt",
            CATEGORIES + "?" + CATEGORIES_QUERY + "&page=1",
            CATEGORIES + "?" + CATEGORIES_QUERY + "&page=2",
            postsPage(1),
            postsPage(2));
    assertThat(server.requests().subList(1, 5))
        .allSatisfy(
            request -> {
              assertThat(request.header("Accept")).contains("application/json");
              assertThat(request.header("User-Agent")).contains(TestSites.USER_AGENT);
            });
    List<RecordedRequest> requests = server.requests();
    for (int i = 2; i < requests.size(); i++) {
      long gapNanos = requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos();
      assertThat(gapNanos).isGreaterThanOrEqualTo(25_000_000L);
    }
    assertThat(result.statistics().requests()).isEqualTo(5);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 4L).containsEntry(404, 1L);
    assertThat(result.statistics().failures()).isZero();
    assertThat(result.statistics().bytes()).isPositive();
  }

  @Test
  void aPostsPageThatKeepsFailingFailsTheListing() {
    server.always(postsPage(2), Reply.status(503));

    RawScrapeResult result = scrape();

    assertListingFailed(result, "503");
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    // One attempt and one retry.
    assertThat(server.requestsTo(postsPage(2))).hasSize(2);
  }

  @Test
  void fewerPagesThanAnnouncedFailTheListing() {
    server.always(POSTS, wordPressPage(3, 6));
    server.always(
        postsPage(3),
        Reply.text(
                "application/json; charset=UTF-8",
                "{\"code\":\"rest_post_invalid_page_number\",\"message\":\"Die angeforderte"
                    + " Seitenzahl ist größer als die Anzahl der verfügbaren Seiten.\"}")
            .withStatus(400));

    RawScrapeResult result = scrape();

    assertListingFailed(result, "400");
    assertThat(result.listing().pagesSeen()).isEqualTo(2);
  }

  @Test
  void fewerPostsThanAnnouncedFailTheListing() {
    server.always(POSTS, wordPressPage(2, 9));

    assertListingFailed(scrape(), "announces 9 posts but only 6 arrived");
  }

  @Test
  void aPageWithoutItsPageTotalFailsTheListing() {
    server.always(POSTS, Reply.file());

    assertListingFailed(scrape(), "sent no X-WP-TotalPages header");
  }

  @Test
  void anEmptyPostsPageFailsTheListing() {
    server.always(
        postsPage(2),
        Reply.text("application/json; charset=UTF-8", "[]")
            .withHeader("X-WP-TotalPages", "2")
            .withHeader("X-WP-Total", "3"));

    assertListingFailed(scrape(), "lists no dogs");
  }

  @Test
  void anHtmlErrorPageInsteadOfJsonFailsTheListing() {
    server.always(
        postsPage(1),
        Reply.html("<html><body><h1>Wartungsmodus</h1></body></html>")
            .withHeader("X-WP-TotalPages", "2"));

    assertListingFailed(scrape(), "is not JSON");
  }

  @Test
  void aChangedCategoryTreeFailsTheListingBeforeAnyPostIsRead() {
    server.always(
        CATEGORIES,
        Reply.text(
                "application/json; charset=UTF-8",
                "[{\"id\":75,\"name\":\"Hunde\",\"slug\":\"hundekategorien\",\"parent\":0}]")
            .withHeader("X-WP-TotalPages", "1"));

    RawScrapeResult result = scrape();

    assertListingFailed(result, "'aufenthaltsort' is missing");
    assertThat(server.requestsTo(postsPage(1))).isEmpty();
  }

  @Test
  void robotsTxtIsObeyed() {
    server.robotsTxt("User-agent: *\nDisallow: /wp-json/\n");

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.statistics().robotsDisallowed()).isPositive();
    assertThat(server.requests())
        .extracting(RecordedRequest::pathAndQuery)
        .containsExactly("/robots.txt");
  }

  private static void assertListingFailed(RawScrapeResult result, String reason) {
    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains(reason);
    assertThat(result.found()).isEmpty();
    assertThat(result.dogs()).isEmpty();
  }
}
