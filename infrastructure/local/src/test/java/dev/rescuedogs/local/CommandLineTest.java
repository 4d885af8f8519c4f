package dev.rescuedogs.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operators' commands, run in-process as {@code rescuedogs ...} would run them. */
class CommandLineTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  @Test
  void configListShowsEveryShippedOrganization() {
    Result result = run("config", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^ID\\s+NAME\\s+COUNTRY\\s+ENABLED\\s+TECHNOLOGY\\s+LISTING URL$")
        .containsPattern(
            "(?m)^dogstrust\\s+Dogs Trust\\s+GB\\s+yes\\s+browser\\s+https://www\\.dogstrust\\.org\\.uk/")
        .containsPattern(
            "(?m)^galgosdelsol\\s+Galgos del Sol\\s+ES\\s+no\\s+static\\s+\\S+ \\(\\+3 more\\)$")
        .containsPattern(
            "(?m)^hunderettung-europa\\s+.*\\s+DE\\s+yes\\s+rest\\s+https://hunderettung-europa\\.de/wp-json/wp/v2/posts$")
        .contains("14 organizations, 12 enabled");
  }

  @Test
  void configValidatePassesForTheShippedConfigs() {
    Result result = run("config", "validate");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("14 configs valid");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void configValidateFailsWithOneLinePerProblem(@TempDir Path dir) throws IOException {
    String dogsTrust =
        new String(
            RescueDogsCommand.class
                .getResourceAsStream("/organizations/dogstrust.yaml")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("dogstrust.yaml"), dogsTrust.replace("\ncountry: GB\n", "\ncountry: UK\n"));
    Files.writeString(dir.resolve("copy.yaml"), dogsTrust);

    Result result = run("config", "validate", "--dir", dir.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines())
        .contains(
            "dogstrust.yaml: country: \"UK\" is not an ISO 3166-1 alpha-2 country code (did you mean \"GB\"?)",
            "copy.yaml: id: \"dogstrust\" must equal the file name without its extension (\"copy\")",
            "dogstrust.yaml: id: \"dogstrust\" is already the id of copy.yaml",
            "3 problems found");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void migrateSyncAndStatusWorkAgainstANamedDatabase() throws SQLException {
    String url = db.databaseUrl();

    Result migrate = run("db", "migrate", "--database-url", url);
    assertThat(migrate.exitCode()).isZero();
    assertThat(migrate.out()).containsPattern("applied \\d+ migrations, schema version \\d+");

    Result again = run("db", "migrate", "--database-url", url);
    assertThat(again.out()).contains("applied 0 migrations");

    Result sync = run("config", "sync", "--database-url", url);
    assertThat(sync.exitCode()).isZero();
    assertThat(sync.out()).contains("14 inserted");
    assertThat(count("SELECT count(*) FROM organizations WHERE active")).isEqualTo(12);
    assertThat(count("SELECT count(*) FROM organizations WHERE NOT active")).isEqualTo(2);

    Result status = run("db", "status", "--database-url", url);
    assertThat(status.exitCode()).isZero();
    assertThat(status.out())
        .contains("pending migrations: 0")
        .containsPattern("(?m)^dogstrust\\s+yes\\s+0\\s+-\\s+never scraped")
        .containsPattern("(?m)^galgosdelsol\\s+no\\s+");
  }

  @Test
  void anUnreachableDatabaseIsOneClearErrorLine() {
    Result result = run("db", "status", "--database-url", "postgresql://nobody@127.0.0.1:1/none");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: ").doesNotContain("\tat ");
  }

  @Test
  void theEmbeddedDatabaseKeepsItsDataBetweenCommands(@TempDir Path dataDir) {
    Result migrate = run("db", "migrate", "--data-dir", dataDir.toString());
    assertThat(migrate.exitCode()).isZero();
    assertThat(migrate.out())
        .contains("embedded PostgreSQL")
        .doesNotContain("applied 0 migrations");

    Result status = run("db", "status", "--data-dir", dataDir.toString());
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("pending migrations: 0").contains("Success");
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
