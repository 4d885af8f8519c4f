package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.CatalogDatabase;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.api.testing.DogRow;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging through the catalog while dogs are being added: no dog that was there when paging started
 * is skipped, and no dog is served twice.
 */
class PaginationStabilityTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static ApiClient api;
  static CatalogDatabase writer;
  static List<Long> organizations;

  @BeforeAll
  static void seed() {
    organizations = CatalogGenerator.seed(db.dataSource(), 600, 7);
    writer = new CatalogDatabase(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  static List<Long> ids(JsonNode body) {
    List<Long> ids = new ArrayList<>();
    body.get("data").forEach(dog -> ids.add(dog.get("id").asLong()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sort=newest",
        "sort=oldest",
        "sort=name-asc",
        "sort=name-desc",
        "sort=random&seed=r1",
        "sort=distance&near=51.5,0",
        "size=Medium,Large&sort=newest"
      })
  void pagesWhileInserting_neitherSkipNorRepeat(String query) {
    // Every dog matching when paging starts (more than one page of 100: read them all first).
    Set<Long> before = new HashSet<>();
    String scan = "/api/animals?limit=100&" + query;
    while (scan != null) {
      JsonNode body = api.get(scan).json();
      before.addAll(ids(body));
      scan = body.at("/links/next").isNull() ? null : body.at("/links/next").asText();
    }

    Random random = new Random(query.hashCode());
    List<Long> served = new ArrayList<>();
    String next = "/api/animals?limit=25&" + query;
    int pages = 0;
    while (next != null && pages++ < 200) {
      JsonNode body = api.get(next).json();
      served.addAll(ids(body));
      next = body.at("/links/next").isNull() ? null : body.at("/links/next").asText();
      // New dogs arrive between page requests: newer, older and alphabetically everywhere.
      List<DogRow> arrivals = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        DogRow dog =
            new DogRow(
                organizations.get(random.nextInt(organizations.size())),
                (char) ('A' + random.nextInt(26)) + "arrival" + random.nextInt(1000));
        dog.size(random.nextBoolean() ? "Medium" : "Large");
        dog.created(OffsetDateTime.now(ZoneOffset.UTC).minusDays(random.nextInt(1000)));
        arrivals.add(dog);
      }
      writer.dogs(arrivals);
    }

    assertThat(served).doesNotHaveDuplicates();
    assertThat(served).containsAll(before);
    assertThat(before).hasSizeGreaterThan(100);
  }
}
