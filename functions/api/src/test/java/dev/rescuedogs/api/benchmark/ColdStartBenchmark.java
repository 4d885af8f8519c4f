package dev.rescuedogs.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new JVM to the first {@code /api/animals} response, through the production no-argument handler
 * constructor (settings and connection from the environment), as a Lambda cold start does it without
 * SnapStart. Prints the figures of a few runs.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class ColdStartBenchmark {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void newJvmToFirstResponse() throws Exception {
    CatalogGenerator.seed(db.dataSource(), Integer.getInteger("benchmark.dogs", 50_000), 42);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    System.out.printf("%nCold start (new JVM -> first /api/animals response):%n");
    for (int run = 1; run <= 5; run++) {
      ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
          "-cp", System.getProperty("java.class.path"), FirstRequest.class.getName());
      builder.environment().put("DATABASE_URL", db.databaseUrl());
      builder.redirectErrorStream(true);
      long spawned = System.nanoTime();
      Process process = builder.start();
      List<String> output;
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        output = reader.lines().toList();
      }
      long wallMillis = (System.nanoTime() - spawned) / 1_000_000;
      assertThat(process.waitFor()).as(String.join("\n", output)).isZero();
      System.out.printf("  run %d: %s; process spawn to exit %d ms%n", run, output.get(output.size() - 1), wallMillis);
    }
  }
}
