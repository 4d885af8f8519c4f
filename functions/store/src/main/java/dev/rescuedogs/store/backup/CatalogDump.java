package dev.rescuedogs.store.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.store.catalog.FacetSummary;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.MigrationSummary;
import dev.rescuedogs.store.migration.Migrations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A portable dump of the catalog — organizations with their locations and regions, scrape sessions,
 * dogs, images and history, run summaries — for restore drills, moving a catalog between databases
 * and giving a developer real data. Managed snapshots remain the backup; this is the copy a person
 * can read, diff and load anywhere the same schema version runs.
 *
 * <p>Format: UTF-8 JSON lines. The first line is a header {@code {"format": "rescuedogs-catalog",
 * "format_version": 1, "schema_version": "6", "exported_at": "…"}}; then one line per row, {@code
 * {"table": "dogs", "row": {…}}} with the row as PostgreSQL's {@code to_jsonb} writes it (generated
 * columns left out); the last line {@code {"end": true, "rows": {"dogs": 123, …}}} lets an import
 * tell a complete dump from a truncated one.
 *
 * <p>An export reads one consistent snapshot. An import runs in one transaction into a migrated
 * database at the same schema version whose catalog is empty: a broken or truncated dump writes
 * nothing.
 */
public final class CatalogDump {

  public static final String FORMAT = "rescuedogs-catalog";
  public static final int FORMAT_VERSION = 1;

  /** The exported tables, parents before children. */
  public static final List<String> TABLES =
      List.of(
          "organizations",
          "organization_locations",
          "service_regions",
          "scrape_sessions",
          "dogs",
          "dog_images",
          "dog_events",
          "run_summaries");

  /** Tables keyed by something else than an identity column {@code id}: their key, for ordering. */
  private static final Map<String, String> NATURAL_KEYS = Map.of("run_summaries", "run_id");

  private static final int BATCH = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final Clock clock;

  public CatalogDump(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.jdbi = Database.jdbi(dataSource);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Writes the whole catalog to {@code out} (not closed) and returns the rows per table. */
  public Map<String, Long> exportTo(OutputStream out) {
    String schemaVersion = requireMigrated().currentVersion();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          handle.execute("SET TRANSACTION READ ONLY");
          ObjectNode header = JSON.createObjectNode();
          header.put("format", FORMAT);
          header.put("format_version", FORMAT_VERSION);
          header.put("schema_version", schemaVersion);
          header.put("exported_at", clock.instant().toString());
          writeLine(writer, header.toString());
          Map<String, Long> counts = new LinkedHashMap<>();
          for (String table : TABLES) {
            counts.put(table, exportTable(handle, table, writer));
          }
          ObjectNode end = JSON.createObjectNode();
          end.put("end", true);
          ObjectNode rows = end.putObject("rows");
          counts.forEach(rows::put);
          writeLine(writer, end.toString());
          flush(writer);
          return counts;
        });
  }

  private static long exportTable(Handle handle, String table, Writer writer) {
    String sql =
        "SELECT jsonb_build_object('table', :table, 'row', to_jsonb(t) - :generated)::text"
            + " FROM "
            + table
            + " t ORDER BY "
            + NATURAL_KEYS.getOrDefault(table, "id");
    long[] count = {0};
    try (Stream<String> rows =
        handle
            .createQuery(sql)
            .bind("table", table)
            .bindArray("generated", String.class, generatedColumns(handle, table))
            .setFetchSize(1000)
            .mapTo(String.class)
            .stream()) {
      rows.forEach(
          line -> {
            writeLine(writer, line);
            count[0]++;
          });
    }
    return count[0];
  }

  /**
   * Loads a dump into this database's empty catalog, in one transaction.
   *
   * @throws InvalidDumpException when the dump is not a complete catalog dump of this schema
   *     version, or the catalog is not empty; nothing is written then
   */
  public Map<String, Long> importFrom(InputStream in) {
    String schemaVersion = requireMigrated().currentVersion();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Long> imported =
        jdbi.inTransaction(
            handle -> {
              Map<String, List<String>> columns = new LinkedHashMap<>();
              for (String table : TABLES) {
                columns.put(table, insertableColumns(handle, table));
              }
              Importer importer = new Importer(handle, columns);
              int lineNumber = 0;
              JsonNode end = null;
              try {
                String line;
                while ((line = reader.readLine()) != null) {
                  lineNumber++;
                  if (line.isBlank()) {
                    continue;
                  }
                  if (end != null) {
                    throw new InvalidDumpException(lineNumber, "content after the end line");
                  }
                  JsonNode node = parse(line, lineNumber);
                  if (lineNumber == 1) {
                    checkHeader(node, schemaVersion);
                    requireEmptyCatalog(handle);
                  } else if (node.path("end").asBoolean(false)) {
                    end = node;
                  } else {
                    importer.add(node, lineNumber);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException("reading the dump failed at line " + lineNumber, e);
              }
              if (lineNumber == 0) {
                throw new InvalidDumpException(0, "the dump is empty");
              }
              if (end == null) {
                throw new InvalidDumpException(
                    lineNumber, "the dump has no end line: it is truncated; nothing was imported");
              }
              Map<String, Long> counts = importer.finish();
              JsonNode expected = end.path("rows");
              for (String table : TABLES) {
                long announced = expected.path(table).asLong(-1);
                if (announced != counts.get(table)) {
                  throw new InvalidDumpException(
                      lineNumber,
                      "the end line announces "
                          + announced
                          + " rows of "
                          + table
                          + " but the dump holds "
                          + counts.get(table)
                          + "; nothing was imported");
                }
              }
              for (String table : TABLES) {
                if (NATURAL_KEYS.containsKey(table)) {
                  continue;
                }
                handle.execute(
                    "SELECT setval(pg_get_serial_sequence('"
                        + table
                        + "', 'id'), coalesce((SELECT max(id) FROM "
                        + table
                        + "), 0) + 1, false)");
              }
              return counts;
            });
    new FacetSummary(dataSource).refresh();
    return imported;
  }

  private MigrationSummary requireMigrated() {
    MigrationSummary summary = Migrations.summary(dataSource);
    if (summary.currentVersion() == null || summary.pendingCount() > 0) {
      throw new IllegalStateException(
          "the database is not migrated (version "
              + summary.currentVersion()
              + ", "
              + summary.pendingCount()
              + " pending): run `db migrate` first");
    }
    return summary;
  }

  private static void requireEmptyCatalog(Handle handle) {
    for (String table : TABLES) {
      boolean any =
          handle
              .createQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")
              .mapTo(Boolean.class)
              .one();
      if (any) {
        throw new InvalidDumpException(
            0,
            "the target catalog is not empty ("
                + table
                + " has rows): import into a freshly migrated database");
      }
    }
  }

  private static void checkHeader(JsonNode header, String schemaVersion) {
    if (!FORMAT.equals(header.path("format").asText())) {
      throw new InvalidDumpException(
          1, "not a catalog dump (no \"format\": \"" + FORMAT + "\" header)");
    }
    if (header.path("format_version").asInt() != FORMAT_VERSION) {
      throw new InvalidDumpException(
          1, "dump format version " + header.path("format_version") + " is not " + FORMAT_VERSION);
    }
    String dumped = header.path("schema_version").asText();
    if (!dumped.equals(schemaVersion)) {
      throw new InvalidDumpException(
          1,
          "the dump was taken at schema version "
              + dumped
              + " but this database is at "
              + schemaVersion
              + ": import into a database at the dump's version, then migrate it");
    }
  }

  private static JsonNode parse(String line, int lineNumber) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        throw new InvalidDumpException(lineNumber, "not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidDumpException(lineNumber, "not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<String> generatedColumns(Handle handle, String table) {
    return handle
        .createQuery(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = :table AND is_generated = 'ALWAYS'")
        .bind("table", table)
        .mapTo(String.class)
        .list();
  }

  private static List<String> insertableColumns(Handle handle, String table) {
    return handle
        .createQuery(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = :table AND is_generated = 'NEVER' ORDER BY ordinal_position")
        .bind("table", table)
        .mapTo(String.class)
        .list();
  }

  private static void writeLine(Writer writer, String line) {
    try {
      writer.write(line);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing the dump failed", e);
    }
  }

  private static void flush(Writer writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the dump failed", e);
    }
  }

  /** Inserts rows table by table, in batches, enforcing the dump's table order. */
  private static final class Importer {
    private final Handle handle;
    private final Map<String, List<String>> columns;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();
    private String table;

    Importer(Handle handle, Map<String, List<String>> columns) {
      this.handle = handle;
      this.columns = columns;
      TABLES.forEach(name -> counts.put(name, 0L));
    }

    void add(JsonNode node, int lineNumber) {
      String rowTable = node.path("table").asText(null);
      JsonNode row = node.get("row");
      if (rowTable == null || !columns.containsKey(rowTable) || row == null || !row.isObject()) {
        throw new InvalidDumpException(
            lineNumber, "expected {\"table\": one of " + TABLES + ", \"row\": {…}}");
      }
      if (!rowTable.equals(table)) {
        if (table != null && TABLES.indexOf(rowTable) < TABLES.indexOf(table)) {
          throw new InvalidDumpException(
              lineNumber, rowTable + " rows after " + table + " rows: the dump is out of order");
        }
        flush();
        table = rowTable;
      }
      pending.add(row.toString());
      counts.merge(rowTable, 1L, Long::sum);
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    Map<String, Long> finish() {
      flush();
      return counts;
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      String list = String.join(", ", columns.get(table));
      PreparedBatch batch =
          handle.prepareBatch(
              "INSERT INTO "
                  + table
                  + " ("
                  + list
                  + ") OVERRIDING SYSTEM VALUE SELECT "
                  + list
                  + " FROM jsonb_populate_record(NULL::"
                  + table
                  + ", CAST(:row AS jsonb))");
      pending.forEach(row -> batch.bind("row", row).add());
      batch.execute();
      pending.clear();
    }
  }
}
