package dev.rescuedogs.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.local.RescueDogsCommand;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rescuedogs run --once} for chosen organizations (static HTML and a WordPress REST API,
 * served by their replay copies): the summary, then exit without serving; a second week against the
 * same database; and the runs that cannot happen.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class RunOnceTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String STATIC = "tierschutzverein-europa";
  private static final String REST = "hunderettung-europa";

  private record Outcome(int exitCode, String out, String err) {}

  private Outcome run(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = new String[arguments.length + 4];
    all[0] = "run";
    all[1] = "--once";
    all[2] = "--database-url";
    all[3] = db.databaseUrl();
    System.arraycopy(arguments, 0, all, 4, arguments.length);
    return new Outcome(commandLine.execute(all), out.toString(), err.toString());
  }

  @Test
  @Order(1)
  void aFirstWeekAddsTheDogsAndExitsAfterTheSummary() {
    Outcome outcome = run("--org", STATIC, "--org", REST);

    assertThat(outcome.exitCode()).as(outcome.out() + outcome.err()).isZero();
    List<String> rows = RunCommandEndToEndTest.summaryRows(outcome.out());
    assertThat(rows).hasSize(2);
    // organization, status, pages, found, added, updated, missing, ...: the WordPress copy
    // announces its pages through its header sidecars, the static copy has three listing pages.
    assertThat(rows.get(0)).matches(REST + "\\s+success\\s+\\d+\\s+5\\s+[1-5]\\s+0\\s+0\\s.*");
    assertThat(rows.get(1)).matches(STATIC + "\\s+success\\s+3\\s+8\\s+[1-8]\\s+0\\s+0\\s.*");
    assertThat(outcome.out())
        .contains("Dispatching " + STATIC + ", " + REST + "...")
        .contains("Sites: replay copies (the copies bundled with the tool)")
        .doesNotContain("The API is on");
    // The run's stored summary, the same table the info topic receives.
    assertThat(outcome.out())
        .contains("Run summary, as the info topic receives it: Rescue dogs run ")
        .contains("2/2 organizations ok")
        .containsPattern("(?m)^" + STATIC + "\\s+success\\s+8\\s+[1-8]")
        .containsPattern("(?m)^TOTAL\\s+2 ok");
  }

  @Test
  @Order(2)
  void aSecondWeekFindsTheSameDogsAndAddsNone() {
    Outcome outcome = run("--org", STATIC);

    assertThat(outcome.exitCode()).as(outcome.out() + outcome.err()).isZero();
    assertThat(RunCommandEndToEndTest.summaryRows(outcome.out()))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row).matches(STATIC + "\\s+success\\s+3\\s+8\\s+0\\s+\\d+\\s+0\\s.*"));
  }

  @Test
  @Order(3)
  void anOrganizationWithoutReplayCopyIsLeftOutAndTheRunFails(@TempDir Path sites)
      throws IOException {
    Files.createDirectories(sites.resolve("some-other-site"));

    Outcome outcome = run("--org", STATIC, "--sites", sites.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out())
        .contains("[" + STATIC + "] left out: no replay copy of its site")
        .contains("Nothing ran");
  }

  @Test
  @Order(4)
  void aDisabledOrUnknownOrganizationIsRefused() {
    Outcome disabled = run("--org", "galgosdelsol");
    Outcome unknown = run("--org", "no-such-rescue");

    assertThat(disabled.exitCode()).isEqualTo(2);
    assertThat(disabled.err()).contains("organization 'galgosdelsol' is disabled in its config");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown organization 'no-such-rescue'");
  }
}
