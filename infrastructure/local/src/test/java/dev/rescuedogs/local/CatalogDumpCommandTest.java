package dev.rescuedogs.local;

import static dev.rescuedogs.local.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.local.CommandLineTest.Result;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code db export} and {@code db import}: the restore drill of docs/operations/backups.md. */
class CatalogDumpCommandTest {

  @RegisterExtension static final TestDatabase source = new TestDatabase();
  @RegisterExtension static final TestDatabase target = new TestDatabase();

  @Test
  void aCatalogExportedFromOneDatabaseImportsIntoAnother(@TempDir Path dir) throws Exception {
    assertThat(run("config", "sync", "--database-url", source.databaseUrl()).exitCode()).isZero();
    Path dump = dir.resolve("catalog.jsonl.gz");

    Result export =
        run("db", "export", "--out", dump.toString(), "--database-url", source.databaseUrl());

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out())
        .contains("Exported to " + dump)
        .containsPattern("(?m)^organizations\\s+14$");
    assertThat(Files.exists(dir.resolve("catalog.jsonl.gz.partial"))).isFalse();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("{\"format\":\"rescuedogs-catalog\"");
    }

    // The target has never been migrated: import migrates it first.
    Result imported =
        run("db", "import", "--in", dump.toString(), "--database-url", target.databaseUrl());

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).containsPattern("(?m)^organizations\\s+14$");
    assertThat(count(target.dataSource(), "SELECT count(*) FROM organizations WHERE active"))
        .isEqualTo(12);

    Result again =
        run("db", "import", "--in", dump.toString(), "--database-url", target.databaseUrl());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("not empty").doesNotContain("\tat ");
    assertThat(count(target.dataSource(), "SELECT count(*) FROM organizations")).isEqualTo(14);
  }

  @Test
  void aFileThatIsNotADumpIsOneClearErrorLine(@TempDir Path dir) throws IOException {
    Path notADump = Files.writeString(dir.resolve("notes.jsonl"), "hello\n");

    Result result =
        run("db", "import", "--in", notADump.toString(), "--database-url", target.databaseUrl());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith(notADump + ": line 1: not JSON").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void aMissingFileIsReportedWithoutTouchingTheDatabase(@TempDir Path dir) {
    Result result =
        run(
            "db",
            "import",
            "--in",
            dir.resolve("nope.jsonl").toString(),
            "--database-url",
            target.databaseUrl());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("no dump at ");
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
