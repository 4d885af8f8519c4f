package dev.rescuedogs.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.local.RescueDogsCommand;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code rescuedogs serve} on a random port, routed by a SAM template, called over real HTTP. */
class ServeCommandTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static ServeCommand command;
  static Thread running;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Migrations.migrate(db.dataSource());
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO organizations (config_id, slug, name, website_url, country, ships_to)"
              + " VALUES ('happy-paws', 'happy-paws', 'Happy Paws', 'https://paws.example.org', 'DE', '{DE,AT}')");
      statement.execute(
          "INSERT INTO dogs (organization_id, external_id, slug, name, adoption_url, standardized_size,"
              + " size_source, sex, description) SELECT o.id, 'd' || n, 'dog-' || n, 'Dog ' || n, 'https://paws.example.org/' || n,"
              + " CASE WHEN n % 2 = 0 THEN 'Small' ELSE 'Large' END, 'stated', 'Female',"
              + " repeat('A calm and friendly dog. ', 10) FROM organizations o, generate_series(1, 30) n");
    }
    command = new ServeCommand();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(new StringWriter()));
    String template = HttpApiRoutesTest.testTemplate().toString();
    running =
        new Thread(
            () ->
                commandLine.execute(
                    "--port",
                    "0",
                    "--database-url",
                    db.databaseUrl(),
                    "--allowed-origins",
                    "https://rescuedogs.example",
                    "--template",
                    template),
            "serve-under-test");
    running.setDaemon(true);
    running.start();
    assertThat(command.started.await(60, TimeUnit.SECONDS)).isTrue();
    base = command.server.url();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    command.stop.countDown();
    running.join(10_000);
  }

  static HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> response) throws Exception {
    byte[] body = response.body();
    if (response.headers().firstValue("content-encoding").orElse("").equals("gzip")) {
      body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
    }
    return JSON.readTree(body);
  }

  @Test
  void servesTheCatalogThroughTheLambdaHandler() throws Exception {
    HttpResponse<byte[]> response = get("/api/animals?size=small&limit=5");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .contains("application/json; charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.get("data")).hasSize(5);
    assertThat(body.at("/pagination/total").asLong()).isEqualTo(15);
    assertThat(json(get(body.at("/links/next").asText())).get("data")).hasSize(5);
    assertThat(command.server.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void repeatedParameters_reachTheHandlerAsApiGatewaySendsThem() throws Exception {
    assertThat(
            json(get("/api/animals?size=small&size=large&limit=100"))
                .at("/pagination/total")
                .asLong())
        .isEqualTo(30);
    HttpResponse<byte[]> repeatedScalar = get("/api/animals?limit=1&limit=2");
    assertThat(repeatedScalar.statusCode()).isEqualTo(400);
    assertThat(repeatedScalar.headers().firstValue("content-type"))
        .contains("application/problem+json; charset=utf-8");
    assertThat(json(repeatedScalar).at("/invalid_params/0/name").asText()).isEqualTo("limit");
  }

  @Test
  void etagsCompressionCorsAndHead_surviveTheRoundTrip() throws Exception {
    HttpResponse<byte[]> first =
        get(
            "/api/animals?limit=30",
            "Accept-Encoding",
            "gzip",
            "Origin",
            "https://rescuedogs.example");
    assertThat(first.headers().firstValue("content-encoding")).contains("gzip");
    assertThat(json(first).get("data")).hasSize(30);
    assertThat(first.headers().firstValue("access-control-allow-origin"))
        .contains("https://rescuedogs.example");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<byte[]> again = get("/api/animals?limit=30", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    HttpResponse<Void> head =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    HttpResponse<String> preflight =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/animals"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://rescuedogs.example")
                .header("Access-Control-Request-Method", "GET")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("access-control-allow-methods"))
        .contains("GET, HEAD, OPTIONS");
  }

  @Test
  void unroutedPathsAndMethods_getTheGatewaysNotFound() throws Exception {
    HttpResponse<byte[]> nowhere = get("/nowhere");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(json(nowhere).get("message").asText()).isEqualTo("Not Found");
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/animals"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(post.body()).get("message").asText()).isEqualTo("Not Found");
  }

  @Test
  void routedPathsTheCatalogDoesNotKnow_areProblems() throws Exception {
    HttpResponse<byte[]> unknownDog = get("/api/animals/no-such-dog");
    assertThat(unknownDog.statusCode()).isEqualTo(404);
    assertThat(unknownDog.headers().firstValue("content-type"))
        .contains("application/problem+json; charset=utf-8");
  }

  @Test
  void gatewayQueryMap_joinsRepeatsWithCommas() {
    assertThat(GatewayEvents.queryMap("a=1&a=2&b=x%20y&c"))
        .isEqualTo(Map.of("a", "1,2", "b", "x y", "c", ""));
    assertThat(GatewayEvents.queryMap("")).isNull();
    assertThat(GatewayEvents.queryMap("bad=%zz")).containsEntry("bad", "%zz");
  }

  @Test
  void isASubCommandOfTheTool() {
    assertThat(RescueDogsCommand.newCommandLine().getSubcommands()).containsKey("serve");
  }
}
