package dev.rescuedogs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every API Gateway request under {@code events/api/} (the files {@code sam local invoke -e} and
 * {@code rescuedogs invoke api --event} take), loaded as the Lambda runtime loads it and sent
 * through the handler wired as in production against the contract fixture's catalog. Each file has
 * its own expected outcome; a file without one fails.
 */
class ApiEventFilesTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  /** The slug the events use for Buddy: the one a fresh catalog gives him (his id is 1). */
  private static final String BUDDY = "buddy-labrador-retriever-1";

  /** The operator key {@code monitoring-with-key.json} sends. */
  private static final String OPERATOR_KEY = "local-operator-key-0123456789";

  private static ApiHandler handler;

  @BeforeAll
  static void seed() {
    CatalogFixture fixture = CatalogFixture.seed(db.dataSource());
    assertThat(fixture.slug("Buddy")).as("the events' slug of Buddy").isEqualTo(BUDDY);
    handler = CatalogFixture.handler(db.dataSource(), Map.of("ADMIN_API_KEY", OPERATOR_KEY));
  }

  @TestFactory
  Stream<DynamicTest> everyEventFileHasItsOutcome() {
    Map<String, Consumer<Response>> expectations = expectations();
    List<Path> files = eventFiles();
    List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
    assertThat(expectations.keySet())
        .as("expectations whose event file is gone from events/api/")
        .isSubsetOf(names);
    return files.stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Consumer<Response> expectation =
                          expectations.get(file.getFileName().toString());
                      assertThat(expectation)
                          .as(
                              "events/api/%s has no expected outcome in %s: add one",
                              file.getFileName(), ApiEventFilesTest.class.getSimpleName())
                          .isNotNull();
                      APIGatewayV2HTTPEvent event =
                          EventLoader.loadApiGatewayHttpEvent(file.toString());
                      expectation.accept(new Response(handler.handleRequest(event, null)));
                    }));
  }

  private static Map<String, Consumer<Response>> expectations() {
    Map<String, Consumer<Response>> expect = new TreeMap<>();
    expect.put(
        "health.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("status").asText()).isEqualTo("healthy");
          assertThat(r.json().at("/database/status").asText()).isEqualTo("connected");
          assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        });
    expect.put(
        "health-head.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.body()).isEmpty();
        });
    expect.put(
        "animals-list.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
          JsonNode body = r.json();
          assertThat(names(body.get("data"))).containsExactly("Rocky", "Ann%e", "Sunny_Boy");
          assertThat(body.at("/pagination/limit").asInt()).isEqualTo(3);
          assertThat(body.at("/links/next").asText()).startsWith("/api/animals?");
          assertThat(r.header("Cache-Control")).startsWith("public, max-age=300");
        });
    expect.put(
        "animals-search.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(names(r.json().get("data"))).containsExactly("Max", "Señor Müller");
          assertThat(r.header("Access-Control-Allow-Origin"))
              .isEqualTo("https://rescuedogs.example");
        });
    expect.put(
        "animals-bad-parameters.json",
        r -> {
          assertThat(r.status()).isEqualTo(400);
          assertThat(r.header("Content-Type")).startsWith("application/problem+json");
          assertThat(r.json().get("invalid_params").findValuesAsText("name"))
              .containsExactlyInAnyOrder("limit", "sex", "sort");
        });
    expect.put(
        "animals-random.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data")).hasSize(2);
          assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        });
    expect.put(
        "animals-batch.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(names(r.json().get("data"))).containsExactly("Buddy", "Max");
          assertThat(r.json().get("missing_ids").toString()).isEqualTo("[999999]");
        });
    expect.put(
        "animals-statistics.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("total_dogs").asInt()).isEqualTo(9);
        });
    expect.put(
        "animal-detail.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          JsonNode dog = r.json();
          assertThat(dog.get("name").asText()).isEqualTo("Buddy");
          assertThat(dog.get("slug").asText()).isEqualTo(BUDDY);
          assertThat(dog.get("images")).hasSize(3);
          assertThat(r.header("ETag")).startsWith("W/\"");
        });
    expect.put("animal-unknown.json", ApiEventFilesTest::notFound);
    expect.put(
        "animal-history.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          JsonNode body = r.json();
          assertThat(body.get("data")).hasSize(2);
          assertThat(body.at("/links/next").asText())
              .startsWith("/api/animals/" + BUDDY + "/history?");
        });
    expect.put(
        "meta-breeds.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("value"))
              .containsExactlyInAnyOrder("beagle", "galgo-espanol", "podenco");
        });
    expect.put(
        "meta-breed-groups.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("value")).contains("Hound", "Sporting");
        });
    expect.put(
        "meta-location-countries.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("value")).contains("GB", "RO");
        });
    expect.put(
        "meta-available-countries.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("value")).contains("GB", "DE", "NL");
        });
    expect.put(
        "meta-available-regions.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("value"))
              .containsExactlyInAnyOrder("Bucharest", "Cluj");
        });
    expect.put(
        "meta-available-regions-missing-country.json",
        r -> {
          assertThat(r.status()).isEqualTo(400);
          assertThat(r.json().get("invalid_params").findValuesAsText("name"))
              .containsExactly("country");
        });
    expect.put(
        "meta-filter-counts.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("total").asInt()).isEqualTo(2);
        });
    expect.put("meta-unknown-facet.json", ApiEventFilesTest::notFound);
    expect.put(
        "organizations-list.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data").findValuesAsText("slug")).containsExactly("rean");
        });
    expect.put(
        "organization-detail.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("name").asText()).isEqualTo("REAN");
        });
    expect.put("organization-unknown.json", ApiEventFilesTest::notFound);
    expect.put(
        "feed-atom.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
          assertThat(r.body()).contains("<feed", "Max", "Señor Müller").doesNotContain("Buddy");
        });
    expect.put(
        "openapi.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("openapi").asText()).startsWith("3.1");
          assertThat(r.json().get("paths").has("/api/animals")).isTrue();
        });
    expect.put(
        "problem-type-conditional.json",
        r -> {
          // The file's If-None-Match is the document's current ETag: a cache revalidating.
          assertThat(r.status())
              .as(
                  "304 expected; if /api/problems/not-found changed, update the event's"
                      + " if-none-match to the new ETag %s",
                  r.header("ETag"))
              .isEqualTo(304);
          assertThat(r.body()).isEmpty();
        });
    expect.put(
        "monitoring-with-key.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.header("Cache-Control")).isEqualTo("no-store");
          assertThat(r.json().toString()).contains("found 1 dog, under half the average of 20");
        });
    expect.put(
        "monitoring-without-key.json",
        r -> {
          assertThat(r.status()).isEqualTo(401);
          assertThat(r.header("WWW-Authenticate")).isEqualTo("ApiKey header=\"X-API-Key\"");
        });
    expect.put(
        "stage-prefixed.json",
        r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().get("data")).hasSize(1);
        });
    return expect;
  }

  private static void notFound(Response r) {
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(404);
  }

  private static List<String> names(JsonNode dogs) {
    List<String> names = new ArrayList<>();
    dogs.forEach(dog -> names.add(dog.get("name").asText()));
    return names;
  }

  /** The files of {@code events/api/}, found by walking up from the module to the repository. */
  private static List<Path> eventFiles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path events = dir.resolve("events/api");
      if (Files.isDirectory(events)) {
        try (Stream<Path> files = Files.list(events)) {
          List<Path> json =
              files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
          assertThat(json).as("event files in %s", events).isNotEmpty();
          return json;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "no events/api directory above " + Path.of("").toAbsolutePath());
  }
}
