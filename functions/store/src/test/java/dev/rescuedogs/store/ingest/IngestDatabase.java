package dev.rescuedogs.store.ingest;

import static dev.rescuedogs.store.StoreFixtures.config;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Queries the ingestion tests read their results with. */
final class IngestDatabase {

  private final Jdbi jdbi;

  IngestDatabase(DataSource dataSource) {
    this.jdbi = Database.jdbi(dataSource);
  }

  /** Migrates, empties every table and syncs the given organizations (by config id). */
  static IngestDatabase reset(DataSource dataSource, String... organizations) {
    Migrations.migrate(dataSource);
    IngestDatabase database = new IngestDatabase(dataSource);
    database.jdbi.useHandle(
        handle ->
            handle.execute(
                "TRUNCATE organizations, organization_locations, service_regions, dogs,"
                    + " dog_images, scrape_sessions, dog_events RESTART IDENTITY CASCADE"));
    new OrganizationSync(dataSource)
        .sync(java.util.Arrays.stream(organizations).map(id -> config(id, id)).toList());
    return database;
  }

  /** A timestamptz value of a row map as an instant. */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return ((OffsetDateTime) value).toInstant();
  }

  Jdbi jdbi() {
    return jdbi;
  }

  Map<String, Object> dog(String externalId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT d.*, properties::text AS properties_json FROM dogs d"
                        + " WHERE external_id = :id")
                .bind("id", externalId)
                .mapToMap()
                .one());
  }

  /** "status/confidence/missing/active" of a dog. */
  String availability(String externalId) {
    Map<String, Object> dog = dog(externalId);
    return dog.get("status")
        + "/"
        + dog.get("availability_confidence")
        + "/"
        + dog.get("consecutive_runs_missing")
        + "/"
        + (Boolean.TRUE.equals(dog.get("active")) ? "active" : "inactive");
  }

  /** The dog's events in order: "type", "type field", with old → new values as JSON. */
  List<String> events(String externalId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT e.event_type || coalesce(' ' || e.field, '')"
                        + " || coalesce(' ' || e.old_value::text, '')"
                        + " || coalesce(' -> ' || e.new_value::text, '') AS line"
                        + " FROM dog_events e JOIN dogs d ON d.id = e.dog_id"
                        + " WHERE d.external_id = :id ORDER BY e.id")
                .bind("id", externalId)
                .mapTo(String.class)
                .list());
  }

  /** Event lines of one session (by run id) for a dog. */
  List<String> events(String externalId, String runId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT e.event_type || coalesce(' ' || e.field, '')"
                        + " || coalesce(' ' || e.old_value::text, '')"
                        + " || coalesce(' -> ' || e.new_value::text, '') AS line"
                        + " FROM dog_events e JOIN dogs d ON d.id = e.dog_id"
                        + " JOIN scrape_sessions s ON s.id = e.session_id"
                        + " WHERE d.external_id = :id AND s.run_id = :run ORDER BY e.id")
                .bind("id", externalId)
                .bind("run", runId)
                .mapTo(String.class)
                .list());
  }

  Map<String, Object> session(String runId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT s.*, metrics::text AS metrics_json FROM scrape_sessions s"
                        + " WHERE run_id = :run")
                .bind("run", runId)
                .mapToMap()
                .one());
  }

  long count(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  List<String> strings(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
  }

  void execute(String sql) {
    jdbi.useHandle(handle -> handle.execute(sql));
  }
}
