package dev.rescuedogs.api.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Filter vocabularies, facet counts and statistics. */
class MetaContractTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static ApiClient api;

  @BeforeAll
  static void seed() {
    CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  /** value → count of an options array. */
  static Map<String, Long> counts(JsonNode options) {
    Map<String, Long> counts = new LinkedHashMap<>();
    options.forEach(
        option -> counts.put(option.get("value").asText(), option.get("count").asLong()));
    return counts;
  }

  @Test
  void breeds_countTheDefaultCatalog_mostFirst() {
    Response response = api.get("/api/animals/meta/breeds");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Cache-Control"))
        .isEqualTo("public, max-age=86400, stale-while-revalidate=3600");
    JsonNode data = response.json().get("data");
    assertThat(data.get(0).get("value").asText()).isEqualTo("beagle");
    assertThat(data.get(0).get("label").asText()).isEqualTo("Beagle");
    assertThat(data.get(0).get("count").asLong()).isEqualTo(2);
    assertThat(data.get(0).get("breed_group").asText()).isEqualTo("Hound");
    assertThat(counts(data))
        .containsOnlyKeys(
            "beagle",
            "chihuahua",
            "galgo-espanol",
            "labrador-retriever",
            "mixed-breed",
            "podenco",
            "staffordshire-bull-terrier");
    assertThat(counts(api.get("/api/animals/meta/breeds?breed_group=hound").json().get("data")))
        .containsOnlyKeys("beagle", "galgo-espanol", "podenco");
    assertThat(api.get("/api/animals/meta/breeds?breed_group=cats").status()).isEqualTo(400);
  }

  @Test
  void breedGroups_excludeUnknown() {
    assertThat(counts(api.get("/api/animals/meta/breed_groups").json().get("data")))
        .containsExactly(
            Map.entry("Hound", 4L),
            Map.entry("Mixed", 1L),
            Map.entry("Sporting", 1L),
            Map.entry("Terrier", 1L),
            Map.entry("Toy", 1L));
  }

  @Test
  void countries_whereDogsAre_andWhereTheyMayBeAdopted() {
    JsonNode locations = api.get("/api/animals/meta/location_countries").json().get("data");
    assertThat(counts(locations))
        .containsExactly(
            Map.entry("DE", 4L), Map.entry("ES", 2L), Map.entry("GB", 2L), Map.entry("RO", 1L));
    assertThat(locations.get(2).get("label").asText()).isEqualTo("United Kingdom");

    assertThat(counts(api.get("/api/animals/meta/available_countries").json().get("data")))
        .containsEntry("DE", 6L)
        .containsEntry("GB", 5L)
        .containsEntry("AT", 4L)
        .containsEntry("NL", 2L);
  }

  @Test
  void regions_needACountry() {
    assertThat(counts(api.get("/api/animals/meta/available_regions?country=RO").json().get("data")))
        .containsOnlyKeys("Bucharest", "Cluj");
    assertThat(api.get("/api/animals/meta/available_regions?country=ro").status()).isEqualTo(200);
    assertThat(api.get("/api/animals/meta/available_regions?country=DE").json().get("data"))
        .isEmpty();
    assertThat(api.get("/api/animals/meta/available_regions").status()).isEqualTo(400);
    assertThat(api.get("/api/animals/meta/available_regions?country=Romania").status())
        .isEqualTo(400);
  }

  @Test
  void filterCounts_eachFacetIgnoresItsOwnFilter() {
    JsonNode body = api.get("/api/animals/meta/filter_counts?size=large&sex=male").json();
    JsonNode data = body.get("data");

    // size facet: males of every size
    assertThat(counts(data.get("size")))
        .containsExactly(Map.entry("Large", 2L), Map.entry("Medium", 2L), Map.entry("Small", 1L));
    assertThat(data.get("size").get(0).get("label").asText()).isEqualTo("Large");
    // sex facet: large dogs of either sex
    assertThat(counts(data.get("sex"))).containsExactly(Map.entry("Male", 2L));
    // other facets: large males
    assertThat(counts(data.get("organization"))).containsOnlyKeys("galgos-del-sol", "happy-paws");
    assertThat(counts(data.get("breed"))).containsOnlyKeys("galgo-espanol", "labrador-retriever");
    assertThat(counts(data.get("age_category"))).containsOnlyKeys("Adult", "Senior");
    assertThat(counts(data.get("location_country"))).containsOnlyKeys("DE", "ES");
    assertThat(counts(data.get("available_to"))).containsEntry("GB", 1L).containsEntry("DE", 2L);
    assertThat(counts(data.get("breed_group"))).containsOnlyKeys("Hound", "Sporting");
    assertThat(body.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void filterCounts_withoutFilters_countTheCatalog_andAcceptEveryFilter() {
    JsonNode body = api.get("/api/animals/meta/filter_counts").json();
    assertThat(body.get("total").asLong()).isEqualTo(9);
    assertThat(counts(body.at("/data/organization")))
        .containsExactly(
            Map.entry("happy-paws", 4L), Map.entry("rean", 3L), Map.entry("galgos-del-sol", 2L));

    JsonNode filtered =
        api.get(
                "/api/animals/meta/filter_counts?q=beagle&near=52.5,13.4&distance_km=100"
                    + "&available_to=DE&location_country=DE&breed=beagle&breed_group=hound&age_category=adult&organization=happy-paws"
                    + "&status=available&availability_confidence=high,medium&good_with_dogs=no&breed_type=purebred"
                    + "&added_since=2026-01-01")
            .json();
    assertThat(filtered.get("total").asLong()).isZero();
    assertThat(api.get("/api/animals/meta/filter_counts?limit=5").status()).isEqualTo(400);
  }

  @Test
  void statistics_totalsPerCountryAndOrganization() {
    Response response = api.get("/api/animals/statistics");
    JsonNode body = response.json();

    assertThat(body.get("total_dogs").asLong()).isEqualTo(9);
    assertThat(body.get("new_this_week").asLong()).isEqualTo(1);
    assertThat(body.get("total_organizations").asLong()).isEqualTo(3);
    assertThat(counts(body.get("countries")))
        .containsExactly(
            Map.entry("DE", 4L), Map.entry("ES", 2L), Map.entry("GB", 2L), Map.entry("RO", 1L));
    JsonNode rean = body.get("organizations").get(1);
    assertThat(rean.get("slug").asText()).isEqualTo("rean");
    assertThat(rean.get("dog_count").asLong()).isEqualTo(3);
    assertThat(rean.get("new_this_week").asLong()).isEqualTo(1);
    assertThat(response.header("Cache-Control"))
        .isEqualTo("public, max-age=3600, stale-while-revalidate=600");
  }
}
