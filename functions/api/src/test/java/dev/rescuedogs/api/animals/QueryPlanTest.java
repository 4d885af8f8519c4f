package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.HttpRequest.QueryParameter;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.QueryString;
import dev.rescuedogs.api.meta.FacetRepository;
import dev.rescuedogs.api.pagination.CursorCodec;
import dev.rescuedogs.api.statistics.StatisticsRoutes;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements behind the common filter sets never read the whole {@code dogs} table: checked
 * with EXPLAIN on a generated catalog of realistic size, statistics fresh, {@code enable_seqscan}
 * on.
 */
class QueryPlanTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final int DOGS = 20_000;

  static CatalogOrganizations organizations;

  @BeforeAll
  static void seed() throws Exception {
    CatalogGenerator.seed(db.dataSource(), DOGS, 42);
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      // What autovacuum does on a live database: statistics and the visibility map.
      statement.execute("VACUUM ANALYZE");
      organizations = CatalogOrganizations.load(connection);
    }
  }

  static Stream<String> commonFilterSets() {
    return Stream.of(
        "",
        "size=Small",
        "size=Small,Medium&sex=Female",
        "breed_group=Hound&sex=Female",
        "organization=rean",
        "age_category=Puppy",
        "location_country=DE",
        "available_to=DE",
        "breed=labrador-retriever",
        "q=buddy",
        "q=retriever",
        "sort=name-asc",
        "sort=oldest",
        "breed_type=mixed&size=Large",
        "added_since=2026-01-01",
        "organization=dogs-trust,rean&age_category=Senior",
        // organization-level filters combined with the dog's country: sparse or empty results
        "location_country=DE&available_to=GB",
        "location_country=HU",
        "location_country=RO&organization=rean",
        "available_to=SE",
        "available_to=GB&size=Large",
        "available_to=US",
        "location_country=GB,DE&sort=oldest");
  }

  static CatalogQuery query(String queryString, ArrayNode after) {
    List<QueryParameter> raw = QueryString.parse(queryString);
    Parameters parameters = new Parameters(raw, AnimalRoutes.LIST_PARAMETERS);
    CatalogFilters filters = CatalogFilters.parse(parameters);
    Sort sort = parameters.enumValue("sort", Sort.parameters()).map(Sort::of).orElse(Sort.NEWEST);
    parameters.requireValid();
    return new CatalogQuery(filters, sort, null, 20, after);
  }

  @ParameterizedTest(name = "list {0}")
  @MethodSource("commonFilterSets")
  void listPage_doesNotScanDogs(String filters) throws Exception {
    assertNoSeqScanOfDogs(query(filters, null).pageSql(organizations));
  }

  @ParameterizedTest(name = "deep page {0}")
  @MethodSource("commonFilterSets")
  void deepCursorPage_doesNotScanDogs(String filters) throws Exception {
    CatalogQuery first = query(filters, null);
    ArrayNode key = Json.array();
    if (first.sort() == Sort.NAME_ASC) {
      key.add("Milo");
    } else {
      key.add(1_700_000_000_000_000L);
    }
    key.add(5_000);
    assertNoSeqScanOfDogs(query(filters, key).pageSql(organizations));
  }

  @ParameterizedTest(name = "count {0}")
  @MethodSource("commonFilterSets")
  void count_doesNotScanDogs(String filters) throws Exception {
    assertNoSeqScanOfDogs(query(filters, null).countSql(organizations));
  }

  @ParameterizedTest(name = "facets {0}")
  @MethodSource("commonFilterSets")
  void facetCounts_doNotScanDogs(String filters) throws Exception {
    assertNoSeqScanOfDogs(FacetRepository.facetSql(query(filters, null).filters(), organizations));
  }

  @ParameterizedTest(name = "handler facets {0}")
  @MethodSource("commonFilterSets")
  void handlerFacetCounts_doNotScanDogs(String filters) throws Exception {
    assertNoSeqScanOfDogs(
        FacetRepository.handlerSql(query(filters, null).filters(), organizations));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherStatements")
  void otherStatements_doNotScanDogs(String name, Sql sql) throws Exception {
    assertNoSeqScanOfDogs(sql);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> otherStatements() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "statistics", StatisticsRoutes.STATISTICS_SQL),
        org.junit.jupiter.params.provider.Arguments.of(
            "detail",
            new Sql()
                .add(
                    "SELECT * FROM dogs d JOIN organizations o ON o.id = d.organization_id WHERE d.slug = ?",
                    "buddy-17")),
        org.junit.jupiter.params.provider.Arguments.of(
            "cursor fingerprint is not SQL",
            new Sql().add("SELECT ? AS fingerprint", CursorCodec.fingerprint("x"))));
  }

  @org.junit.jupiter.api.Test
  void theCheck_seesASequentialScanWhenThereIsOne() {
    Sql unindexed =
        new Sql().add("SELECT count(*) FROM dogs d WHERE d.description LIKE ?", "%walks%");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoSeqScanOfDogs(unindexed))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Seq Scan");
  }

  static void assertNoSeqScanOfDogs(Sql sql) throws Exception {
    try (Connection connection = db.dataSource().getConnection()) {
      Sql explain = new Sql().add("EXPLAIN (FORMAT JSON) ").add(sql);
      try (PreparedStatement statement = explain.prepare(connection);
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        JsonNode plan = Json.parse(rows.getString(1));
        List<String> scans = new ArrayList<>();
        collectSeqScans(plan, scans);
        assertThat(scans)
            .as("sequential scans in the plan of%n%s%n%s", sql.text(), plan.toPrettyString())
            .doesNotContain("dogs");
      }
    }
  }

  static void collectSeqScans(JsonNode node, List<String> scans) {
    if (node.isObject()) {
      if ("Seq Scan".equals(node.path("Node Type").asText())) {
        scans.add(node.path("Relation Name").asText());
      }
      node.forEach(child -> collectSeqScans(child, scans));
    } else if (node.isArray()) {
      node.forEach(child -> collectSeqScans(child, scans));
    }
  }
}
