package dev.rescuedogs.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.api.testing.CatalogGenerator;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new JVM to the first {@code /api/animals} response, through the production no-argument handler
 * constructor (settings and connection from the environment), as a Lambda cold start without
 * SnapStart does it, on the function's real artifact ({@code target/api-*-lambda.jar}, built by
 * {@code mvn package}). JVM flags as the Lambda Java runtime sets them ({@code
 * -XX:TieredStopAtLevel=1}, the JDK's default class-data archive). Prints five runs, then five with
 * an application class-data archive (AppCDS) recorded by a training run, as an option.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class ColdStartBenchmark {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final int RUNS = Integer.getInteger("benchmark.runs", 5);

  @Test
  void newJvmToFirstResponse() throws Exception {
    Path jar = lambdaJar();
    Path driver = driverJar();
    CatalogGenerator.seed(db.dataSource(), Integer.getInteger("benchmark.dogs", 50_000), 42);
    // Planner statistics and visibility map as autovacuum keeps them on a live database.
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    Path archive = Path.of("target", "api-cold-start.jsa");
    Files.deleteIfExists(archive);
    System.out.printf(
        "%nCold start (new JVM -> first /api/animals response), %s (%,d bytes), %d CPUs, load %s:%n",
        jar.getFileName(),
        Files.size(jar),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    for (int run = 1; run <= RUNS; run++) {
      System.out.printf("  run %d: %s%n", run, firstRequest(jar, driver));
    }
    firstRequest(jar, driver, "-XX:ArchiveClassesAtExit=" + archive);
    System.out.printf(
        "With an AppCDS archive (-XX:SharedArchiveFile, recorded by one training run):%n");
    for (int run = 1; run <= RUNS; run++) {
      System.out.printf(
          "  run %d: %s%n", run, firstRequest(jar, driver, "-XX:SharedArchiveFile=" + archive));
    }
  }

  /** The function's deployable jar; the benchmark measures nothing else. */
  static Path lambdaJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> jars =
          files
              .filter(file -> file.getFileName().toString().matches("api-.*-lambda\\.jar"))
              .toList();
      assertThat(jars)
          .as(
              "the function's jar: build it first with mvn -pl functions/api -am package -DskipTests")
          .hasSize(1);
      return jars.get(0);
    }
  }

  /**
   * {@link FirstRequest} alone in a jar (an AppCDS archive accepts no directory on the class path).
   */
  static Path driverJar() throws IOException {
    String entry = FirstRequest.class.getName().replace('.', '/') + ".class";
    Path jar = Path.of("target", "api-cold-start-driver.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(Path.of("target", "test-classes", entry)));
      out.closeEntry();
    }
    return jar;
  }

  static String firstRequest(Path jar, Path driver, String... extraOptions) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
    command.addAll(List.of(extraOptions));
    command.addAll(List.of("-cp", jar + File.pathSeparator + driver, FirstRequest.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("DATABASE_URL", db.databaseUrl());
    builder.redirectErrorStream(true);
    long spawned = System.nanoTime();
    Process process = builder.start();
    List<String> output;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output = reader.lines().toList();
    }
    long wallMillis = (System.nanoTime() - spawned) / 1_000_000;
    assertThat(process.waitFor()).as(String.join("\n", output)).isZero();
    return output.get(output.size() - 1) + "; spawn to exit " + wallMillis + " ms";
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", -1)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
