package dev.rescuedogs.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.scraping.browser.BrowserSettings;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar the launcher runs ({@code target/rescuedogs.jar}, after {@code mvn package}), in
 * its own JVM: its in-process SQS server starts (Pekko's merged {@code reference.conf}), the replay
 * copies are served from inside the jar, a browser site is read in Chromium (where installed), and
 * the run goes through to the summary.
 */
class ShadedJarIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void theShadedJarRunsTheWeekOnItsOwnStack(@TempDir Path home) throws Exception {
    String jarProperty = System.getProperty("rescuedogs.jar");
    Assumptions.assumeTrue(
        jarProperty != null && Files.isRegularFile(Path.of(jarProperty)),
        "skipped: no shaded jar (run through `mvn verify`, which builds target/rescuedogs.jar)");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC",
                "-jar",
                jarProperty,
                "run",
                "--once",
                "--database-url",
                db.databaseUrl(),
                "--org",
                "tierschutzverein-europa",
                "--org",
                "hunderettung-europa"));
    boolean chromium =
        new ChromiumBrowserFactory(BrowserSettings.fromEnvironment(System.getenv(), "test"))
            .isAvailable();
    if (chromium) {
      // A browser site: Selenium's classes must have survived the shading.
      command.addAll(List.of("--org", "manytearsrescue"));
    }
    Path log = home.resolve("run.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();

    boolean finished = process.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = read(log);

    assertThat(finished).as("the run did not finish:%n%s", output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .containsPattern("Queues: http://127\\.0\\.0\\.1:\\d+ \\(SQS-compatible\\)")
        .contains("Sites: replay copies (the copies bundled with the tool)");
    assertThat(RunCommandEndToEndTest.summaryRows(output))
        .hasSize(chromium ? 3 : 2)
        .allSatisfy(row -> assertThat(row).containsPattern("^\\S+\\s+success\\s"));
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }
}
