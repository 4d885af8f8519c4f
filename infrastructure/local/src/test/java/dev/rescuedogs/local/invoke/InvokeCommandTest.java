package dev.rescuedogs.local.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.local.RescueDogsCommand;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * {@code rescuedogs invoke}: the project's own event files through each function's real handler,
 * against an in-process stack and a throwaway database.
 */
class InvokeCommandTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one command run printed. */
  private record Run(int exitCode, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  @Test
  void shouldPrintTheApiResponse_forAnApiGatewayRequest() throws Exception {
    Run run =
        invoke("api", "--event", event("api/health.json"), "--database-url", db.databaseUrl());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode response = run.json();
    assertThat(response.get("statusCode").asInt()).isEqualTo(200);
    JsonNode health = JSON.readTree(response.get("body").asText());
    assertThat(health.at("/database/status").asText()).isEqualTo("connected");
    // A fresh catalog has never had a successful scrape.
    assertThat(health.get("status").asText()).isEqualTo("degraded");
    assertThat(run.err()).contains("Invoking api with");
  }

  @Test
  void shouldPassEnvironmentOverridesToTheFunction() throws Exception {
    String event = event("api/monitoring-with-key.json");

    Run withItsKey =
        invoke(
            "ApiFunction",
            "-e",
            event,
            "--database-url",
            db.databaseUrl(),
            "--env",
            "ADMIN_API_KEY=local-operator-key-0123456789");
    Run withAnotherKey =
        invoke(
            "api",
            "-e",
            event,
            "--database-url",
            db.databaseUrl(),
            "--env",
            "ADMIN_API_KEY=another-operator-key-0123456789");

    assertThat(withItsKey.json().get("statusCode").asInt()).isEqualTo(200);
    assertThat(withAnotherKey.json().get("statusCode").asInt()).isEqualTo(401);
  }

  @Test
  void shouldQueueOneScrapeMessagePerEnabledOrganization_forTheScheduledEvent() throws Exception {
    Run run = invoke("dispatch", "--event", event("dispatch/scheduled-event.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> enabled =
        OrganizationConfigs.loadBundled().stream()
            .filter(OrganizationConfig::enabled)
            .map(OrganizationConfig::id)
            .toList();
    JsonNode response = run.json();
    assertThat(response.get("run_id").asText()).isEqualTo("20261130T150000Z");
    List<String> organizations = new ArrayList<>();
    response.get("organizations").forEach(id -> organizations.add(id.asText()));
    assertThat(organizations).isEqualTo(enabled);
    assertThat(run.err())
        .contains("queue rescue-dogs-scrape: " + enabled.size() + " message(s) waiting");
  }

  @Test
  void shouldPrintLambdasErrorDocumentAndExit1_whenTheHandlerThrows() throws Exception {
    Run run = invoke("dispatch", "--event", event("dispatch/manual-unknown-organization.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.json().get("errorType").asText())
        .isEqualTo(IllegalArgumentException.class.getName());
    assertThat(run.json().get("errorMessage").asText())
        .contains("unknown organization 'no-such-rescue'");
  }

  @Test
  void shouldReportTheBatchItemFailure_forAnUnknownOrganization() throws Exception {
    Run run = invoke("scraper", "--event", event("scraper/unknown-organization.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures").findValuesAsText("itemIdentifier"))
        .containsExactly("a8f3c1b2-1e5d-4d69-9d0c-53e1b1f1c0aa");
    assertThat(run.err())
        .contains("bucket rescue-dogs-raw: no raw result archived")
        .contains("queue rescue-dogs-standardize: 0 message(s) waiting");
  }

  @Test
  void shouldReportTheBatchItemFailure_whenTheRawResultIsNotInTheBucket() throws Exception {
    Run run =
        invoke(
            "standardize",
            "--event",
            event("standardize/missing-raw-result.json"),
            "--database-url",
            db.databaseUrl());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures").findValuesAsText("itemIdentifier"))
        .containsExactly("1a2b3c4d-5e6f-4a8b-9c0d-e1f2a3b4c5d6");
  }

  @Test
  void shouldRefuseAnEventMeantForAnotherFunction() {
    Run run = invoke("scraper", "--event", event("api/health.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not an SQS event (no Records)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void shouldNameTheFunctions_whenTheFunctionIsUnknown() {
    Run run = invoke("cleanup", "--event", event("api/health.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "unknown function 'cleanup'; functions: dispatch, scraper, standardize, api,"
                + " maintenance");
  }

  @Test
  void shouldRunTheMaintenance_forItsScheduledEvent() throws Exception {
    Run run =
        invoke(
            "maintenance",
            "--event",
            event("maintenance/scheduled-event.json"),
            "--database-url",
            db.databaseUrl());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode response = run.json();
    assertThat(response.get("stuck_sessions_closed").asInt()).isZero();
    assertThat(response.get("analyzed_tables").toString()).contains("dogs");
    assertThat(run.err()).contains("maintenance: {stuck_sessions_closed=0");
  }

  @Test
  void shouldExplain_whenTheEventFileIsMissing() {
    Run run = invoke("api", "--event", "events/api/no-such-event.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no event file events/api/no-such-event.json");
  }

  private static Run invoke(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("invoke"));
    args.addAll(Arrays.asList(arguments));
    int exitCode = commandLine.execute(args.toArray(String[]::new));
    return new Run(exitCode, out.toString().strip(), err.toString());
  }

  /** A file of the project's events/ directory, found by walking up from the module. */
  private static String event(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("events").resolve(name);
      if (Files.isRegularFile(file)) {
        return file.toString();
      }
    }
    throw new IllegalStateException("no events/" + name + " above " + Path.of("").toAbsolutePath());
  }
}
