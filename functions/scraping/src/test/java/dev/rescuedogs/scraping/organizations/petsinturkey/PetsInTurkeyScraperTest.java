package dev.rescuedogs.scraping.organizations.petsinturkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import dev.rescuedogs.scraping.fetch.Page;
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

/** The scraper end to end against the project's copy of the site, through the real fetcher. */
class PetsInTurkeyScraperTest {

  private static final String ADOPTION = "https://www.petsinturkey.org/adoption#";
  private static final String MEDIA = "https://static.wixstatic.com/media/";

  private ReplayServer server;

  @BeforeEach
  void start() {
    server = ReplayServer.serving(TestSites.site("pets-in-turkey"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PetsInTurkeyScraper scraper() {
    return new PetsInTurkeyScraper(
        config(),
        ScraperDependencies.builder()
            .siteCopy(server.baseUri())
            .userAgent(TestSites.USER_AGENT)
            .browserFactory(
                guard -> {
                  throw new AssertionError("a static site needs no browser");
                })
            .build());
  }

  private RawScrapeResult scrape() {
    try (PetsInTurkeyScraper scraper = scraper()) {
      return scraper.scrape();
    }
  }

  @Test
  void everyDogOfTheRepeaterAndNoneOfTheForms() {
    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(result.listing().pagesSeen()).isEqualTo(1);
    assertThat(result.listing().pagesExpected()).isEqualTo(1);
    assertThat(result.found())
        .extracting(FoundDog::externalId, FoundDog::name, FoundDog::status, FoundDog::adoptionUrl)
        .containsExactly(
            tuple("pit-luna", "Luna", DogStatus.AVAILABLE, ADOPTION + "luna"),
            tuple("pit-cakil", "Çakıl", DogStatus.AVAILABLE, ADOPTION + "cakil"),
            tuple("pit-max", "Max (reserved)", DogStatus.RESERVED, ADOPTION + "max"),
            tuple("pit-bob", "Bob", DogStatus.AVAILABLE, ADOPTION + "bob"),
            // A second dog called Luna keeps its own id.
            tuple("pit-luna-knfpwoxk", "Luna", DogStatus.AVAILABLE, ADOPTION + "luna"),
            tuple("pit-pamuk", "Pamuk 🐶", DogStatus.AVAILABLE, ADOPTION + "pamuk"),
            tuple("pit-duman", "Duman", DogStatus.RESERVED, ADOPTION + "duman"));
    assertThat(result.dogs()).hasSize(7);
    assertThat(result.detailFailures()).isEmpty();
    // robots.txt and the one page: there are no detail pages.
    assertThat(result.statistics().requests()).isEqualTo(2);
    assertThat(result.statistics().statusCounts()).containsEntry(200, 1L).containsEntry(404, 1L);
    assertThat(result.validators()).isEmpty();
  }

  @Test
  void labelsPairWithTheValuesAfterTheButtons() {
    Map<String, RawDog> dogs = byId(scrape());

    RawDog luna = dogs.get("pit-luna");
    assertThat(luna.status()).isEqualTo("available");
    assertThat(luna.breed()).isEqualTo("Kangal mix");
    assertThat(luna.weight()).isEqualTo("24 kg");
    assertThat(luna.height()).isEqualTo("58cm");
    assertThat(luna.ageText()).isEqualTo("2 y/o");
    assertThat(luna.sex()).isEqualTo("Female");
    assertThat(luna.location()).isEqualTo("Turkey");
    assertThat(luna.description()).isNull();
    assertThat(luna.properties())
        .containsEntry("neutered", "Yes")
        .containsEntry("travel", "Ready to fly in May 2027");
    // The original photo, not Wix's resized copy.
    assertThat(luna.imageUrls()).containsExactly(MEDIA + "3da926_aaaa1111~mv2.jpg");

    RawDog cakil = dogs.get("pit-cakil");
    assertThat(cakil.breed()).isEqualTo("Terrier mix");
    assertThat(cakil.weight()).isEqualTo("9 kg");
    assertThat(cakil.height()).isEqualTo("31cm");
    assertThat(cakil.ageText()).isEqualTo("8 mnths old");
    assertThat(cakil.properties())
        .containsEntry("neutered", "Soon")
        .containsEntry("notes", "one ear up; Cabin size");

    assertThat(dogs.get("pit-max").height()).isEqualTo("60cm");
    assertThat(dogs.get("pit-max").status()).isEqualTo("reserved");

    RawDog bob = dogs.get("pit-bob");
    assertThat(bob.location()).isEqualTo("Zürich / Switzerland with his foster family");
    assertThat(bob.properties()).doesNotContainKey("travel");
    assertThat(bob.height()).isNull();

    RawDog pamuk = dogs.get("pit-pamuk");
    assertThat(pamuk.ageText()).isEqualTo("Born in 11/03/2026");
    assertThat(pamuk.weight()).isEqualTo("35kg");
    assertThat(pamuk.properties())
        .containsEntry("date_of_birth", "11/03/2026")
        .containsEntry("expected_weight", "35kg")
        .containsEntry("neutered", "No");
    // The lazy placeholder GIF before the photo is dropped.
    assertThat(pamuk.imageUrls()).containsExactly(MEDIA + "3da926_ffff6666~mv2.png");

    // No "Adopt Me" buttons: the values follow the last label; no sex given, no photo.
    RawDog duman = dogs.get("pit-duman");
    assertThat(duman.breed()).isEqualTo("Mix");
    assertThat(duman.weight()).isEqualTo("12 kg");
    assertThat(duman.ageText()).isEqualTo("1 y/o");
    assertThat(duman.sex()).isNull();
    assertThat(duman.status()).isEqualTo("reserved");
    assertThat(duman.imageUrls()).isEmpty();
  }

  @Test
  void aListingThatCannotBeFetchedFailsTheRun() {
    server.always("/dogs", Reply.status(404));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("404");
    assertThat(result.found()).isEmpty();
  }

  @Test
  void aPageWithOnlyTheAdoptionFormsFailsTheRunInsteadOfReportingNoDogs() {
    String formsOnly =
        "<div class='wixui-repeater'><div class='wixui-repeater__item' id='comp-a__item1'>"
            + "<div class='wixui-rich-text'><p>Adoption forms</p></div>"
            + "<div class='wixui-rich-text'><h4>Application form dog</h4></div>"
            + "<a class='wixui-button' href='/_files/ugd/dog.docx'><span>Download</span></a>"
            + "</div></div>";
    server.always("/dogs", Reply.html(formsOnly));

    RawScrapeResult result = scrape();

    assertThat(result.outcome()).isEqualTo(Outcome.LISTING_FAILED);
    assertThat(result.error()).contains("lists no dogs");
    assertThat(result.dogs()).isEmpty();
  }

  @Test
  void thereAreNoDetailPages() {
    try (PetsInTurkeyScraper scraper = scraper()) {
      assertThatThrownBy(
              () ->
                  scraper.parseDetailPage(
                      Page.ofHtml(URI.create("https://www.petsinturkey.org/dogs"), "")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void idsIgnoreStatusNotesInTheName() {
    assertThat(PetsInTurkeyScraper.withoutAsides("Max (reserved)")).isEqualTo("Max");
    assertThat(PetsInTurkeyScraper.withoutAsides("Max - on hold")).isEqualTo("Max");
    assertThat(PetsInTurkeyScraper.withoutAsides("Mary-Lou")).isEqualTo("Mary-Lou");
    assertThat(PetsInTurkeyScraper.withoutAsides("Rosie - Ankara")).isEqualTo("Rosie - Ankara");
  }

  private static Map<String, RawDog> byId(RawScrapeResult result) {
    return result.dogs().stream()
        .collect(Collectors.toMap(RawDog::externalId, Function.identity()));
  }

  /** The shipped config with test-sized pacing. */
  private static OrganizationConfig config() {
    OrganizationConfig shipped = OrganizationConfigs.findBundled("pets-in-turkey").orElseThrow();
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
