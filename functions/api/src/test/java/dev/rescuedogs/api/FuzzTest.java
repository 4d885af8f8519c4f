package dev.rescuedogs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of generated hostile or malformed requests (SQL and script payloads, huge values,
 * unicode, wrong types, repeated and unknown parameters, odd methods and headers) against every
 * route: never a 5xx, and every 4xx is a well-formed problem document.
 */
class FuzzTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final long SEED = 20260301L;
  static final int REQUESTS = 4000;
  static final Duration BUDGET = Duration.ofMinutes(2);

  static final String[] HOSTILE = {
    "'",
    "\"",
    "' OR '1'='1",
    "'; DROP TABLE dogs; --",
    "1 UNION SELECT password FROM pg_shadow",
    "1;SELECT pg_sleep(10)",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "%",
    "%%",
    "_",
    "\\",
    "\\'",
    "*",
    "NaN",
    "Infinity",
    "-1",
    "0",
    "-0",
    "1e309",
    "9223372036854775808",
    "-9223372036854775809",
    "0x1F",
    "1.5",
    "00001",
    "true",
    "null",
    "undefined",
    "[]",
    "{}",
    "[\"a\"]",
    " ",
    "\t",
    "\u0000",
    "\u202Egnp.exe",
    "🐕🐶🦮",
    "Ñandú",
    "ß",
    "İstanbul",
    "日本語",
    "ﷺ",
    "\uFFFF",
    "../../etc/passwd",
    "..%2F..%2F",
    "%00",
    "%ff%fe",
    "%C3%28",
    "%",
    "%G1",
    "a,b,,c",
    ",,,",
    "small,SMALL,Small",
    "available,all",
    "51.5,-0.1",
    "91,181",
    "-90,-180",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "2026-03-01T25:00:00Z",
    "W/\"x\"",
    "x".repeat(99),
    "y".repeat(101),
    "z".repeat(501),
    "é".repeat(300),
    "a=b",
    "a&b",
    "a#b",
    "a+b",
    "+",
    "=",
    "?",
    "/",
    "..",
    ".",
  };

  static final String[] PARAMETER_NAMES = {
    "breed",
    "breed_group",
    "breed_type",
    "sex",
    "size",
    "age_category",
    "organization",
    "location_country",
    "available_to",
    "availability_confidence",
    "status",
    "good_with_dogs",
    "good_with_cats",
    "good_with_children",
    "q",
    "near",
    "distance_km",
    "added_since",
    "sort",
    "seed",
    "limit",
    "cursor",
    "ids",
    "country",
    "sessions",
    "page",
    "offset",
    "search",
    "__proto__",
    "constructor",
    "LIMIT",
    "limit[]",
    "",
    "a".repeat(300),
    "q\u0000",
  };

  static ApiClient api;
  static List<String> patterns = new ArrayList<>();

  @BeforeAll
  static void seed() {
    CatalogFixture fixture = CatalogFixture.seed(db.dataSource());
    ApiHandler handler = CatalogFixture.handler(db.dataSource());
    api = new ApiClient(handler);
    CatalogApi catalog =
        new CatalogApi(
            ApiSettings.fromEnvironment(Map.of()),
            dev.rescuedogs.api.db.ConnectionPool.single(db.dataSource()),
            java.time.Clock.systemUTC());
    for (Route route : catalog.router().routes()) {
      patterns.add(route.pattern());
    }
    patterns.add("/api/animals/" + fixture.slug("Buddy"));
  }

  @Test
  void hostileRequests_neverFail_andEveryErrorIsAProblemDocument() {
    Random random = new Random(SEED);
    long deadline = System.nanoTime() + BUDGET.toNanos();
    Map<Integer, Integer> statuses = new HashMap<>();
    int sent = 0;
    for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
      String method =
          pick(
              random,
              new String[] {
                "GET", "GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE", "PATCH", "get"
              });
      String target = path(random) + query(random);
      Map<String, String> headers = headers(random);
      Response response = api.send(method, target, headers);
      statuses.merge(response.status(), 1, Integer::sum);

      String context = method + " " + target + " " + headers + " -> " + response;
      assertThat(response.status()).as(context).isLessThan(500);
      if (response.status() >= 400 && !method.equals("HEAD")) {
        assertThat(response.header("Content-Type"))
            .as(context)
            .isEqualTo("application/problem+json; charset=utf-8");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).as(context).startsWith("/api/problems/");
        assertThat(problem.get("title").asText()).as(context).isNotBlank();
        assertThat(problem.get("status").asInt()).as(context).isEqualTo(response.status());
        assertThat(problem.get("detail").asText()).as(context).isNotBlank();
        assertThat(problem.has("instance")).as(context).isTrue();
        if (response.status() == 400) {
          assertThat(problem.get("invalid_params")).as(context).isNotEmpty();
        }
        assertThat(response.body())
            .as(context)
            .doesNotContain("SQLException", "PSQLException", "at dev.", "ERROR:");
      }
    }
    assertThat(sent).isGreaterThanOrEqualTo(1000);
    assertThat(statuses).containsKeys(200, 400, 404, 405);
  }

  static String path(Random random) {
    String pattern = patterns.get(random.nextInt(patterns.size()));
    StringBuilder path = new StringBuilder();
    for (String segment : pattern.substring(1).split("/", -1)) {
      path.append('/');
      if (segment.startsWith("{") || random.nextInt(25) == 0) {
        String hostile = pick(random, HOSTILE);
        path.append(
            random.nextBoolean()
                ? encode(hostile)
                : hostile.replace("?", "").replace("#", "").replace("/", ""));
      } else {
        path.append(segment);
      }
    }
    if (random.nextInt(20) == 0) {
      path.append('/');
    }
    return path.toString();
  }

  static String query(Random random) {
    int count = random.nextInt(6);
    if (count == 0) {
      return random.nextInt(10) == 0 ? "?" : "";
    }
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = pick(random, PARAMETER_NAMES);
      String value = pick(random, HOSTILE);
      switch (random.nextInt(4)) {
        case 0 ->
            pairs.add(
                encode(name)
                    + "="
                    + value.replace("&", "%26").replace("#", "%23").replace(" ", "%20"));
        case 1 -> pairs.add(encode(name) + "=" + encode(value));
        case 2 -> {
          pairs.add(encode(name) + "=" + encode(value));
          pairs.add(encode(name) + "=" + encode(pick(random, HOSTILE)));
        }
        default -> pairs.add(name.replace("&", "").replace("#", "").replace(" ", "+"));
      }
    }
    if (random.nextInt(50) == 0) {
      pairs.add("x=" + "a".repeat(5000));
    }
    return "?" + String.join("&", pairs);
  }

  static Map<String, String> headers(Random random) {
    Map<String, String> headers = new HashMap<>();
    if (random.nextBoolean()) {
      headers.put(
          "If-None-Match",
          pick(random, new String[] {"*", "W/\"abc\"", "\"", "", "garbage, , ,", "W/"}));
    }
    if (random.nextBoolean()) {
      headers.put(
          "Accept-Encoding",
          pick(random, new String[] {"gzip", "gzip;q=0", "br;q=1, gzip;q=0.001", ";;;", "*"}));
    }
    if (random.nextBoolean()) {
      headers.put(
          "Origin",
          pick(
              random,
              new String[] {"https://rescuedogs.example", "null", "https://evil.example", ""}));
    }
    if (random.nextInt(4) == 0) {
      headers.put("X-API-Key", pick(random, HOSTILE));
    }
    if (random.nextInt(10) == 0) {
      headers.put("Host", pick(random, HOSTILE));
    }
    return headers;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
