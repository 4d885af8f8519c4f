package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One dog, its history, random picks and favourites. */
class AnimalDetailContractTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static CatalogFixture fixture;
  static ApiClient api;

  @BeforeAll
  static void seed() {
    fixture = CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  @Test
  void detail_hasGalleryOrganizationAvailabilityAndLinks() {
    Response response = api.get("/api/animals/" + fixture.slug("Buddy"));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode dog = response.json();
    assertThat(dog.get("name").asText()).isEqualTo("Buddy");
    assertThat(dog.get("images")).hasSize(3);
    assertThat(dog.at("/images/2/position").asInt()).isEqualTo(2);
    assertThat(dog.at("/images/0/width").asInt()).isEqualTo(800);
    assertThat(dog.at("/primary_image/url").asText()).endsWith("/0.jpg");
    // No resizing CDN configured: every variant is the stored image; no placeholder was recorded.
    assertThat(dog.at("/images/1/variants/thumbnail").asText())
        .isEqualTo(dog.at("/images/1/url").asText());
    assertThat(dog.at("/images/1/variants/large").asText())
        .isEqualTo(dog.at("/images/1/url").asText());
    assertThat(dog.at("/images/1/placeholder").isNull()).isTrue();
    assertThat(dog.at("/availability/confidence").asText()).isEqualTo("high");
    assertThat(dog.at("/availability/first_seen_at").asText()).isEqualTo("2026-01-30T10:00:00Z");
    assertThat(dog.at("/availability/last_seen_at").asText()).isEqualTo("2026-01-31T10:00:00Z");
    assertThat(dog.at("/availability/status_since").asText()).isEqualTo("2026-01-30T10:00:00Z");
    assertThat(dog.at("/availability/consecutive_runs_missing").asInt()).isZero();
    assertThat(dog.at("/organization/slug").asText()).isEqualTo("happy-paws");
    assertThat(dog.at("/organization/ships_to").toString()).isEqualTo("[\"DE\",\"AT\",\"CH\"]");
    assertThat(dog.at("/organization/adoption_fee/currency").asText()).isEqualTo("EUR");
    assertThat(dog.at("/good_with/dogs").asText()).isEqualTo("yes");
    assertThat(dog.at("/good_with/cats").asText()).isEqualTo("no");
    assertThat(dog.at("/good_with/children").asText()).isEqualTo("unknown");
    assertThat(dog.at("/description").asText()).contains("swimming");
    assertThat(dog.at("/breed/stated").asText()).isEqualTo("Labrador Retriever");
    assertThat(dog.at("/links/history").asText())
        .isEqualTo("/api/animals/" + fixture.slug("Buddy") + "/history");
    assertThat(dog.at("/links/organization").asText()).isEqualTo("/api/organizations/happy-paws");
    assertThat(dog.toString()).doesNotContain("internal note", "external_id", "\"properties\"");
    assertThat(response.header("Cache-Control"))
        .isEqualTo("public, max-age=1800, stale-while-revalidate=300");
  }

  @Test
  void detail_ofAnAdoptedDog_staysReachable() {
    Response response = api.get("/api/animals/" + fixture.slug("Oscar"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").asText()).isEqualTo("adopted");
    assertThat(response.json().at("/availability/listed").asBoolean()).isFalse();
    assertThat(response.json().get("images")).isEmpty();
    assertThat(response.json().get("primary_image").isNull()).isTrue();
  }

  @Test
  void numericId_redirectsToTheSlug() {
    Response response = api.get("/api/animals/" + fixture.id("Luna"));

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.header("Location")).isEqualTo("/api/animals/" + fixture.slug("Luna"));
    assertThat(api.get("/api/animals/" + fixture.id("Luna") + "/history").header("Location"))
        .isEqualTo("/api/animals/" + fixture.slug("Luna") + "/history");
  }

  @Test
  void unknownDog_is404Problem() {
    for (String path :
        List.of(
            "/api/animals/no-such-dog-1",
            "/api/animals/999999",
            "/api/animals/NOT%20A%20SLUG",
            "/api/animals/no-such-dog-1/history",
            "/api/animals/" + "a".repeat(300))) {
      Response response = api.get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.json().get("type").asText()).isEqualTo("/api/problems/not-found");
      assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
  }

  @Test
  void history_isNewestFirst_publicFieldsOnly_paged() {
    String path = "/api/animals/" + fixture.slug("Buddy") + "/history";
    JsonNode body = api.get(path).json();

    List<String> types = new ArrayList<>();
    body.get("data").forEach(event -> types.add(event.get("type").asText()));
    assertThat(types)
        .containsExactly(
            "status_changed", "field_changed", "reappeared", "confidence_changed", "created");
    assertThat(body.at("/data/0/from").asText()).isEqualTo("reserved");
    assertThat(body.at("/data/0/to").asText()).isEqualTo("available");
    assertThat(body.at("/data/1/field").asText()).isEqualTo("name");
    assertThat(body.at("/data/1/from").asText()).isEqualTo("Budy");
    assertThat(body.at("/data/0/occurred_at").asText()).isEqualTo("2026-02-10T10:00:00Z");
    assertThat(body.at("/animal/slug").asText()).isEqualTo(fixture.slug("Buddy"));
    assertThat(body.toString()).doesNotContain("quality_score");

    JsonNode page1 = api.get(path + "?limit=2").json();
    JsonNode page2 = api.get(page1.at("/links/next").asText()).json();
    JsonNode page3 = api.get(page2.at("/links/next").asText()).json();
    assertThat(page1.get("data")).hasSize(2);
    assertThat(page2.at("/data/0/type").asText()).isEqualTo("reappeared");
    assertThat(page3.get("data")).hasSize(1);
    assertThat(page3.at("/links/next").isNull()).isTrue();
    assertThat(
            api.get(
                    path
                        + "?cursor="
                        + page1.at("/pagination/next_cursor").asText().replace('.', 'x'))
                .status())
        .isEqualTo(400);
  }

  @Test
  void history_cursorOfAnotherDog_isRefused() {
    String cursor =
        api.get("/api/animals/" + fixture.slug("Buddy") + "/history?limit=1")
            .json()
            .at("/pagination/next_cursor")
            .asText();

    assertThat(
            api.get("/api/animals/" + fixture.slug("Luna") + "/history?limit=1&cursor=" + cursor)
                .status())
        .isEqualTo(400);
  }

  @Test
  void random_returnsDistinctCatalogDogs_uncached() {
    Response response = api.get("/api/animals/random?limit=5");

    assertThat(response.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().get("data").forEach(dog -> names.add(dog.get("name").asText()));
    assertThat(names)
        .hasSize(5)
        .doesNotHaveDuplicates()
        .doesNotContain("Oscar", "Ghost", "Hidden", "Nala");
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    assertThat(api.get("/api/animals/random").json().get("data")).hasSize(3);
    assertThat(api.get("/api/animals/random?limit=11").status()).isEqualTo(400);
    assertThat(api.get("/api/animals/random?limit=0").status()).isEqualTo(400);
  }

  @Test
  void batch_keepsRequestOrder_includesAdoptedDogs_andListsMissingIds() {
    String ids = fixture.id("Max") + "," + fixture.id("Oscar") + ",999999," + fixture.id("Buddy");
    JsonNode body = api.get("/api/animals/batch?ids=" + ids).json();

    List<String> names = new ArrayList<>();
    body.get("data").forEach(dog -> names.add(dog.get("name").asText()));
    assertThat(names).containsExactly("Max", "Oscar", "Buddy");
    assertThat(body.get("missing_ids").toString()).isEqualTo("[999999]");
    JsonNode repeated =
        api.get("/api/animals/batch?ids=" + fixture.id("Max") + "&ids=" + fixture.id("Luna"))
            .json();
    assertThat(repeated.get("data")).hasSize(2);
  }

  @Test
  void batch_validatesIds() {
    StringBuilder tooMany = new StringBuilder();
    for (int i = 1; i <= 101; i++) {
      tooMany.append(i).append(',');
    }
    for (String query :
        List.of("", "ids=", "ids=abc", "ids=-1", "ids=0", "ids=1,2,x", "ids=" + tooMany)) {
      Response response = api.get("/api/animals/batch?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().at("/invalid_params/0/name").asText()).isEqualTo("ids");
    }
  }

  @Test
  void imagesGetCdnVariantsAndTheirPlaceholder_whenATemplateIsConfigured() throws Exception {
    ApiClient resizing =
        new ApiClient(
            CatalogFixture.handler(
                db.dataSource(),
                Map.of(
                    "IMAGE_VARIANT_URL_TEMPLATE",
                    "https://images.example.org/cdn-cgi/image/width={width},format=auto{path}")));
    long buddy = fixture.id("Buddy");
    try (java.sql.Connection connection = db.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE dog_images SET placeholder = 'data:image/jpeg;base64,AAAA' WHERE dog_id = "
              + buddy
              + " AND position = 0");
    }

    JsonNode dog = resizing.get("/api/animals/" + fixture.slug("Buddy")).json();
    JsonNode list = resizing.get("/api/animals?limit=100").json();

    assertThat(dog.at("/primary_image/variants/thumbnail").asText())
        .isEqualTo(
            "https://images.example.org/cdn-cgi/image/width=300,format=auto/dogs/"
                + buddy
                + "/0.jpg");
    assertThat(dog.at("/images/0/variants/medium").asText()).contains("width=800");
    assertThat(dog.at("/primary_image/placeholder").asText())
        .isEqualTo("data:image/jpeg;base64,AAAA");
    JsonNode inList = null;
    for (JsonNode entry : list.get("data")) {
      if (entry.get("id").asLong() == buddy) {
        inList = entry;
      }
    }
    assertThat(inList).isNotNull();
    assertThat(inList.at("/primary_image/variants/large").asText()).contains("width=1600");
    assertThat(inList.at("/primary_image/placeholder").asText())
        .startsWith("data:image/jpeg;base64,");
  }
}
