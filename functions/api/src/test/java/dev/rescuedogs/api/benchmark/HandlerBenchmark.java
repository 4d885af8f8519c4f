package dev.rescuedogs.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.animals.AnimalRepository;
import dev.rescuedogs.api.animals.AnimalRoutes;
import dev.rescuedogs.api.animals.CatalogQuery;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.QueryString;
import dev.rescuedogs.api.meta.FacetRepository;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The handler in-process against the bare SQL it issues, on the generated 50,000-dog catalog: p50 and
 * p99 per scenario. Not a timed test: it prints figures (run with {@code -Dbenchmarks=true}, see the
 * module README).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class HandlerBenchmark {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final int DOGS = Integer.getInteger("benchmark.dogs", 50_000);
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 300);
  static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 1_000);

  @Test
  void handlerAgainstBareSql() throws Exception {
    long seeding = System.nanoTime();
    CatalogGenerator.seed(db.dataSource(), DOGS, 42);
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    System.out.printf("Seeded %,d dogs across 14 organizations in %.1f s%n", DOGS, (System.nanoTime() - seeding) / 1e9);

    ApiHandler handler = CatalogFixture.handler(db.dataSource());
    ApiClient api = new ApiClient(handler);
    String slug = api.get("/api/animals?limit=1&sort=oldest").json().at("/data/0/slug").asText();
    String deepCursor = deepCursor(api);

    List<Scenario> scenarios = new ArrayList<>();
    for (String query : List.of("", "size=Small,Medium&sex=Female", "breed_group=Hound&age_category=Adult",
        "organization=rean", "location_country=DE&available_to=GB", "q=buddy", "sort=name-asc&limit=50")) {
      scenarios.add(new Scenario("list " + (query.isEmpty() ? "(default)" : query), "/api/animals?" + query,
          List.of(catalog(query).pageSql(), catalog(query).countSql())));
    }
    scenarios.add(new Scenario("list deep cursor (page ~250)", "/api/animals?cursor=" + deepCursor,
        List.of(catalog("cursor=" + deepCursor).pageSql(), catalog("cursor=" + deepCursor).countSql())));
    scenarios.add(new Scenario("detail", "/api/animals/" + slug, List.of(AnimalRepository.detailSql(slug))));
    scenarios.add(new Scenario("facet counts (default)", "/api/animals/meta/filter_counts",
        List.of(FacetRepository.facetSql(catalog("").filters()))));
    scenarios.add(new Scenario("facet counts size=Large&sex=Male", "/api/animals/meta/filter_counts?size=Large&sex=Male",
        List.of(FacetRepository.facetSql(catalog("size=Large&sex=Male").filters()))));

    System.out.printf("%n%-42s %10s %10s %10s %10s %8s%n", "scenario", "handler50", "handler99", "sql50", "sql99", "ratio50");
    try (Connection connection = db.dataSource().getConnection()) {
      connection.createStatement().execute("SET statement_timeout = 5000");
      for (Scenario scenario : scenarios) {
        assertThat(api.get(scenario.path).status()).as(scenario.path).isEqualTo(200);
        Percentiles handlerTimes = new Percentiles(ITERATIONS);
        Percentiles sqlTimes = new Percentiles(ITERATIONS);
        for (int i = 0; i < WARMUP + ITERATIONS; i++) {
          long start = System.nanoTime();
          ApiClient.Response response = api.get(scenario.path);
          long handlerNanos = System.nanoTime() - start;
          if (response.status() != 200) {
            throw new IllegalStateException(scenario.path + " -> " + response);
          }
          start = System.nanoTime();
          for (Sql sql : scenario.statements) {
            try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                rows.getObject(1);
              }
            }
          }
          long sqlNanos = System.nanoTime() - start;
          if (i >= WARMUP) {
            handlerTimes.record(handlerNanos);
            sqlTimes.record(sqlNanos);
          }
        }
        System.out.printf("%-42s %8.2fms %8.2fms %8.2fms %8.2fms %7.2fx%n", scenario.name,
            handlerTimes.percentileMillis(50), handlerTimes.percentileMillis(99),
            sqlTimes.percentileMillis(50), sqlTimes.percentileMillis(99),
            handlerTimes.percentileMillis(50) / sqlTimes.percentileMillis(50));
      }
    }
  }

  static CatalogQuery catalog(String query) {
    Parameters parameters = new Parameters(QueryString.parse(query), AnimalRoutes.LIST_PARAMETERS);
    CatalogQuery catalog = new AnimalRoutes(null,
        new dev.rescuedogs.api.pagination.CursorCodec("cursor-secret-for-tests-0123456789".getBytes())).readQuery(parameters);
    parameters.requireValid();
    return catalog;
  }

  /** The cursor of page 250 (about 5,000 dogs deep) of the default catalog. */
  static String deepCursor(ApiClient api) {
    String link = "/api/animals";
    String cursor = null;
    for (int page = 0; page < 250; page++) {
      JsonNode body = api.get(link).json();
      cursor = body.at("/pagination/next_cursor").asText();
      link = body.at("/links/next").asText();
    }
    return cursor;
  }

  record Scenario(String name, String path, List<Sql> statements) {}
}
