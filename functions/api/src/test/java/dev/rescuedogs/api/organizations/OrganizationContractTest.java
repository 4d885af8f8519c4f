package dev.rescuedogs.api.organizations;

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

class OrganizationContractTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static CatalogFixture fixture;
  static ApiClient api;

  @BeforeAll
  static void seed() {
    fixture = CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  static List<String> slugs(JsonNode body) {
    List<String> slugs = new ArrayList<>();
    body.get("data").forEach(organization -> slugs.add(organization.get("slug").asText()));
    return slugs;
  }

  @Test
  void list_activeOrganizationsByName_withLiveCounts() {
    Response response = api.get("/api/organizations");
    JsonNode body = response.json();

    assertThat(slugs(body)).containsExactly("galgos-del-sol", "happy-paws", "rean");
    assertThat(body.at("/pagination/total").asLong()).isEqualTo(3);
    JsonNode rean = body.get("data").get(2);
    assertThat(rean.get("dog_count").asLong()).isEqualTo(3);
    assertThat(rean.get("new_this_week").asLong()).isEqualTo(1);
    assertThat(rean.get("ships_to").toString()).isEqualTo("[\"GB\"]");
    assertThat(rean.at("/links/animals").asText()).isEqualTo("/api/animals?organization=rean");
    assertThat(response.header("Cache-Control"))
        .isEqualTo("public, max-age=3600, stale-while-revalidate=600");
  }

  @Test
  void list_filtersByCountryAndName_andPages() {
    assertThat(slugs(api.get("/api/organizations?country=gb,de").json()))
        .containsExactly("happy-paws", "rean");
    assertThat(slugs(api.get("/api/organizations?country=UK").json())).containsExactly("rean");
    assertThat(slugs(api.get("/api/organizations?q=paws").json())).containsExactly("happy-paws");
    assertThat(slugs(api.get("/api/organizations?q=%25").json())).isEmpty();

    JsonNode page1 = api.get("/api/organizations?limit=2").json();
    JsonNode page2 = api.get(page1.at("/links/next").asText()).json();
    assertThat(slugs(page1)).containsExactly("galgos-del-sol", "happy-paws");
    assertThat(slugs(page2)).containsExactly("rean");
    assertThat(page2.at("/links/next").isNull()).isTrue();
  }

  @Test
  void list_refusesBadParameters() {
    for (String query :
        List.of(
            "country=Spain",
            "limit=0",
            "limit=500",
            "cursor=abc",
            "sort=name",
            "q=" + "x".repeat(101))) {
      Response response = api.get("/api/organizations?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
    }
  }

  @Test
  void detail_withPlacesRegionsAndRecentDogs() {
    JsonNode rean = api.get("/api/organizations/rean").json();

    assertThat(rean.get("name").asText()).isEqualTo("REAN");
    assertThat(rean.get("locations")).hasSize(2);
    assertThat(rean.at("/locations/1/country").asText()).isEqualTo("RO");
    assertThat(rean.get("service_regions").toString())
        .isEqualTo(
            "[{\"country\":\"GB\",\"region\":null},{\"country\":\"RO\",\"region\":\"Bucharest\"},"
                + "{\"country\":\"RO\",\"region\":\"Cluj\"}]");
    List<String> recent = new ArrayList<>();
    rean.get("recent_dogs").forEach(dog -> recent.add(dog.get("name").asText()));
    assertThat(recent).containsExactly("Rocky", "Luna", "Mystery");
    assertThat(rean.at("/adoption_fee/amount").asDouble()).isEqualTo(350.0);
  }

  @Test
  void detail_numericIdRedirects_unknownIs404() {
    Response redirect = api.get("/api/organizations/" + fixture.organizations.get("rean"));
    assertThat(redirect.status()).isEqualTo(301);
    assertThat(redirect.header("Location")).isEqualTo("/api/organizations/rean");
    assertThat(api.get("/api/organizations/nobody").status()).isEqualTo(404);
    assertThat(api.get("/api/organizations/999999").status()).isEqualTo(404);
    assertThat(api.get("/api/organizations/Bad_Slug").status()).isEqualTo(404);
  }

  @Test
  void detail_ofAnInactiveOrganization_saysSo() {
    JsonNode closed = api.get("/api/organizations/closed-rescue").json();
    assertThat(closed.get("active").asBoolean()).isFalse();
    assertThat(closed.get("recent_dogs")).isEmpty();
  }
}
