package dev.rescuedogs.local.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.local.RescueDogsCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code parse-page} for every organization and kind, on the pages of the project's own test sites
 * (functions/scraping/src/test/resources/sites), saved as a contributor would save them.
 */
class ParsePageCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SITES = Path.of("../../functions/scraping/src/test/resources/sites");

  record Result(int exitCode, String out, String err) {}

  static Result parsePage(String org, String kind, String url, Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode =
        commandLine.execute(
            "parse-page", "--org", org, "--kind", kind, "--url", url, "--file", file.toString());
    return new Result(exitCode, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0} listing")
  @CsvSource(
      delimiter = '|',
      value = {
        "tierschutzverein-europa | https://tierschutzverein-europa.de/tiervermittlung/ | tierschutzverein-europa/tiervermittlung/index.html | 3",
        "theunderdog | https://www.theunderdog.org/adopt | theunderdog/adopt.html | 6",
        "santerpawsbulgarianrescue | https://santerpawsbulgarianrescue.com/adopt/ | santerpawsbulgarianrescue/adopt/index.html | 3",
        "animalrescuebosnia | https://www.animal-rescue-bosnia.org/our-dogs/ | animalrescuebosnia/our-dogs/index.html | 4",
        "pets-in-turkey | https://www.petsinturkey.org/dogs | pets-in-turkey/dogs.html | 7",
        "manytearsrescue | https://www.manytearsrescue.org/adopt/dogs/ | manytearsrescue/adopt/dogs/index.html | 3",
        "woof-project | https://woofproject.eu/adoption/ | woof-project/adoption/index.html | 5",
        "daisyfamilyrescue | https://daisyfamilyrescue.de/unsere-hunde/ | daisyfamilyrescue/unsere-hunde/index.html | 6",
        "furryrescueitaly | https://furryrescueitaly.com/adoptions/ | furryrescueitaly/adoptions/index.html | 3",
        "galgosdelsol | https://galgosdelsol.org/adoptables/other-dogs/ | galgosdelsol/adoptables/other-dogs/index.html | 1",
        "rean | https://rean.org.uk/dogs-%26-puppies-in-romania | rean/dogs-&-puppies-in-romania.html | 3",
        "misisrescue | https://www.misisrescue.com/available-for-adoption | misisrescue/available-for-adoption.html | 1",
      })
  void listingPagesPrintTheirDogsAndPagination(String org, String url, String file, int dogs)
      throws IOException {
    Result result = parsePage(org, "listing", url, SITES.resolve(file));

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode listing = JSON.readTree(result.out());
    assertThat(listing.get("dogs")).hasSize(dogs);
    for (JsonNode dog : listing.get("dogs")) {
      assertThat(dog.get("external_id").asText()).isNotBlank();
      assertThat(dog.get("adoption_url").asText()).startsWith("https://");
      assertThat(dog.get("status").asText()).isIn("available", "reserved", "adopted", "unknown");
    }
    assertThat(listing.has("next_page")).isTrue();
    assertThat(listing.has("pages_total")).isTrue();
  }

  @ParameterizedTest(name = "{0} detail")
  @CsvSource(
      delimiter = '|',
      value = {
        "tierschutzverein-europa | https://tierschutzverein-europa.de/tiervermittlung/kira-in-rumaenien-tierheim-aspa/ | tierschutzverein-europa/tiervermittlung/kira-in-rumaenien-tierheim-aspa/index.html | Kira",
        "theunderdog | https://www.theunderdog.org/adopt/jett | theunderdog/adopt/jett.html | Jett",
        "santerpawsbulgarianrescue | https://santerpawsbulgarianrescue.com/dog/nala/ | santerpawsbulgarianrescue/dog/nala/index.html | Nala",
        "animalrescuebosnia | https://www.animal-rescue-bosnia.org/mila/ | animalrescuebosnia/mila/index.html | Mila",
        "manytearsrescue | https://www.manytearsrescue.org/adopt/dogs/7001/ | manytearsrescue/adopt/dogs/7001/index.html | Lucy",
        "woof-project | https://woofproject.eu/adoption/luna/ | woof-project/adoption/luna/index.html | LUNA",
        "daisyfamilyrescue | https://daisyfamilyrescue.de/hund-luzi/ | daisyfamilyrescue/hund-luzi/index.html | Luzi",
        "misisrescue | https://www.misisrescue.com/post/lola | misisrescue/post/lola.html | Lola",
        "furryrescueitaly | https://furryrescueitaly.com/adoptions/luna/ | furryrescueitaly/adoptions/luna/index.html | Luna",
        "galgosdelsol | https://galgosdelsol.org/adoptables/luna/ | galgosdelsol/adoptables/luna/index.html | LUNA",
        "dogstrust | https://www.dogstrust.org.uk/rehoming/dogs/lurcher/4100002 | dogstrust/rehoming/dogs/lurcher/4100002.html | Zoë",
      })
  void detailPagesPrintTheRawDog(String org, String url, String file, String name)
      throws IOException {
    Result result = parsePage(org, "detail", url, SITES.resolve(file));

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode dog = JSON.readTree(result.out());
    assertThat(dog.get("name").asText()).startsWith(name);
    assertThat(dog.get("external_id").asText()).isNotBlank();
  }

  @Test
  void aRestListingIsParsedFromItsSavedJson() throws IOException {
    Path posts;
    try (var files = Files.list(SITES.resolve("hunderettung-europa/wp-json/wp/v2"))) {
      posts =
          files
              .filter(path -> path.getFileName().toString().startsWith("posts@"))
              .filter(path -> path.getFileName().toString().endsWith("page=1.json"))
              .findFirst()
              .orElseThrow();
    }
    Result result =
        parsePage(
            "hunderettung-europa",
            "listing",
            "https://hunderettung-europa.de/wp-json/wp/v2/posts",
            posts);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(JSON.readTree(result.out()).get("dogs")).isNotEmpty();
  }

  @Test
  void aSiteWhoseListingNeedsJavaScriptIsParsedFromTheRenderedPageSavedFromTheBrowser()
      throws IOException {
    Path recorded = Path.of("../../../shared/fixtures/dogstrust/dogstrust_page1.html");
    Assumptions.assumeTrue(
        Files.isRegularFile(recorded),
        "skipped: ../shared/fixtures/dogstrust (recorded pages beside the repository) is absent");

    Result result =
        parsePage(
            "dogstrust", "listing", "https://www.dogstrust.org.uk/rehoming/dogs?page=0", recorded);

    JsonNode listing = JSON.readTree(result.out());
    assertThat(listing.get("dogs")).hasSize(15);
    assertThat(listing.get("pages_total").asInt()).isEqualTo(36);
  }

  @Test
  void anUnknownOrganizationIsAUsageErrorNamingTheKnownOnes() {
    Result result =
        parsePage(
            "nope", "detail", "https://example.org/", SITES.resolve("theunderdog/adopt.html"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown organization 'nope'").contains("dogstrust");
  }
}
