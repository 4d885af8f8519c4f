package dev.rescuedogs.api.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The run summaries the standardization writes, as operators read them. */
class RunSummaryRoutesTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Map<String, String> KEY = Map.of("X-API-Key", CatalogFixture.ADMIN_KEY);

  static ApiClient api;

  @BeforeAll
  static void seed() {
    CatalogFixture.seed(db.dataSource());
    // The fixture's run-1 has a session of each of these three: the last finished one writes it.
    new RunSummaries(db.dataSource(), Clock.systemUTC())
        .organizationFinished("run-1", List.of("happy-paws", "rean", "galgos-del-sol"));
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  @Test
  void theRunsAreListedWithTheirOrganizationsAndTotals() {
    Response response = api.get("/api/monitoring/runs?limit=5", KEY);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    JsonNode run = response.json().get("data").get(0);
    assertThat(run.get("run_id").asText()).isEqualTo("run-1");
    assertThat(run.get("completion").asText()).isEqualTo("complete");
    assertThat(run.get("published_at").isNull()).isTrue();
    assertThat(run.at("/totals/organizations").asInt()).isEqualTo(3);
    assertThat(run.at("/totals/found").asInt()).isEqualTo(9);
    assertThat(run.at("/totals/warnings").asInt()).isEqualTo(1);
    assertThat(run.at("/totals/errors").asInt()).isEqualTo(1);
    assertThat(run.get("organizations").findValuesAsText("status"))
        .containsExactly("error", "success", "warning");
    JsonNode paws = run.get("organizations").get(1);
    assertThat(paws.get("organization").asText()).isEqualTo("happy-paws");
    assertThat(paws.get("duration_seconds").isNull() || paws.get("duration_seconds").isNumber())
        .isTrue();
    assertThat(run.get("organizations").get(0).get("error").asText())
        .isEqualTo("listing page returned 503");
  }

  @Test
  void oneRunIsFoundByItsId_andAnUnknownOrUnfinishedRunIs404() {
    assertThat(api.get("/api/monitoring/runs/run-1", KEY).json().get("run_id").asText())
        .isEqualTo("run-1");

    Response unknown = api.get("/api/monitoring/runs/run-2", KEY);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("/api/monitoring/runs/..%2Fetc", KEY).status()).isEqualTo(404);
  }

  @Test
  void theOperatorKeyIsRequiredAndParametersAreChecked() {
    assertThat(api.get("/api/monitoring/runs").status()).isEqualTo(401);
    assertThat(api.get("/api/monitoring/runs/run-1").status()).isEqualTo(401);

    Response tooMany = api.get("/api/monitoring/runs?limit=500", KEY);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().at("/invalid_params/0/name").asText()).isEqualTo("limit");
    assertThat(api.get("/api/monitoring/runs?color=red", KEY).status()).isEqualTo(400);
  }
}
