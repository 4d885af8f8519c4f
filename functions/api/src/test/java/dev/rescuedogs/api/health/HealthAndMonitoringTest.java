package dev.rescuedogs.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /health, the operators' endpoint, and behaviour when the database is gone. */
class HealthAndMonitoringTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static ApiClient api;

  @BeforeAll
  static void seed() {
    CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  /** An API whose database does not answer (nothing listens on the port). */
  static ApiClient apiWithoutDatabase(Map<String, String> env) {
    ConnectionSettings nowhere =
        new ConnectionSettings("127.0.0.1", 9, "nothing", "nobody", null, Map.of());
    ConnectionPool pool =
        new ConnectionPool(Database.dataSource(nowhere), 1, Duration.ofSeconds(2));
    return new ApiClient(
        new ApiHandler(new CatalogApi(ApiSettings.fromEnvironment(env), pool, Clock.systemUTC())));
  }

  @Test
  void health_reportsDatabaseAndLastSuccessfulRun() {
    Response response = api.get("/health");

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("status").asText()).isEqualTo("healthy");
    assertThat(body.at("/database/status").asText()).isEqualTo("connected");
    assertThat(body.at("/database/response_time_ms").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(body.get("last_successful_run_at").asText()).matches("\\d{4}-.*Z");
    assertThat(body.get("version").asText()).isNotBlank();
    assertThat(body.get("timestamp").asText()).endsWith("Z");
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void health_head_hasNoBody() {
    Response response = api.send("HEAD", "/health", Map.of());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void health_withoutDatabase_isUnhealthy503_withoutDetails() {
    Response response = apiWithoutDatabase(Map.of()).get("/health");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json().get("status").asText()).isEqualTo("unhealthy");
    assertThat(response.json().at("/database/status").asText()).isEqualTo("unavailable");
    assertThat(response.body()).doesNotContain("127.0.0.1", "Connection", "Exception");
  }

  @Test
  void everyDataEndpoint_withoutDatabase_answers503Problem() {
    ApiClient down = apiWithoutDatabase(Map.of("ADMIN_API_KEY", "k".repeat(20)));
    for (String path :
        List.of(
            "/api/animals",
            "/api/animals/buddy-1",
            "/api/animals/1",
            "/api/animals/buddy-1/history",
            "/api/animals/random",
            "/api/animals/batch?ids=1",
            "/api/animals/meta/breeds",
            "/api/animals/meta/filter_counts",
            "/api/animals/statistics",
            "/api/organizations",
            "/api/organizations/rean",
            "/api/feeds/animals.atom")) {
      Response response = down.get(path);
      assertThat(response.status()).as(path).isEqualTo(503);
      assertThat(response.header("Retry-After")).isEqualTo("30");
      assertThat(response.header("Content-Type"))
          .isEqualTo("application/problem+json; charset=utf-8");
      assertThat(response.json().get("type").asText())
          .isEqualTo("/api/problems/service-unavailable");
      assertThat(response.body())
          .doesNotContain("127.0.0.1", "SQL", "Exception", "jdbc", "postgres");
    }
    assertThat(down.get("/api/monitoring/scrapers", Map.of("X-API-Key", "k".repeat(20))).status())
        .isEqualTo(503);
    assertThat(down.get("/api/openapi.json").status()).isEqualTo(200);
  }

  @Test
  void monitoring_requiresTheOperatorKey() {
    Response missing = api.get("/api/monitoring/scrapers");
    Response wrong = api.get("/api/monitoring/scrapers", Map.of("X-API-Key", "guess"));
    Response almost =
        api.get("/api/monitoring/scrapers", Map.of("X-API-Key", CatalogFixture.ADMIN_KEY + "x"));

    for (Response response : List.of(missing, wrong, almost)) {
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.json().get("type").asText())
          .isEqualTo("/api/problems/authentication-required");
      assertThat(response.header("WWW-Authenticate")).contains("X-API-Key");
    }
  }

  @Test
  void monitoring_withoutAConfiguredKey_is503NeverOpen() {
    ApiClient unconfigured =
        new ApiClient(CatalogFixture.handler(db.dataSource(), Map.of("ADMIN_API_KEY", "")));
    Response response = unconfigured.get("/api/monitoring/scrapers", Map.of("X-API-Key", ""));
    assertThat(response.status()).isEqualTo(503);
  }

  @Test
  void monitoring_listsLatestSessionsPerOrganization() {
    Response response =
        api.get(
            "/api/monitoring/scrapers?sessions=3", Map.of("X-API-Key", CatalogFixture.ADMIN_KEY));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    JsonNode data = response.json().get("data");
    assertThat(data).hasSize(4);
    JsonNode rean = null;
    for (JsonNode entry : data) {
      if (entry.at("/organization/slug").asText().equals("rean")) {
        rean = entry;
      }
    }
    assertThat(rean).isNotNull();
    JsonNode session = rean.get("sessions").get(0);
    assertThat(session.get("status").asText()).isEqualTo("warning");
    assertThat(session.get("partial_failure").asBoolean()).isTrue();
    assertThat(session.get("partial_failure_reason").asText()).contains("under half");
    assertThat(session.get("duration_seconds").asDouble()).isEqualTo(40.0);
    assertThat(session.at("/dogs/found").asInt()).isEqualTo(1);
    assertThat(rean.get("last_success_at").isNull()).isTrue();
    JsonNode filtered =
        api.get(
                "/api/monitoring/scrapers?organization=galgos-del-sol",
                Map.of("X-API-Key", CatalogFixture.ADMIN_KEY))
            .json();
    assertThat(filtered.get("data")).hasSize(1);
    assertThat(filtered.at("/data/0/sessions/0/error_message").asText())
        .isEqualTo("listing page returned 503");
    assertThat(
            api.get(
                    "/api/monitoring/scrapers?sessions=99",
                    Map.of("X-API-Key", CatalogFixture.ADMIN_KEY))
                .status())
        .isEqualTo(400);
  }
}
