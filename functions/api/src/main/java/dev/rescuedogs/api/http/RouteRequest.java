package dev.rescuedogs.api.http;

import java.util.Map;

/**
 * A request matched to a route.
 *
 * @param http the request
 * @param pathParameters values of the route's {@code {name}} segments, decoded
 * @param parameters the query parameters, restricted to those the route declares
 * @param baseUrl scheme and host the client used, e.g. {@code https://api.example.org}, for
 *     absolute links (feeds)
 */
public record RouteRequest(
    HttpRequest http, Map<String, String> pathParameters, Parameters parameters, String baseUrl) {

  public String path(String name) {
    return pathParameters.get(name);
  }
}
