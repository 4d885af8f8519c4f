package dev.rescuedogs.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.animals.AnimalRepository;
import dev.rescuedogs.api.animals.AnimalRoutes;
import dev.rescuedogs.api.animals.CatalogOrganizations;
import dev.rescuedogs.api.animals.CatalogQuery;
import dev.rescuedogs.api.animals.CatalogSummary;
import dev.rescuedogs.api.db.ShortLivedCache;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.QueryString;
import dev.rescuedogs.api.meta.FacetRepository;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * The handler in-process against the bare SQL it issues, on the generated 50,000-dog catalog: p50
 * and p99 per scenario. Not a timed test: it prints figures (run with {@code -Dbenchmarks=true},
 * see the module README).
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
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    System.out.printf(
        "Seeded %,d dogs across 14 organizations in %.1f s%n",
        DOGS, (System.nanoTime() - seeding) / 1e9);
    // As the ingest does after each run: the facet summary of migration V11.
    long refreshing = System.nanoTime();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT refresh_catalog_facets()");
    }
    System.out.printf(
        "Refreshed the facet summary in %.2f s%n", (System.nanoTime() - refreshing) / 1e9);

    CatalogOrganizations organizations;
    try (Connection connection = db.dataSource().getConnection()) {
      organizations = CatalogOrganizations.load(connection);
    }
    ApiHandler handler = CatalogFixture.handler(db.dataSource());
    ApiClient api = new ApiClient(handler);
    String slug = api.get("/api/animals?limit=1&sort=oldest").json().at("/data/0/slug").asText();
    String deepCursor = deepCursor(api);

    List<Scenario> scenarios = new ArrayList<>();
    for (String query :
        List.of(
            "",
            "size=Small,Medium&sex=Female",
            "breed_group=Hound&age_category=Adult",
            "organization=rean",
            "location_country=DE&available_to=GB",
            "location_country=HU",
            "q=buddy",
            "sort=name-asc&limit=50")) {
      scenarios.add(
          new Scenario(
              "list " + (query.isEmpty() ? "(default)" : query),
              "/api/animals?" + query,
              List.of(catalog(query).pageSql(organizations), countSql(query, organizations))));
    }
    scenarios.add(
        new Scenario(
            "list deep cursor (page ~250)",
            "/api/animals?cursor=" + deepCursor,
            List.of(
                catalog("cursor=" + deepCursor).pageSql(organizations),
                countSql("cursor=" + deepCursor, organizations))));
    // The handler reuses list totals, facet counts and the organizations for 60 s; these scenarios
    // forget them before every call, so the handler pays for every statement the bare SQL runs.
    scenarios.add(
        new Scenario(
            "list (default), nothing cached",
            "/api/animals",
            List.of(catalog("").pageSql(organizations), countSql("", organizations)),
            true));
    scenarios.add(
        new Scenario(
            "list location_country=DE&available_to=GB, nothing cached",
            "/api/animals?location_country=DE&available_to=GB",
            List.of(
                catalog("location_country=DE&available_to=GB").pageSql(organizations),
                countSql("location_country=DE&available_to=GB", organizations)),
            true));
    scenarios.add(
        new Scenario("detail", "/api/animals/" + slug, List.of(AnimalRepository.detailSql(slug))));
    for (String query : List.of("", "size=Large&sex=Male")) {
      scenarios.add(
          new Scenario(
              "facet counts " + (query.isEmpty() ? "(default)" : query),
              "/api/animals/meta/filter_counts?" + query,
              List.of(FacetRepository.handlerSql(catalog(query).filters(), organizations))));
    }
    // The summary covers the default and filters on one column; on two columns it holds the pairs
    // and the unfiltered facets are counted from the dogs that pass both filters; three columns
    // are counted from the dogs.
    for (String query :
        List.of(
            "",
            "size=Large",
            "size=Large&sex=Male",
            "size=Small,Medium&sex=Female",
            "size=Small,Medium&sex=Female&age_category=Adult")) {
      scenarios.add(
          new Scenario(
              "facet counts " + (query.isEmpty() ? "(default)" : query) + ", nothing cached",
              "/api/animals/meta/filter_counts?" + query,
              List.of(FacetRepository.handlerSql(catalog(query).filters(), organizations)),
              true));
    }

    try (Connection connection = db.dataSource().getConnection()) {
      for (String query : List.of("size=Large&sex=Male", "size=Small,Medium&sex=Female")) {
        explain(
            connection,
            "facet counts " + query + " (summary and dogs)",
            FacetRepository.handlerSql(catalog(query).filters(), organizations));
        explain(
            connection,
            "facet counts " + query + " (dogs only)",
            FacetRepository.facetSql(catalog(query).filters(), organizations));
      }
    }

    System.out.printf(
        "load average %s; columns: handler wall time, bare SQL wall time, handler thread CPU time;"
            + " slow1%% = how many of the slowest 1%% of handler calls overlapped a GC pause%n",
        loadAverage());
    System.out.printf(
        "%n%-76s %10s %10s %10s %10s %8s %9s %9s %6s%n",
        "scenario",
        "handler50",
        "handler99",
        "sql50",
        "sql99",
        "ratio50",
        "cpu50",
        "cpu99",
        "slow1%");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Connection connection = db.dataSource().getConnection()) {
      connection
          .createStatement()
          .execute("SET statement_timeout = 5000; SET plan_cache_mode = force_custom_plan");
      for (Scenario scenario : scenarios) {
        assertThat(api.get(scenario.path).status()).as(scenario.path).isEqualTo(200);
        Percentiles handlerTimes = new Percentiles(ITERATIONS);
        Percentiles sqlTimes = new Percentiles(ITERATIONS);
        Percentiles cpuTimes = new Percentiles(ITERATIONS);
        long[] handlerNanosOf = new long[ITERATIONS];
        boolean[] collected = new boolean[ITERATIONS];
        for (int i = 0; i < WARMUP + ITERATIONS; i++) {
          if (scenario.uncached) {
            ShortLivedCache.invalidateAll();
          }
          long collections = collections();
          long cpuStart = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          ApiClient.Response response = api.get(scenario.path);
          long handlerNanos = System.nanoTime() - start;
          long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
          if (i >= WARMUP) {
            cpuTimes.record(cpuNanos);
            handlerNanosOf[i - WARMUP] = handlerNanos;
            collected[i - WARMUP] = collections() != collections;
          }
          if (response.status() != 200) {
            throw new IllegalStateException(scenario.path + " -> " + response);
          }
          start = System.nanoTime();
          for (Sql sql : scenario.statements) {
            try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
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
        long slowest = (long) (handlerTimes.percentileMillis(99) * 1_000_000);
        int slow = 0;
        int slowWithGc = 0;
        for (int i = 0; i < ITERATIONS; i++) {
          if (handlerNanosOf[i] >= slowest) {
            slow++;
            slowWithGc += collected[i] ? 1 : 0;
          }
        }
        System.out.printf(
            "%-76s %8.2fms %8.2fms %8.2fms %8.2fms %7.2fx %7.2fms %7.2fms %3d/%-2d%n",
            scenario.name,
            handlerTimes.percentileMillis(50),
            handlerTimes.percentileMillis(99),
            sqlTimes.percentileMillis(50),
            sqlTimes.percentileMillis(99),
            handlerTimes.percentileMillis(50) / sqlTimes.percentileMillis(50),
            cpuTimes.percentileMillis(50),
            cpuTimes.percentileMillis(99),
            slowWithGc,
            slow);
      }
    }
  }

  /**
   * Prints EXPLAIN ANALYZE of a statement, warm (run twice first): its times, or the whole plan
   * with {@code -Dbenchmark.explain=true}.
   */
  static void explain(Connection connection, String name, Sql sql) throws Exception {
    Sql explain = new Sql().add("EXPLAIN (ANALYZE, BUFFERS) ").add(sql);
    boolean full = Boolean.getBoolean("benchmark.explain");
    for (int run = 0; run < 3; run++) {
      List<String> lines = new ArrayList<>();
      try (PreparedStatement statement = explain.prepare(connection);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
      if (run == 2) {
        System.out.printf("EXPLAIN ANALYZE %s:%n", name);
        lines.stream()
            .filter(
                line -> full || line.startsWith("Planning Time") || line.startsWith("Execution"))
            .forEach(line -> System.out.printf("  %s%n", line));
      }
    }
  }

  static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
    }
    return count;
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** The count the handler runs: from the facet summary when it covers the filters. */
  static Sql countSql(String query, CatalogOrganizations organizations) {
    CatalogQuery catalog = catalog(query);
    return CatalogSummary.of(catalog.filters(), organizations)
        .map(CatalogSummary::totalSql)
        .orElseGet(() -> catalog.countSql(organizations));
  }

  static CatalogQuery catalog(String query) {
    Parameters parameters = new Parameters(QueryString.parse(query), AnimalRoutes.LIST_PARAMETERS);
    CatalogQuery catalog =
        new AnimalRoutes(
                null,
                new dev.rescuedogs.api.pagination.CursorCodec(
                    "cursor-secret-for-tests-0123456789"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .readQuery(parameters);
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

  record Scenario(String name, String path, List<Sql> statements, boolean uncached) {
    Scenario(String name, String path, List<Sql> statements) {
      this(name, path, statements, false);
    }
  }
}
