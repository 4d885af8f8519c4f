package dev.rescuedogs.store.backup;

import static dev.rescuedogs.store.StoreFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.RawResults;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogDumpTest {

  @RegisterExtension static final TestDatabase source = new TestDatabase();
  @RegisterExtension static final TestDatabase target = new TestDatabase();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T15:30:00Z"), ZoneOffset.UTC);

  private static byte[] dump;

  @BeforeAll
  static void seedAndExport() {
    Migrations.migrate(source.dataSource());
    new OrganizationSync(source.dataSource())
        .sync(List.of(config(RawResults.ORGANIZATION, "Happy Paws")));
    RunIngestor ingestor = new RunIngestor(source.dataSource(), CLOCK);
    List<RawDog> dogs = RawResults.dogs(12);
    ingestor.ingest(
        RawResults.complete("run-1", Instant.parse("2026-11-23T15:00:00Z"), dogs), "raw/run-1");
    // The second run misses a dog and changes nothing else: history, a second session.
    ingestor.ingest(
        RawResults.complete("run-2", Instant.parse("2026-11-30T15:00:00Z"), dogs.subList(1, 12)),
        "raw/run-2");
    new RunSummaries(source.dataSource(), CLOCK)
        .organizationFinished("run-2", List.of(RawResults.ORGANIZATION));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Long> counts = new CatalogDump(source.dataSource(), CLOCK).exportTo(out);
    assertThat(counts)
        .containsEntry("dogs", 12L)
        .containsEntry("scrape_sessions", 2L)
        .containsEntry("run_summaries", 1L);
    assertThat(counts.get("dog_events")).isPositive();
    assertThat(counts.get("dog_images")).isPositive();
    dump = out.toByteArray();
  }

  @BeforeEach
  void emptyTarget() {
    Migrations.migrate(target.dataSource());
    Database.jdbi(target.dataSource())
        .useHandle(
            handle ->
                handle.execute(
                    "TRUNCATE "
                        + String.join(", ", CatalogDump.TABLES)
                        + " RESTART IDENTITY CASCADE"));
  }

  @Test
  void anImportedDumpReproducesEveryTableRowForRow() {
    Map<String, Long> imported =
        new CatalogDump(target.dataSource(), CLOCK).importFrom(new ByteArrayInputStream(dump));

    for (String table : CatalogDump.TABLES) {
      assertThat(rows(target.dataSource(), table))
          .as(table)
          .isEqualTo(rows(source.dataSource(), table));
      assertThat(imported.get(table)).as(table).isEqualTo(rows(source.dataSource(), table).size());
    }
    // Identity sequences continue after the imported ids.
    long next =
        Database.jdbi(target.dataSource())
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "INSERT INTO dog_events (dog_id, event_type, occurred_at)"
                                + " SELECT min(id), 'created', now() FROM dogs RETURNING id")
                        .mapTo(Long.class)
                        .one());
    assertThat(next).isGreaterThan(imported.get("dog_events"));
  }

  @Test
  void theDumpStartsWithAHeaderAndEndsWithTheRowCounts() {
    List<String> lines = new String(dump, StandardCharsets.UTF_8).lines().toList();

    assertThat(lines.get(0))
        .contains("\"format\":\"rescuedogs-catalog\"")
        .contains(
            "\"schema_version\":\""
                + Migrations.summary(source.dataSource()).currentVersion()
                + "\"")
        .contains("\"exported_at\":\"2026-11-30T15:30:00Z\"");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("{\"end\":true,\"rows\":{\"organizations\":1,");
    // Generated columns are left out: the import regenerates them.
    assertThat(new String(dump, StandardCharsets.UTF_8)).doesNotContain("search_document");
  }

  @Test
  void aTruncatedDumpImportsNothing() {
    String text = new String(dump, StandardCharsets.UTF_8);
    byte[] truncated =
        text.substring(0, text.lastIndexOf("{\"end\"")).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> importInto(truncated))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("truncated");
    assertThat(rows(target.dataSource(), "organizations")).isEmpty();
  }

  @Test
  void aDumpWithAMissingRowImportsNothing() {
    List<String> lines =
        new ArrayList<>(List.of(new String(dump, StandardCharsets.UTF_8).split("\n")));
    lines.removeIf(line -> line.contains("\"table\": \"dog_images\""));

    assertThatThrownBy(() -> importInto(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("rows of dog_images but the dump holds 0");
    assertThat(rows(target.dataSource(), "dogs")).isEmpty();
  }

  @Test
  void aBrokenLineIsNamedAndNothingIsImported() {
    String text = new String(dump, StandardCharsets.UTF_8);
    int afterHeader = text.indexOf('\n') + 1;
    String broken = text.substring(0, afterHeader) + "{not json\n" + text.substring(afterHeader);

    assertThatThrownBy(() -> importInto(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageStartingWith("line 2: not JSON");
    assertThat(rows(target.dataSource(), "organizations")).isEmpty();
  }

  @Test
  void aDumpOfAnotherSchemaVersionIsRefused() {
    String text = new String(dump, StandardCharsets.UTF_8);
    String older = text.replaceFirst("\"schema_version\":\"[0-9.]+\"", "\"schema_version\":\"1\"");

    assertThatThrownBy(() -> importInto(older.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("taken at schema version 1 but this database is at");
  }

  @Test
  void somethingElseThanADumpIsRefused() {
    assertThatThrownBy(() -> importInto("{\"hello\": 1}\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("not a catalog dump");
    assertThatThrownBy(() -> importInto(new byte[0]))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aCatalogThatIsNotEmptyIsNotOverwritten() {
    importInto(dump);

    assertThatThrownBy(() -> importInto(dump))
        .isInstanceOf(InvalidDumpException.class)
        .hasMessageContaining("not empty");
    assertThat(rows(target.dataSource(), "dogs")).hasSize(12);
  }

  @Test
  void everyTableOfTheSchemaIsInTheDump() {
    List<String> tables =
        Database.jdbi(source.dataSource())
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                                + " AND table_name <> 'flyway_schema_history'")
                        .mapTo(String.class)
                        .list());

    assertThat(CatalogDump.TABLES).containsExactlyInAnyOrderElementsOf(tables);
  }

  private static Map<String, Long> importInto(byte[] bytes) {
    return new CatalogDump(target.dataSource(), CLOCK).importFrom(new ByteArrayInputStream(bytes));
  }

  private static List<String> rows(DataSource dataSource, String table) {
    Jdbi jdbi = Database.jdbi(dataSource);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT to_jsonb(t)::text FROM " + table + " t ORDER BY 1")
                .mapTo(String.class)
                .list());
  }
}
