package dev.rescuedogs.local.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One route of an API Gateway HTTP API, as a SAM {@code HttpApi} event declares it: a method
 * ({@code GET}, ..., or {@code ANY}) and a path whose segments are literals, {@code {name}} (one
 * segment) or a final greedy {@code {name+}} (the rest of the path).
 *
 * @param method upper-case method, or {@code ANY}
 * @param path the route's path, e.g. {@code /api/animals/{slug}}
 */
public record HttpApiRoute(String method, String path) {

  public HttpApiRoute {
    method = method.strip().toUpperCase(Locale.ROOT);
    if (method.equals("X-AMAZON-APIGATEWAY-ANY-METHOD") || method.equals("*")) {
      method = "ANY";
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a route path starts with '/': " + path);
    }
    List<String> segments = segments(path);
    for (int i = 0; i < segments.size(); i++) {
      if (isGreedy(segments.get(i)) && i != segments.size() - 1) {
        throw new IllegalArgumentException("a greedy {name+} segment must come last: " + path);
      }
    }
  }

  /** API Gateway's route key, e.g. {@code GET /api/animals/{slug}}. */
  public String routeKey() {
    return method + " " + path;
  }

  /** Whether a request with this method may take this route. */
  public boolean accepts(String requestMethod) {
    return method.equals("ANY") || method.equalsIgnoreCase(requestMethod);
  }

  /**
   * The path parameters when {@code rawPath} matches this route's path (whatever the method), else
   * empty. Parameter values are decoded; a greedy parameter keeps its slashes.
   */
  public Optional<Map<String, String>> match(String rawPath) {
    List<String> pattern = segments(path);
    List<String> actual = segments(rawPath);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String segment = pattern.get(i);
      if (isGreedy(segment)) {
        if (i >= actual.size()) {
          return Optional.empty();
        }
        parameters.put(
            segment.substring(1, segment.length() - 2),
            decode(String.join("/", actual.subList(i, actual.size()))));
        return Optional.of(parameters);
      }
      if (i >= actual.size()) {
        return Optional.empty();
      }
      if (isVariable(segment)) {
        if (actual.get(i).isEmpty()) {
          return Optional.empty();
        }
        parameters.put(segment.substring(1, segment.length() - 1), decode(actual.get(i)));
      } else if (!segment.equals(actual.get(i))) {
        return Optional.empty();
      }
    }
    return actual.size() == pattern.size() ? Optional.of(parameters) : Optional.empty();
  }

  /**
   * How specific the route is, for choosing among matches as API Gateway does: a route without a
   * greedy segment beats one with, and from the left a literal segment beats a variable.
   */
  List<Integer> specificity() {
    List<Integer> ranks = new ArrayList<>();
    List<String> pattern = segments(path);
    ranks.add(pattern.stream().anyMatch(HttpApiRoute::isGreedy) ? 0 : 1);
    for (String segment : pattern) {
      ranks.add(isGreedy(segment) ? 0 : isVariable(segment) ? 1 : 2);
    }
    return ranks;
  }

  private static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }

  private static boolean isVariable(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static boolean isGreedy(String segment) {
    return segment.startsWith("{") && segment.endsWith("+}");
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }
}
