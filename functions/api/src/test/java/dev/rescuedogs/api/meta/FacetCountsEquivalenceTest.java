package dev.rescuedogs.api.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.api.animals.ActiveOrganizations;
import dev.rescuedogs.api.animals.AnimalRoutes;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogOrganizations;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.animals.CatalogSummary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.QueryString;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass facet counts equal the plain definition — per facet, the dogs of active
 * organizations matching every filter but the facet's own, grouped by the facet's value, the dog's
 * country read as {@code coalesce(location_country, organization country)} and ships-to from the
 * organization — on a generated catalog, for filter sets that combine facets with each other and
 * with other filters.
 */
class FacetCountsEquivalenceTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static ConnectionPool pool;
  static FacetRepository facets;
  // One handler (and connection pool) for the list totals of every covered filter set.
  static ApiClient listApi;

  @BeforeAll
  static void seed() {
    CatalogGenerator.seed(db.dataSource(), 3_000, 7);
    // One organization inactive: its dogs are counted nowhere.
    try (Connection connection = db.dataSource().getConnection()) {
      connection
          .createStatement()
          .execute("UPDATE organizations SET active = false WHERE slug = 'misis-rescue'");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    pool = new ConnectionPool(db.dataSource(), 1, Duration.ofSeconds(5));
    facets = new FacetRepository(pool, new ActiveOrganizations(pool));
    listApi = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  static boolean summaryIsCurrent() {
    return pool.withConnection(
        connection ->
            new Sql()
                .add(
                    "SELECT s.version = v.last_value FROM catalog_facet_state s, catalog_version v")
                .list(connection, row -> row.getBoolean(1))
                .get(0));
  }

  static void execute(String sql) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The summary of migration V11, refreshed before each test and made stale again after it: the
   * same counts for the filter sets it covers, and the dogs counted again once the catalog changed.
   */
  @Nested
  class FromTheSummary {

    @BeforeEach
    void refresh() {
      execute("SELECT refresh_catalog_facets()");
      assertThat(summaryIsCurrent()).isTrue();
    }

    @AfterEach
    void makeStale() {
      execute("SELECT nextval('catalog_version')");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "",
          "size=Large",
          "size=Large,Small",
          "sex=Female",
          "age_category=Senior,Puppy",
          "breed=podenco,greyhound",
          "breed_group=Hound",
          "location_country=DE",
          "location_country=RO,HU",
          "organization=rean,dogs-trust",
          "available_to=GB",
          "organization=rean&available_to=GB,DE",
          "organization=misis-rescue",
          "available_to=US",
          "availability_confidence=all",
          "availability_confidence=high&sex=Male",
          // two columns: pairs from the summary, the unfiltered facets from the dogs
          "size=Large&sex=Male",
          "size=Small,Medium&sex=Female",
          "breed_group=Hound&age_category=Adult",
          "breed=podenco,greyhound&location_country=ES,RO",
          "location_country=DE&available_to=GB",
          "location_country=RO,HU&organization=rean",
          "organization=rean,dogs-trust&age_category=Senior",
          "organization=rean&available_to=GB,DE&size=Large",
          "available_to=US&sex=Male",
          "availability_confidence=all&size=Medium&breed_group=Hound",
          "availability_confidence=low&sex=Female&location_country=GB"
        })
    void coveredFilterSets_countTheSameAsTheDogs(String query) {
      CatalogOrganizations organizations = new ActiveOrganizations(pool).current();
      assertThat(CatalogSummary.of(filters(query), organizations)).isPresent();
      assertCountsEqualTheDefinition(
          new FacetRepository(pool, new ActiveOrganizations(pool)), query);
      // The list's total is read from the summary too.
      assertThat(
              listApi
                  .get("/api/animals?limit=1" + (query.isEmpty() ? "" : "&" + query))
                  .json()
                  .at("/pagination/total")
                  .asLong())
          .isEqualTo(total(filters(query)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          // three columns: no facet is a pair of the summary
          "size=Small,Medium&sex=Female&age_category=Adult",
          "breed_group=Hound&breed=podenco,greyhound&size=Medium",
          "size=Large&sex=Male&available_to=GB",
          "q=buddy",
          "status=all",
          "breed_type=mixed",
          "good_with_cats=yes",
          "added_since=2026-01-01",
          "near=51.5,-0.1&distance_km=300"
        })
    void otherFilterSets_areCountedFromTheDogs(String query) {
      CatalogOrganizations organizations = new ActiveOrganizations(pool).current();
      assertThat(CatalogSummary.of(filters(query), organizations)).isEmpty();
      assertCountsEqualTheDefinition(
          new FacetRepository(pool, new ActiveOrganizations(pool)), query);
    }

    @Test
    void summaryIsReadWhileCurrent_andLeftOnceTheCatalogChanged() {
      CatalogFilters defaults = filters("");
      long total = total(defaults);
      ApiClient api = new ApiClient(CatalogFixture.handler(db.dataSource()));
      // A change the triggers do not see: only the summary still counts the dog as catalogued.
      execute("ALTER TABLE dogs DISABLE TRIGGER dogs_catalog_changed");
      long dog = firstCatalogDog();
      try {
        execute("UPDATE dogs SET availability_confidence = 'low' WHERE id = " + dog);
        execute("ALTER TABLE dogs ENABLE TRIGGER dogs_catalog_changed");
        assertThat(summaryIsCurrent()).isTrue();
        assertThat(
                new FacetRepository(pool, new ActiveOrganizations(pool)).facets(defaults).total())
            .isEqualTo(total);
        assertThat(api.get("/api/animals?limit=1").json().at("/pagination/total").asLong())
            .isEqualTo(total);

        // Any counted column written: the summary is stale and the dogs are counted.
        execute("UPDATE dogs SET sex = sex WHERE id = " + dog);
        assertThat(summaryIsCurrent()).isFalse();
        assertThat(
                new FacetRepository(pool, new ActiveOrganizations(pool)).facets(defaults).total())
            .isEqualTo(total - 1);
        assertThat(
                new ApiClient(CatalogFixture.handler(db.dataSource()))
                    .get("/api/animals?limit=1")
                    .json()
                    .at("/pagination/total")
                    .asLong())
            .isEqualTo(total - 1);
      } finally {
        execute("ALTER TABLE dogs ENABLE TRIGGER dogs_catalog_changed");
        execute("UPDATE dogs SET availability_confidence = 'high' WHERE id = " + dog);
      }
    }

    @Test
    void onlyChangesOfCountedColumnsMakeTheSummaryStale() {
      long dog = firstCatalogDog();
      execute("UPDATE dogs SET last_seen_at = last_seen_at, updated_at = now() WHERE id = " + dog);
      assertThat(summaryIsCurrent()).as("seen again").isTrue();
      execute("UPDATE organizations SET active = active WHERE slug = 'rean'");
      assertThat(summaryIsCurrent()).as("organization (de)activated").isFalse();
    }

    @Test
    void refreshNeedsReadCommitted() throws SQLException {
      try (Connection connection = db.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        assertThatThrownBy(() -> statement.execute("SELECT refresh_catalog_facets()"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("needs READ COMMITTED");
        connection.rollback();
      }
    }

    private long firstCatalogDog() {
      return pool.withConnection(
          connection ->
              new Sql()
                  .add(
                      "SELECT d.id FROM dogs d JOIN organizations o ON o.id = d.organization_id"
                          + " WHERE o.active AND d.status = 'available' AND d.active"
                          + " AND d.availability_confidence = 'high' ORDER BY d.id LIMIT 1")
                  .list(connection, row -> row.getLong(1))
                  .get(0));
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "size=Large",
        "size=Large&sex=Male",
        "size=Small,Medium&sex=Female",
        "location_country=DE",
        "available_to=GB",
        "location_country=DE&available_to=GB",
        "organization=rean,dogs-trust&age_category=Senior",
        "breed_group=Hound&breed=podenco,greyhound&size=Medium",
        "location_country=RO,HU&organization=rean",
        "q=buddy&size=Small",
        "status=all&availability_confidence=all&sex=Female",
        "near=51.5,-0.1&distance_km=300&sex=Male",
        "breed_type=mixed&good_with_dogs=yes&available_to=DE,IE",
        "organization=misis-rescue",
        "available_to=US"
      })
  void onePassCounts_equalTheDefinition(String query) {
    assertThat(summaryIsCurrent()).as("the summary is stale: counts come from the dogs").isFalse();
    assertCountsEqualTheDefinition(facets, query);
  }

  static CatalogFilters filters(String query) {
    Parameters parameters = new Parameters(QueryString.parse(query), AnimalRoutes.LIST_PARAMETERS);
    CatalogFilters filters = CatalogFilters.parse(parameters);
    parameters.requireValid();
    return filters;
  }

  static void assertCountsEqualTheDefinition(FacetRepository facets, String query) {
    CatalogFilters filters = filters(query);

    FacetRepository.FacetCounts counts = facets.facets(filters);

    Map<Facet, Map<String, String>> expected = new EnumMap<>(Facet.class);
    Map<Facet, Map<String, String>> actual = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      expected.put(facet, definition(filters, facet));
      Map<String, String> options = new TreeMap<>();
      counts
          .options()
          .get(facet)
          .forEach(option -> options.put(option.value(), option.label() + "=" + option.count()));
      actual.put(facet, options);
      List<Long> order = counts.options().get(facet).stream().map(Option::count).toList();
      assertThat(order)
          .as("%s most first", facet)
          .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(counts.total()).isEqualTo(total(filters));
    if (query.isEmpty()) {
      assertThat(expected.get(Facet.ORGANIZATION)).hasSize(13).doesNotContainKey("misis-rescue");
    }
  }

  /** value → "label=count" of one facet, computed the plain way. */
  static Map<String, String> definition(CatalogFilters filters, Facet facet) {
    String value;
    String label;
    String from = "";
    switch (facet) {
      case SIZE -> {
        value = "d.standardized_size";
        label = value;
      }
      case AGE_CATEGORY -> {
        value = "d.age_category";
        label = value;
      }
      case SEX -> {
        value = "d.sex";
        label = value;
      }
      case BREED -> {
        value = "d.breed_slug";
        label = "min(d.primary_breed)";
      }
      case BREED_GROUP -> {
        value = "d.breed_group";
        label = value;
      }
      case ORGANIZATION -> {
        value = "o.slug";
        label = "min(o.name)";
      }
      case LOCATION_COUNTRY -> {
        value = "coalesce(d.location_country, o.country)";
        label = value;
      }
      default -> {
        value = "c";
        label = value;
        from = " CROSS JOIN LATERAL unnest(o.ships_to) AS c";
      }
    }
    Sql sql =
        new Sql()
            .add(CatalogSql.with(filters))
            .add("SELECT " + value + ", " + label + ", count(*)")
            .add(CatalogSql.from(filters))
            .add(from)
            .add(conditions(filters, Set.of(facet)))
            .add(" AND " + value + " IS NOT NULL GROUP BY " + value);
    Map<String, String> options = new TreeMap<>();
    pool.withConnection(
        connection ->
            sql.list(
                connection,
                row -> {
                  String label1 = FacetRepository.label(facet, row.getString(1), row.getString(2));
                  return options.put(row.getString(1), label1 + "=" + row.getLong(3));
                }));
    return options;
  }

  static long total(CatalogFilters filters) {
    Sql sql =
        new Sql()
            .add(CatalogSql.with(filters))
            .add("SELECT count(*)")
            .add(CatalogSql.from(filters))
            .add(conditions(filters, Set.of()));
    return pool.withConnection(connection -> sql.list(connection, row -> row.getLong(1)).get(0));
  }

  /** WHERE: the filters that are not facets, then every facet's but the {@code without} ones. */
  static Sql conditions(CatalogFilters filters, Set<Facet> without) {
    CatalogFilters others =
        new CatalogFilters(
            Set.of(),
            Set.of(),
            filters.breedTypes(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            filters.confidences(),
            filters.statuses(),
            filters.goodWithDogs(),
            filters.goodWithCats(),
            filters.goodWithChildren(),
            filters.text(),
            filters.near(),
            filters.distanceKm(),
            filters.addedSince());
    Sql sql = new Sql().add(CatalogSql.where(others));
    List<Sql> facetConditions = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      if (without.contains(facet) || !CatalogSql.isSet(filters, facet)) {
        continue;
      }
      facetConditions.add(
          switch (facet) {
            case SIZE ->
                new Sql().add("d.standardized_size = ANY(?)", Sql.textArray(filters.sizes()));
            case AGE_CATEGORY ->
                new Sql().add("d.age_category = ANY(?)", Sql.textArray(filters.ageCategories()));
            case SEX -> new Sql().add("d.sex = ANY(?)", Sql.textArray(filters.sexes()));
            case BREED ->
                new Sql().add("d.breed_slug = ANY(?)", Sql.textArray(filters.breedSlugs()));
            case BREED_GROUP ->
                new Sql().add("d.breed_group = ANY(?)", Sql.textArray(filters.breedGroups()));
            case ORGANIZATION ->
                new Sql().add("o.slug = ANY(?)", Sql.textArray(filters.organizations()));
            case LOCATION_COUNTRY ->
                new Sql()
                    .add(
                        "coalesce(d.location_country, o.country) = ANY(?)",
                        Sql.textArray(filters.locationCountries()));
            case AVAILABLE_TO ->
                new Sql().add("o.ships_to && ?", Sql.textArray(filters.availableTo()));
          });
    }
    facetConditions.forEach(condition -> sql.add(" AND ").add(condition));
    return sql;
  }
}
