package dev.rescuedogs.local.serve;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Translates between HTTP exchanges and API Gateway HTTP API (payload format 2.0) events the way
 * API Gateway does: the route's key and path parameters, raw path and raw query string as received,
 * {@code queryStringParameters} decoded with repeated names joined by commas, header names
 * lower-cased (repeated headers comma-joined), and the request context's method, path, protocol,
 * source IP and user agent.
 */
final class GatewayEvents {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private GatewayEvents() {}

  /** The event of a request that takes {@code target}'s route. */
  static APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, HttpApiRoutes.Target target)
      throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      headers.put(header.getKey().toLowerCase(Locale.ROOT), String.join(",", header.getValue()));
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    String host = headers.getOrDefault("host", "localhost");
    Instant now = Instant.now();
    String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey(target.routeKey())
        .withRawPath(rawPath == null || rawPath.isEmpty() ? "/" : rawPath)
        .withRawQueryString(rawQuery == null ? "" : rawQuery)
        .withQueryStringParameters(queryMap(rawQuery))
        .withPathParameters(target.pathParameters().isEmpty() ? null : target.pathParameters())
        .withHeaders(headers)
        .withBody(body.length == 0 ? null : Base64.getEncoder().encodeToString(body))
        .withIsBase64Encoded(body.length > 0)
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(UUID.randomUUID().toString())
                .withRouteKey(target.routeKey())
                .withStage("$default")
                .withApiId("local")
                .withAccountId("local")
                .withDomainName(host.replaceFirst(":\\d+$", ""))
                .withDomainPrefix("local")
                .withTime(TIME.format(now))
                .withTimeEpoch(now.toEpochMilli())
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(exchange.getRequestMethod())
                        .withPath(rawPath)
                        .withProtocol(exchange.getProtocol())
                        .withSourceIp(sourceIp)
                        .withUserAgent(headers.get("user-agent"))
                        .build())
                .build())
        .build();
  }

  /**
   * API Gateway's decoded parameter map: repeated names are joined with commas; null when empty.
   */
  static Map<String, String> queryMap(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
      parameters.merge(name, value, (first, second) -> first + "," + second);
    }
    return parameters.isEmpty() ? null : parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // API Gateway passes malformed escapes through; the handler reports them from the raw string.
      return text;
    }
  }

  /** Writes the function's response to the exchange. */
  static void send(APIGatewayV2HTTPResponse response, HttpExchange exchange) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach(headers::set);
    }
    if (response.getMultiValueHeaders() != null) {
      response
          .getMultiValueHeaders()
          .forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
    }
    byte[] body =
        response.getBody() == null
            ? new byte[0]
            : response.getIsBase64Encoded()
                ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
    int status = response.getStatusCode();
    boolean noBody =
        exchange.getRequestMethod().equalsIgnoreCase("HEAD")
            || status == 204
            || status == 304
            || body.length == 0;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }
}
