package dev.rescuedogs.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.browser.BrowserSettings;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.fetch.FetchSettings;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * {@code rescuedogs run} end to end, as a developer starts it: every enabled organization through
 * its replay copy (headless Chromium for the browser sites; where Chromium is not installed those
 * are left out, and the run says so), the scheduled event through the real dispatch, scraper and
 * standardize handlers, in-process queues and buckets, a fresh PostgreSQL — then the API, routed by
 * a SAM template, answering from what the run stored.
 */
@TestInstance(Lifecycle.PER_CLASS)
class RunCommandEndToEndTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern RUN_ID = Pattern.compile("(?m)^Run (\\d{8}T\\d{6}Z):$");

  private final StringWriter output = new StringWriter();
  private RunCommand command;
  private Thread running;
  private volatile int exitCode = -1;
  private List<String> expected;
  private boolean chromium;
  private String base;
  private Jdbi jdbi;

  @BeforeAll
  void runTheWeekThenServe() throws Exception {
    chromium =
        new ChromiumBrowserFactory(
                BrowserSettings.fromEnvironment(
                    System.getenv(), FetchSettings.userAgentFrom(System.getenv())))
            .isAvailable();
    expected =
        OrganizationConfigs.loadBundled().stream()
            .filter(OrganizationConfig::enabled)
            .filter(config -> chromium || config.scraper().technology() != Technology.BROWSER)
            .map(OrganizationConfig::id)
            .sorted()
            .toList();
    command = new RunCommand();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(output, true));
    String template = Path.of(getClass().getResource("/sam/template.yaml").toURI()).toString();
    running =
        new Thread(
            () ->
                exitCode =
                    commandLine.execute(
                        "--port", "0", "--database-url", db.databaseUrl(), "--template", template),
            "run-under-test");
    running.setDaemon(true);
    running.start();
    while (!command.started.await(1, TimeUnit.SECONDS)) {
      assertThat(running.isAlive()).as("run ended before serving:%n%s", output).isTrue();
    }
    base = command.server.url();
    jdbi = Database.jdbi(db.dataSource());
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (command != null) {
      command.stop.countDown();
      running.join(30_000);
      assertThat(exitCode).isZero();
    }
  }

  @Test
  void theSummaryHasASuccessfulRowPerOrganization() {
    String text = output.toString();
    List<String> rows = summaryRows(text);

    assertThat(rows)
        .extracting(row -> row.split("\\s+", -1)[0])
        .containsExactlyElementsOf(expected);
    for (String row : rows) {
      String[] cells = row.split("\\s+", -1);
      assertThat(cells[1]).as(row).isEqualTo("success");
      int found = Integer.parseInt(cells[3]);
      assertThat(found).as("found: " + row).isPositive();
      assertThat(Integer.parseInt(cells[4]))
          .as("added: " + row)
          .isPositive()
          .isLessThanOrEqualTo(found);
      assertThat(cells[6]).as("missing: " + row).isEqualTo("0");
      assertThat(Double.parseDouble(cells[10])).as("quality: " + row).isBetween(0.0, 1.0);
    }
    assertThat(text)
        .contains(
            "organization", "found", "added", "missing", "quality", "partial failure", "duration")
        .containsPattern("(?m)^total \\(" + expected.size() + "\\)\\s+ok\\s")
        .contains("Dead-letter queues: empty.");
  }

  @Test
  void progressIsShownPerOrganization() {
    String text = output.toString();

    assertThat(text).contains("Firing the weekly schedule (");
    for (String organization : expected) {
      assertThat(text)
          .contains("[" + organization + "] listing page 1 read")
          .contains("[" + organization + "] scraped: ")
          .contains("[" + organization + "] standardized: success");
    }
    if (!chromium) {
      assertThat(text).contains("left out: its site needs a browser");
    }
  }

  @Test
  void theRunIsRecordedAsOneSessionPerOrganization() {
    String runId = runId();

    List<String> sessions =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT o.config_id || ' ' || s.status FROM scrape_sessions s JOIN"
                            + " organizations o ON o.id = s.organization_id WHERE s.run_id = :run"
                            + " ORDER BY o.config_id")
                    .bind("run", runId)
                    .mapTo(String.class)
                    .list());

    assertThat(sessions)
        .containsExactlyElementsOf(expected.stream().map(id -> id + " success").toList());
  }

  @Test
  void theApiAnswersFromWhatTheRunStored() throws Exception {
    int activeDogs =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM dogs WHERE active").mapTo(Integer.class).one());
    String slug =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT slug FROM dogs WHERE active ORDER BY id LIMIT 1")
                    .mapTo(String.class)
                    .one());

    assertThat(get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> animals = get("/api/animals?limit=5");
    assertThat(animals.statusCode()).isEqualTo(200);
    JsonNode page = JSON.readTree(animals.body());
    assertThat(page.get("data")).hasSize(5);
    assertThat(page.at("/pagination/total").asInt()).isEqualTo(activeDogs).isPositive();
    HttpResponse<String> dog = get("/api/animals/" + slug);
    assertThat(dog.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(dog.body()).toString()).contains(slug);
    assertThat(get("/api/organizations").statusCode()).isEqualTo(200);
    assertThat(get("/api/no-such-route").statusCode()).isEqualTo(404);
  }

  @Test
  void exampleUrlsArePrinted() {
    assertThat(output.toString())
        .contains("The API is on " + base)
        .contains("  " + base + "/health")
        .contains("  " + base + "/api/animals?limit=5")
        .containsPattern(Pattern.quote(base) + "/api/animals/[a-z0-9-]+/history")
        .contains("Ctrl-C stops.");
  }

  private String runId() {
    Matcher matcher = RUN_ID.matcher(output.toString());
    assertThat(matcher.find()).as("a run id in:%n%s", output).isTrue();
    return matcher.group(1);
  }

  /** The table's organization rows: between its header and its totals row. */
  static List<String> summaryRows(String output) {
    List<String> lines = Arrays.asList(output.split("\\R"));
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("organization ")) {
        header = i;
      }
    }
    assertThat(header).as("a summary table in:%n%s", output).isNotNegative();
    return lines.subList(header + 1, lines.size()).stream()
        .takeWhile(line -> !line.startsWith("total ("))
        .toList();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(new URI(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
