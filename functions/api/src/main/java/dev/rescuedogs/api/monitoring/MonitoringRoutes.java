package dev.rescuedogs.api.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operators only ({@code X-API-Key}): {@code /api/monitoring/scrapers}, the latest scrape sessions
 * of every organization with counts, quality, partial-failure reasons, errors and durations; {@code
 * /api/monitoring/runs} and {@code /api/monitoring/runs/{run_id}}, the weekly run summaries (per
 * organization found / added / updated / marked missing / rejected / quality / partial-failure
 * reason / duration, and the run's totals), newest first.
 */
public final class MonitoringRoutes {

  public static final int DEFAULT_SESSIONS = 5;
  public static final int MAX_SESSIONS = 20;
  public static final int DEFAULT_RUNS = 10;
  public static final int MAX_RUNS = 100;

  /**
   * Run ids are made by dispatch from the schedule time (or given by an operator): short and plain.
   */
  private static final java.util.regex.Pattern RUN_ID =
      java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

  private final ConnectionPool pool;
  private final OperatorKey key;

  public MonitoringRoutes(ConnectionPool pool, OperatorKey key) {
    this.pool = pool;
    this.key = key;
  }

  public List<Route> routes() {
    return List.of(
        new Route("/api/monitoring/scrapers", Set.of("sessions", "organization"), this::scrapers),
        new Route("/api/monitoring/runs", Set.of("limit"), this::runs),
        new Route("/api/monitoring/runs/{run_id}", Set.of(), this::run));
  }

  private HttpResponse runs(RouteRequest request) {
    key.require(request.http().headers().get("x-api-key"));
    Parameters parameters = request.parameters();
    int limit = parameters.integer("limit", 1, MAX_RUNS).orElse(DEFAULT_RUNS);
    parameters.requireValid();
    Sql sql =
        new Sql()
            .add(
                "SELECT * FROM run_summaries WHERE finalized_at IS NOT NULL"
                    + " ORDER BY started_at DESC, run_id DESC LIMIT ?",
                limit);
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    pool.withConnection(connection -> sql.list(connection, MonitoringRoutes::runSummary))
        .forEach(data::add);
    return new HttpResponse(200, HttpResponse.JSON, Json.bytes(body), Map.of(), CachePolicy.NONE);
  }

  private HttpResponse run(RouteRequest request) {
    key.require(request.http().headers().get("x-api-key"));
    request.parameters().requireValid();
    String runId = request.path("run_id");
    if (!RUN_ID.matcher(runId).matches()) {
      throw noRun(runId);
    }
    Sql sql =
        new Sql()
            .add(
                "SELECT * FROM run_summaries WHERE run_id = ? AND finalized_at IS NOT NULL", runId);
    List<ObjectNode> found =
        pool.withConnection(connection -> sql.list(connection, MonitoringRoutes::runSummary));
    if (found.isEmpty()) {
      throw noRun(runId);
    }
    return new HttpResponse(
        200, HttpResponse.JSON, Json.bytes(found.get(0)), Map.of(), CachePolicy.NONE);
  }

  private static ProblemException noRun(String runId) {
    String shown = runId.length() > 80 ? runId.substring(0, 80) + "…" : runId;
    return ProblemException.notFound(
        "No summary of run '" + shown + "': unknown, or the run has not finished yet.");
  }

  private static ObjectNode runSummary(java.sql.ResultSet row) throws java.sql.SQLException {
    ObjectNode run = Json.object();
    run.put("run_id", row.getString("run_id"));
    run.put("started_at", Json.timestamp(Rows.timestamp(row, "started_at")));
    run.put("finalized_at", Json.timestamp(Rows.timestamp(row, "finalized_at")));
    run.put("completion", row.getString("completion"));
    run.put("published_at", Json.timestamp(Rows.timestamp(row, "published_at")));
    ArrayNode expected = run.putArray("expected_organizations");
    for (String organization : Rows.textArray(row, "expected_organizations")) {
      expected.add(organization);
    }
    ObjectNode summary = (ObjectNode) Json.parse(row.getString("summary"));
    run.set("totals", summary.get("totals"));
    run.set("organizations", summary.get("organizations"));
    return run;
  }

  private HttpResponse scrapers(RouteRequest request) {
    key.require(request.http().headers().get("x-api-key"));
    Parameters parameters = request.parameters();
    int sessions = parameters.integer("sessions", 1, MAX_SESSIONS).orElse(DEFAULT_SESSIONS);
    Set<String> organizations = new LinkedHashSet<>(parameters.list("organization", 25));
    parameters.requireValid();
    Sql sql =
        new Sql()
            .add(
                "SELECT o.slug, o.name, o.active,"
                    + " (SELECT count(*) FROM dogs d WHERE d.organization_id = o.id AND d.status = 'available' AND d.active)"
                    + " AS listed_dogs,"
                    + " (SELECT max(finished_at) FROM scrape_sessions x WHERE x.organization_id = o.id AND x.status = 'success')"
                    + " AS last_success_at, s.*"
                    + " FROM organizations o LEFT JOIN LATERAL (SELECT * FROM scrape_sessions s WHERE s.organization_id = o.id"
                    + " ORDER BY s.started_at DESC, s.id DESC LIMIT ?) s ON true",
                sessions);
    if (!organizations.isEmpty()) {
      sql.add(" WHERE o.slug = ANY(?)", Sql.textArray(organizations));
    }
    sql.add(" ORDER BY o.name, o.id, s.started_at DESC, s.id DESC");
    Map<String, ObjectNode> byOrganization = new LinkedHashMap<>();
    pool.withConnection(
        connection ->
            sql.list(
                connection,
                row -> {
                  ObjectNode entry =
                      byOrganization.computeIfAbsent(
                          row.getString("slug"),
                          slug -> {
                            ObjectNode created = Json.object();
                            try {
                              ObjectNode organization = created.putObject("organization");
                              organization.put("slug", slug);
                              organization.put("name", row.getString("name"));
                              organization.put("active", row.getBoolean("active"));
                              created.put("listed_dogs", row.getLong("listed_dogs"));
                              created.put(
                                  "last_success_at",
                                  Json.timestamp(Rows.timestamp(row, "last_success_at")));
                            } catch (java.sql.SQLException e) {
                              throw new IllegalStateException(e);
                            }
                            created.putArray("sessions");
                            return created;
                          });
                  if (Rows.bigint(row, "id") != null) {
                    ((ArrayNode) entry.get("sessions")).add(session(row));
                  }
                  return null;
                }));
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    byOrganization.values().forEach(data::add);
    return new HttpResponse(200, HttpResponse.JSON, Json.bytes(body), Map.of(), CachePolicy.NONE);
  }

  private static ObjectNode session(java.sql.ResultSet row) throws java.sql.SQLException {
    ObjectNode session = Json.object();
    session.put("run_id", row.getString("run_id"));
    session.put("status", row.getString("status"));
    OffsetDateTime started = Rows.timestamp(row, "started_at");
    OffsetDateTime finished = Rows.timestamp(row, "finished_at");
    session.put("started_at", Json.timestamp(started));
    session.put("finished_at", Json.timestamp(finished));
    if (finished != null) {
      session.put("duration_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    } else {
      session.putNull("duration_seconds");
    }
    ObjectNode dogs = session.putObject("dogs");
    for (String count : List.of("found", "added", "updated", "unchanged", "rejected")) {
      dogs.put(count, row.getInt("dogs_" + count));
    }
    ObjectNode images = session.putObject("images");
    images.put("uploaded", row.getInt("images_uploaded"));
    images.put("failed", row.getInt("images_failed"));
    session.put("detail_page_failures", row.getInt("detail_page_failures"));
    session.put("quality_score", Rows.decimal(row, "quality_score"));
    session.put("partial_failure", row.getBoolean("partial_failure"));
    session.put("partial_failure_reason", row.getString("partial_failure_reason"));
    session.put("error_message", row.getString("error_message"));
    session.set("metrics", Json.parse(row.getString("metrics")));
    return session;
  }
}
