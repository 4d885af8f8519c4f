package dev.rescuedogs.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local gateway hands routed requests to the function, as API Gateway does, and no others. */
class ApiServerRoutingTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<APIGatewayV2HTTPEvent> received = new CopyOnWriteArrayList<>();
  private ApiServer server;

  @BeforeEach
  void start() {
    server =
        ApiServer.start(
            (event, context) -> {
              received.add(event);
              return APIGatewayV2HTTPResponse.builder()
                  .withStatusCode(200)
                  .withHeaders(Map.of("Content-Type", "text/plain"))
                  .withBody(event.getRouteKey())
                  .build();
            },
            HttpApiRoutes.fromTemplate(HttpApiRoutesTest.testTemplate()),
            0,
            4);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRoutedRequestReachesTheFunctionWithItsRouteKeyAndParameters() throws Exception {
    HttpResponse<String> response = get("/api/animals/rex-7/history?limit=2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("GET /api/animals/{slug}/history");
    APIGatewayV2HTTPEvent event = received.get(0);
    assertThat(event.getPathParameters()).isEqualTo(Map.of("slug", "rex-7"));
    assertThat(event.getRequestContext().getRouteKey())
        .isEqualTo("GET /api/animals/{slug}/history");
    assertThat(event.getRawPath()).isEqualTo("/api/animals/rex-7/history");
    assertThat(event.getRawQueryString()).isEqualTo("limit=2");
  }

  @Test
  void anUnroutedRequestGetsTheGatewaysNotFoundWithoutReachingTheFunction() throws Exception {
    HttpResponse<String> unknownPath = get("/nowhere");
    HttpResponse<String> unknownMethod =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/animals")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(unknownPath.statusCode()).isEqualTo(404);
    assertThat(unknownPath.body()).isEqualTo("{\"message\":\"Not Found\"}");
    assertThat(unknownPath.headers().firstValue("content-type")).contains("application/json");
    assertThat(unknownMethod.statusCode()).isEqualTo(404);
    assertThat(received).isEmpty();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
