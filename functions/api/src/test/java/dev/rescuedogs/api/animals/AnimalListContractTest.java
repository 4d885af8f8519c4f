package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/animals: every filter, sort and paging parameter against the fixture catalog. */
class AnimalListContractTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static CatalogFixture fixture;
  static ApiClient api;

  @BeforeAll
  static void seed() {
    fixture = CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  static List<String> names(Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().get("data").forEach(dog -> names.add(dog.get("name").asText()));
    return names;
  }

  @Test
  void defaultCatalog_isAvailableConfirmedDogsOfActiveOrganizations_newestFirst() {
    Response response = api.get("/api/animals");

    assertThat(names(response))
        .containsExactly(
            "Rocky",
            "Ann%e",
            "Sunny_Boy",
            "Señor Müller",
            "Bella",
            "Max",
            "Luna",
            "Buddy",
            "Mystery");
    JsonNode body = response.json();
    assertThat(body.at("/pagination/total").asLong()).isEqualTo(9);
    assertThat(body.at("/pagination/limit").asInt()).isEqualTo(20);
    assertThat(body.at("/pagination/next_cursor").isNull()).isTrue();
    assertThat(body.at("/links/self").asText()).isEqualTo("/api/animals");
    assertThat(body.at("/links/next").isNull()).isTrue();
    assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void entry_hasThePublicShape() {
    JsonNode buddy = null;
    for (JsonNode dog : api.get("/api/animals?breed=labrador-retriever").json().get("data")) {
      buddy = dog;
    }
    assertThat(buddy).isNotNull();
    assertThat(buddy.get("id").asLong()).isEqualTo(fixture.id("Buddy"));
    assertThat(buddy.get("slug").asText()).isEqualTo(fixture.slug("Buddy"));
    assertThat(buddy.at("/breed/label").asText()).isEqualTo("Labrador Retriever");
    assertThat(buddy.at("/breed/group").asText()).isEqualTo("Sporting");
    assertThat(buddy.at("/age/category").asText()).isEqualTo("Adult");
    assertThat(buddy.at("/age/min_months").asInt()).isEqualTo(48);
    assertThat(buddy.get("sex").asText()).isEqualTo("Male");
    assertThat(buddy.get("size").asText()).isEqualTo("Large");
    assertThat(buddy.get("location_country").asText()).isEqualTo("DE");
    assertThat(buddy.at("/primary_image/url").asText())
        .isEqualTo("https://images.example.org/dogs/" + fixture.id("Buddy") + "/0.jpg");
    assertThat(buddy.at("/organization/slug").asText()).isEqualTo("happy-paws");
    assertThat(buddy.at("/links/self").asText()).isEqualTo("/api/animals/" + fixture.slug("Buddy"));
    assertThat(buddy.at("/links/adoption").asText()).startsWith("https://");
    assertThat(buddy.get("added_at").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    // internal columns never leave the database
    assertThat(buddy.toString())
        .doesNotContain("properties", "external_id", "quality_score", "medical");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "breed=labrador-retriever | Buddy",
        "breed=Labrador Retriever | Buddy",
        "breed=galgo espa%C3%B1ol | Max",
        "breed=beagle,chihuahua | Ann%e,Sunny_Boy,Bella",
        "breed=beagle&breed=chihuahua | Ann%e,Sunny_Boy,Bella",
        "breed_group=hound | Ann%e,Sunny_Boy,Señor Müller,Max",
        "breed_group=Toy,SPORTING | Bella,Buddy",
        "breed_group=Designer/Hybrid | ",
        "breed_type=crossbreed | Rocky,Señor Müller",
        "breed_type=mixed,Purebred | Ann%e,Sunny_Boy,Bella,Max,Luna,Buddy",
        "sex=female | Ann%e,Bella,Luna",
        "sex=Male,Female | Rocky,Ann%e,Sunny_Boy,Señor Müller,Bella,Max,Luna,Buddy",
        "size=tiny,small | Ann%e,Sunny_Boy,Bella",
        "size=XLARGE | ",
        "age_category=puppy | Bella",
        "age_category=Young,Senior | Señor Müller,Max,Luna",
        "organization=rean | Rocky,Luna,Mystery",
        "organization=rean,galgos-del-sol | Rocky,Señor Müller,Max,Luna,Mystery",
        "organization=closed-rescue | ",
        "organization=no-such-rescue | ",
        "location_country=RO | Luna",
        "location_country=uk | Rocky,Mystery",
        "location_country=DE,es | Ann%e,Sunny_Boy,Señor Müller,Bella,Max,Buddy",
        "available_to=NL | Señor Müller,Max",
        "available_to=at,ch | Ann%e,Sunny_Boy,Bella,Buddy",
        "availability_confidence=medium | Luna",
        "availability_confidence=low | Ghost",
        "availability_confidence=all&organization=happy-paws | Ann%e,Sunny_Boy,Bella,Buddy,Ghost",
        "status=adopted | Oscar",
        "status=reserved,adopted | Nala,Oscar",
        "status=all&breed=beagle | Ann%e,Sunny_Boy,Nala,Oscar",
        "good_with_dogs=yes | Max,Buddy",
        "good_with_dogs=true&good_with_cats=no | Buddy",
        "good_with_cats=0 | Luna,Buddy",
        "good_with_children=yes | ",
        "q=buddy | Buddy",
        "q=BUD | Buddy",
        "q=senor | Señor Müller",
        "q=müller | Señor Müller",
        "q=swimming | Buddy",
        "q=terrier | Rocky",
        "q=%25 | Ann%e",
        "q=_ | Sunny_Boy",
        "q=' OR 1=1 -- | ",
        "q=<script>alert(1)</script> | ",
        "near=51.5,-0.12&distance_km=300 | Rocky,Luna,Mystery",
        "near=52.5,13.4&distance_km=50 | Ann%e,Sunny_Boy,Bella,Buddy",
        "near=36.7,-4.4&distance_km=5 | Señor Müller,Max",
        "added_since=2026-02-24 | Rocky,Ann%e,Sunny_Boy,Señor Müller,Bella",
        "added_since=2026-02-27T00:00:00Z | Rocky,Ann%e,Sunny_Boy",
        "added_since=2026-02-27T02:00:00%2B03:00 | Rocky,Ann%e,Sunny_Boy",
        "size=medium&sex=male&organization=galgos-del-sol | Señor Müller",
        "breed= | Rocky,Ann%e,Sunny_Boy,Señor Müller,Bella,Max,Luna,Buddy,Mystery",
      })
  void filters(String query, String expected) {
    List<String> expectedNames = expected == null ? List.of() : List.of(expected.split(","));
    Response response = api.get("/api/animals?" + query.replace(" ", "%20"));
    assertThat(names(response)).as(query).containsExactlyElementsOf(expectedNames);
    assertThat(response.json().at("/pagination/total").asLong()).isEqualTo(expectedNames.size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sort=newest | Rocky,Ann%e,Sunny_Boy,Señor Müller,Bella,Max,Luna,Buddy,Mystery",
        "sort=oldest | Mystery,Buddy,Luna,Max,Bella,Señor Müller,Sunny_Boy,Ann%e,Rocky",
        "sort=name-asc | Ann%e,Bella,Buddy,Luna,Max,Mystery,Rocky,Señor Müller,Sunny_Boy",
        "sort=NAME-DESC | Sunny_Boy,Señor Müller,Rocky,Mystery,Max,Luna,Buddy,Bella,Ann%e",
      })
  void sorts(String query, String expected) {
    assertThat(names(api.get("/api/animals?" + query))).containsExactly(expected.split(","));
  }

  @Test
  void distanceSort_ordersByNearestPlace_andReportsDistance() {
    // From Manchester: Rocky has his own coordinates there; REAN's London place is ~260 km away.
    Response response = api.get("/api/animals?near=53.48,-2.24&sort=distance&distance_km=1000");

    assertThat(names(response))
        .startsWith("Rocky")
        .contains("Luna", "Mystery")
        .doesNotContain("Max");
    JsonNode data = response.json().get("data");
    assertThat(data.get(0).get("distance_km").asDouble()).isLessThan(1);
    assertThat(data.get(1).get("distance_km").asDouble()).isBetween(250.0, 270.0);
    for (int i = 1; i < data.size(); i++) {
      assertThat(data.get(i).get("distance_km").asDouble())
          .isGreaterThanOrEqualTo(data.get(i - 1).get("distance_km").asDouble());
    }
  }

  @Test
  void randomSort_isStablePerSeed_andCoversEveryDogOnce() {
    List<String> first = names(api.get("/api/animals?sort=random&seed=abc"));
    List<String> again = names(api.get("/api/animals?sort=random&seed=abc"));
    List<String> other = names(api.get("/api/animals?sort=random&seed=xyz"));

    assertThat(again).isEqualTo(first);
    assertThat(first).hasSize(9).doesNotHaveDuplicates();
    assertThat(other).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
  }

  @Test
  void randomSort_withoutSeed_putsTheGeneratedSeedInTheNextLink() {
    JsonNode body = api.get("/api/animals?sort=random&limit=4").json();
    String next = body.at("/links/next").asText();

    assertThat(next).contains("seed=").contains("cursor=");
    List<String> page2 = names(api.get(next));
    assertThat(page2).hasSize(4);
    List<String> page1 = new ArrayList<>();
    body.get("data").forEach(dog -> page1.add(dog.get("name").asText()));
    assertThat(page2).doesNotContainAnyElementsOf(page1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"newest", "oldest", "name-asc", "name-desc", "random", "distance"})
  void cursorPages_coverTheCatalogExactlyOnce(String sort) {
    String first =
        "/api/animals?limit=2&sort="
            + sort
            + (sort.equals("distance") ? "&near=50,10" : "")
            + (sort.equals("random") ? "&seed=s1" : "");
    List<String> all = names(api.get(first.replace("limit=2", "limit=100")));
    List<String> paged = new ArrayList<>();
    String link = first;
    int pages = 0;
    while (link != null && pages++ < 20) {
      Response response = api.get(link);
      paged.addAll(names(response));
      assertThat(response.json().at("/pagination/total").asLong()).isEqualTo(all.size());
      JsonNode next = response.json().at("/links/next");
      link = next.isNull() ? null : next.asText();
    }
    assertThat(paged).containsExactlyElementsOf(all);
    assertThat(pages).isEqualTo((all.size() + 1) / 2);
  }

  @Test
  void nextLink_keepsTheFiltersAndReplacesTheCursor() {
    JsonNode body = api.get("/api/animals?limit=1&size=small&cursor=").json();

    assertThat(body.at("/links/self").asText())
        .isEqualTo("/api/animals?limit=1&size=small&cursor=");
    assertThat(body.at("/links/next").asText())
        .startsWith("/api/animals?limit=1&size=small&cursor=")
        .doesNotContain("cursor=&");
    assertThat(body.at("/pagination/next_cursor").asText())
        .matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void cursor_ofAnotherQuery_isRefused() {
    String cursor =
        api.get("/api/animals?limit=1&size=small").json().at("/pagination/next_cursor").asText();

    Response response = api.get("/api/animals?limit=1&size=large&cursor=" + cursor);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/invalid_params/0/name").asText()).isEqualTo("cursor");
  }

  @Test
  void cursor_alteredByOneCharacter_isRefused() {
    String cursor = api.get("/api/animals?limit=1").json().at("/pagination/next_cursor").asText();
    char last = cursor.charAt(cursor.length() - 1);
    String altered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(api.get("/api/animals?limit=1&cursor=" + altered).status()).isEqualTo(400);
  }

  @Test
  void limit_boundsThePage() {
    assertThat(names(api.get("/api/animals?limit=1"))).containsExactly("Rocky");
    assertThat(names(api.get("/api/animals?limit=100"))).hasSize(9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=0 | limit",
        "limit=101 | limit",
        "limit=ten | limit",
        "limit=1&limit=2 | limit",
        "sort=cheapest | sort",
        "sort=distance | sort",
        "seed=abc | seed",
        "sort=random&seed=a%20b | seed",
        "size=huge | size",
        "sex=unknown | sex",
        "breed_group=Poodles | breed_group",
        "breed_type=designer | breed_type",
        "age_category=baby | age_category",
        "status=pending | status",
        "availability_confidence=certain | availability_confidence",
        "location_country=XX | location_country",
        "location_country=GBR | location_country",
        "available_to=Germany | available_to",
        "organization=Happy%20Paws! | organization",
        "good_with_cats=maybe | good_with_cats",
        "near=91,0 | near",
        "near=51.5 | near",
        "near=1e3,2 | near",
        "distance_km=10 | distance_km",
        "near=51,0&distance_km=1001 | distance_km",
        "near=51,0&distance_km=0 | distance_km",
        "added_since=yesterday | added_since",
        "added_since=1999-12-31 | added_since",
        "added_since=2026-02-30 | added_since",
        "cursor=not-a-cursor | cursor",
        "colour=brown | colour",
        "breed=%21%21%21 | breed",
        "q=%00 | q",
      })
  void invalidParameters_get400NamingTheParameter(String query, String parameter) {
    Response response = api.get("/api/animals?" + query);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type"))
        .isEqualTo("application/problem+json; charset=utf-8");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asText()).isEqualTo("/api/problems/invalid-parameters");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid request parameters");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("instance").asText()).isEqualTo("/api/animals");
    assertThat(problem.get("detail").asText()).isNotBlank();
    List<String> named = new ArrayList<>();
    problem.get("invalid_params").forEach(p -> named.add(p.get("name").asText()));
    assertThat(named).containsExactly(parameter);
  }

  @Test
  void severalInvalidParameters_areAllListed() {
    JsonNode problem = api.get("/api/animals?limit=0&size=huge&colour=red").json();

    List<String> named = new ArrayList<>();
    problem.get("invalid_params").forEach(p -> named.add(p.get("name").asText()));
    assertThat(named).containsExactlyInAnyOrder("limit", "size", "colour");
  }

  @Test
  void overLongText_isRefused() {
    Response response = api.get("/api/animals?q=" + "a".repeat(101));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/invalid_params/0/name").asText()).isEqualTo("q");
  }
}
