package dev.rescuedogs.api.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * Sends API Gateway HTTP API (payload 2.0) events through the Lambda handler, shaped as the gateway
 * shapes them: raw path and raw query string, the query map with repeated names comma-joined,
 * lower-case header names.
 */
public final class ApiClient {

  private final ApiHandler handler;

  public ApiClient(ApiHandler handler) {
    this.handler = handler;
  }

  public Response get(String pathAndQuery) {
    return send("GET", pathAndQuery, Map.of());
  }

  public Response get(String pathAndQuery, Map<String, String> headers) {
    return send("GET", pathAndQuery, headers);
  }

  public Response send(String method, String pathAndQuery, Map<String, String> headers) {
    APIGatewayV2HTTPEvent event = event(method, pathAndQuery, headers);
    return new Response(handler.handleRequest(event, null));
  }

  /** The event API Gateway would send for this request. */
  public static APIGatewayV2HTTPEvent event(
      String method, String pathAndQuery, Map<String, String> headers) {
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      map.merge(name, value, (a, b) -> a + "," + b);
    }
    Map<String, String> lowerHeaders = new HashMap<>();
    lowerHeaders.put("host", "api.example.org");
    lowerHeaders.put("x-forwarded-proto", "https");
    headers.forEach(
        (name, value) -> lowerHeaders.put(name.toLowerCase(java.util.Locale.ROOT), value));
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withRawQueryString(query)
        .withQueryStringParameters(map.isEmpty() ? null : map)
        .withHeaders(lowerHeaders)
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(UUID.randomUUID().toString())
                .withStage("$default")
                .withDomainName("api.example.org")
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method)
                        .withPath(path)
                        .withProtocol("HTTP/1.1")
                        .withSourceIp("203.0.113.9")
                        .build())
                .build())
        .build();
  }

  /** A handler response with its body decoded (gunzipped when compressed). */
  public static final class Response {
    public final APIGatewayV2HTTPResponse raw;

    public Response(APIGatewayV2HTTPResponse raw) {
      this.raw = raw;
    }

    public int status() {
      return raw.getStatusCode();
    }

    public String header(String name) {
      return raw.getHeaders() == null ? null : raw.getHeaders().get(name);
    }

    public String body() {
      if (raw.getBody() == null) {
        return "";
      }
      if (!raw.getIsBase64Encoded()) {
        return raw.getBody();
      }
      byte[] bytes = Base64.getDecoder().decode(raw.getBody());
      if ("gzip".equals(header("Content-Encoding"))) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      return Json.parse(body());
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
