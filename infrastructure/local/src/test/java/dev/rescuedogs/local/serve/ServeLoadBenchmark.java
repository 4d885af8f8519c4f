package dev.rescuedogs.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * Load test of {@code rescuedogs serve} on the generated 50,000-dog catalog: 32 concurrent JDK
 * HttpClient clients for 60 s over loopback, a mix of catalog lists (random filter sets and pages),
 * dog details, facet counts and meta lists. Prints throughput, p50/p99 and errors. Run with {@code
 * -Dbenchmarks=true} (see functions/api/README.md); {@code -Dload.seconds} and {@code
 * -Dload.clients} change the defaults.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class ServeLoadBenchmark {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final int CLIENTS = Integer.getInteger("load.clients", 32);
  static final int SECONDS = Integer.getInteger("load.seconds", 60);
  static final String[] FILTERS = {
    "",
    "size=Small,Medium",
    "sex=Female",
    "breed_group=Hound",
    "age_category=Puppy,Young",
    "organization=rean",
    "location_country=DE",
    "available_to=GB",
    "q=luna",
    "sort=name-asc",
    "sort=oldest",
    "breed=labrador-retriever",
    "size=Large&sex=Male&available_to=DE",
    "limit=50"
  };

  @Test
  void thirtyTwoClientsForOneMinute() throws Exception {
    CatalogGenerator.seed(db.dataSource(), Integer.getInteger("benchmark.dogs", 50_000), 42);
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    ServeCommand command = new ServeCommand();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(new StringWriter()));
    Thread server =
        new Thread(
            () ->
                commandLine.execute(
                    "--port",
                    "0",
                    "--database-url",
                    db.databaseUrl(),
                    "--connections",
                    "8",
                    "--threads",
                    "32"),
            "serve");
    server.setDaemon(true);
    server.start();
    assertThat(command.started.await(60, TimeUnit.SECONDS)).isTrue();
    String base = command.server.url();

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    List<String> slugs = new ArrayList<>();
    json.readTree(
            client
                .send(
                    HttpRequest.newBuilder(
                            URI.create(base + "/api/animals?limit=100&sort=random&seed=load"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .get("data")
        .forEach(dog -> slugs.add(dog.get("slug").asText()));

    // Warm-up, then the measured run.
    run(client, base, slugs, CLIENTS, 5, null, new AtomicLong(), new AtomicLong());
    long[][] latencies = new long[CLIENTS][];
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    run(client, base, slugs, CLIENTS, SECONDS, latencies, requests, errors);
    double elapsed = (System.nanoTime() - started) / 1e9;

    long[] all =
        Arrays.stream(latencies)
            .flatMapToLong(Arrays::stream)
            .filter(n -> n > 0)
            .sorted()
            .toArray();
    System.out.printf(
        "%nserve load test: %d clients, %.0f s, %,d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%n",
        CLIENTS,
        elapsed,
        requests.get(),
        requests.get() / elapsed,
        all[all.length / 2] / 1e6,
        all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6,
        errors.get());
    command.stop.countDown();
    server.join(10_000);
    assertThat(errors.get()).isZero();
  }

  static void run(
      HttpClient client,
      String base,
      List<String> slugs,
      int clients,
      int seconds,
      long[][] latencies,
      AtomicLong requests,
      AtomicLong errors)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int id = c;
      Thread thread =
          new Thread(
              () -> {
                Random random = new Random(id);
                long[] mine = new long[2_000_000 / Math.max(1, clients)];
                int count = 0;
                while (System.nanoTime() < deadline) {
                  String path = path(random, slugs);
                  long start = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        client.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept-Encoding", "gzip")
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  if (count < mine.length) {
                    mine[count++] = System.nanoTime() - start;
                  }
                  requests.incrementAndGet();
                }
                if (latencies != null) {
                  latencies[id] = Arrays.copyOf(mine, count);
                }
                done.countDown();
              },
              "load-" + id);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
  }

  static String path(Random random, List<String> slugs) {
    int roll = random.nextInt(100);
    if (roll < 55) {
      return "/api/animals?" + FILTERS[random.nextInt(FILTERS.length)];
    } else if (roll < 85) {
      return "/api/animals/" + slugs.get(random.nextInt(slugs.size()));
    } else if (roll < 95) {
      return "/api/animals/meta/filter_counts?" + FILTERS[random.nextInt(8)];
    } else {
      return random.nextBoolean() ? "/api/animals/meta/breeds" : "/api/organizations";
    }
  }
}
