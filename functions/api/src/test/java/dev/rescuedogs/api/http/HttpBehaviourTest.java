package dev.rescuedogs.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Validators, caching, CORS, security headers, compression and method handling. */
class HttpBehaviourTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static ApiHandler handler;
  static ApiClient api;

  @BeforeAll
  static void seed() {
    CatalogFixture.seed(db.dataSource());
    handler = CatalogFixture.handler(db.dataSource());
    api = new ApiClient(handler);
  }

  @Test
  void etag_andConditionalGet_give304WithoutBody() {
    Response first = api.get("/api/animals?size=small");
    String etag = first.header("ETag");

    assertThat(etag).matches("W/\"[A-Za-z0-9_-]+\"");
    Response again = api.get("/api/animals?size=small", Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(again.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
    assertThat(
            api.get(
                    "/api/animals?size=small",
                    Map.of("If-None-Match", "\"other\", " + etag.substring(2)))
                .status())
        .isEqualTo(304);
    assertThat(api.get("/api/animals?size=small", Map.of("If-None-Match", "*")).status())
        .isEqualTo(304);
    assertThat(api.get("/api/animals?size=small", Map.of("If-None-Match", "W/\"stale\"")).status())
        .isEqualTo(200);
    assertThat(api.get("/api/animals?size=large").header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void everySuccessfulGet_hasAnEtag_errorsHaveNone() {
    for (String path :
        new String[] {
          "/api/animals",
          "/api/animals/meta/breeds",
          "/api/organizations",
          "/api/animals/statistics",
          "/api/openapi.json",
          "/api/feeds/animals.atom",
          "/api/problems/not-found"
        }) {
      Response response = api.get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.header("ETag")).as(path).isNotNull();
    }
    assertThat(api.get("/api/animals?limit=0").header("ETag")).isNull();
  }

  @Test
  void cachePolicies_perRoute() {
    assertThat(api.get("/api/animals").header("Cache-Control"))
        .isEqualTo("public, max-age=300, stale-while-revalidate=60");
    assertThat(api.get("/api/animals/meta/filter_counts").header("Cache-Control"))
        .isEqualTo("public, max-age=300, stale-while-revalidate=60");
    assertThat(api.get("/api/openapi.json").header("Cache-Control"))
        .isEqualTo("public, max-age=86400, stale-while-revalidate=3600");
    assertThat(api.get("/api/nothing").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void securityHeaders_onEveryResponse() {
    for (Response response :
        new Response[] {
          api.get("/api/animals"), api.get("/nope"), api.send("DELETE", "/api/animals", Map.of())
        }) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.header("Content-Security-Policy"))
          .contains("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
      assertThat(response.header("Vary")).contains("Origin").contains("Accept-Encoding");
    }
  }

  @Test
  void cors_allowsConfiguredOriginsOnly() {
    Response allowed = api.get("/api/animals", Map.of("Origin", "https://rescuedogs.example"));
    Response other = api.get("/api/animals", Map.of("Origin", "https://evil.example"));

    assertThat(allowed.header("Access-Control-Allow-Origin"))
        .isEqualTo("https://rescuedogs.example");
    assertThat(allowed.header("Access-Control-Expose-Headers")).contains("ETag");
    assertThat(other.header("Access-Control-Allow-Origin")).isNull();

    Response preflight =
        api.send(
            "OPTIONS",
            "/api/animals",
            Map.of("Origin", "http://localhost:3000", "Access-Control-Request-Method", "GET"));
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("3600");
    Response refused =
        api.send("OPTIONS", "/api/animals", Map.of("Origin", "https://evil.example"));
    assertThat(refused.header("Access-Control-Allow-Methods")).isNull();
    assertThat(
            api.send("OPTIONS", "/api/nowhere", Map.of("Origin", "http://localhost:3000")).status())
        .isEqualTo(404);
  }

  @Test
  void allowedOrigins_wildcard_andInvalidSettingsFailFast() {
    assertThat(AllowedOrigins.parse("*").allow("https://any.example")).contains("*");
    assertThat(AllowedOrigins.parse("").allow("https://any.example")).isEmpty();
    assertThat(
            AllowedOrigins.parse("https://a.example/, HTTP://B.example:8080")
                .allow("http://b.example:8080"))
        .isPresent();
    assertThatThrownBy(() -> AllowedOrigins.parse("rescuedogs.example"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gzip_whenAcceptedAndLarge() {
    Response compressed = api.get("/api/animals", Map.of("Accept-Encoding", "br, gzip;q=0.8"));
    Response plain = api.get("/api/animals");
    Response refused = api.get("/api/animals", Map.of("Accept-Encoding", "gzip;q=0"));
    Response small = api.get("/api/animals?size=xlarge", Map.of("Accept-Encoding", "gzip"));

    assertThat(compressed.raw.getIsBase64Encoded()).isTrue();
    assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(compressed.body()).isEqualTo(plain.body());
    assertThat(compressed.header("ETag")).isEqualTo(plain.header("ETag"));
    assertThat(plain.raw.getIsBase64Encoded()).isFalse();
    assertThat(refused.header("Content-Encoding")).isNull();
    assertThat(small.header("Content-Encoding")).isNull();
    assertThat(ResponseFinisher.acceptsGzip("*")).isTrue();
    assertThat(ResponseFinisher.acceptsGzip("deflate")).isFalse();
  }

  @Test
  void unknownPath_404_unsupportedMethod_405() {
    Response missing = api.get("/api/dogs");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("title").asText()).isEqualTo("Not found");

    Response post = api.send("POST", "/api/animals", Map.of());
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(post.json().get("status").asInt()).isEqualTo(405);
  }

  @Test
  void head_ofAnyRoute_hasHeadersWithoutBody() {
    Response head = api.send("HEAD", "/api/animals", Map.of());
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("ETag")).isEqualTo(api.get("/api/animals").header("ETag"));
  }

  @Test
  void namedStagePrefix_andMissingRawQueryString_areHandled() {
    APIGatewayV2HTTPEvent event = ApiClient.event("GET", "/prod/api/animals?size=small", Map.of());
    event.getRequestContext().setStage("prod");
    assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(200);

    APIGatewayV2HTTPEvent mapOnly = ApiClient.event("GET", "/api/animals?size=huge", Map.of());
    mapOnly.setRawQueryString(null);
    assertThat(handler.handleRequest(mapOnly, null).getStatusCode()).isEqualTo(400);
  }

  @Test
  void problemTypes_areDocumented() {
    Response response = api.get("/api/problems/invalid-parameters");
    assertThat(response.json().get("status").asInt()).isEqualTo(400);
    assertThat(response.json().get("description").asText()).contains("invalid_params");
    assertThat(api.get("/api/problems/nope").status()).isEqualTo(404);
  }

  @Test
  void tooLongQueryString_is414Problem() {
    Response response = api.get("/api/animals?q=" + "x".repeat(5000));
    assertThat(response.status()).isEqualTo(414);
    assertThat(response.json().get("type").asText()).isEqualTo("/api/problems/uri-too-long");
  }
}
