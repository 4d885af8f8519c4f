package dev.rescuedogs.api.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route of a path; the first registered route that matches wins. */
public final class Router {

  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public List<Route> routes() {
    return routes;
  }

  /** The route matching {@code path} and the values of its variable segments. */
  public Optional<Match> find(String path) {
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!trimmed.startsWith("/")) {
      return Optional.empty();
    }
    String[] segments = trimmed.substring(1).split("/", -1);
    for (Route route : routes) {
      List<String> pattern = route.segments();
      if (pattern.size() != segments.length) {
        continue;
      }
      Map<String, String> variables = new HashMap<>();
      boolean matches = true;
      for (int i = 0; i < segments.length && matches; i++) {
        String expected = pattern.get(i);
        if (expected.startsWith("{") && expected.endsWith("}")) {
          matches = !segments[i].isEmpty();
          variables.put(expected.substring(1, expected.length() - 1), segments[i]);
        } else {
          matches = expected.equals(segments[i]);
        }
      }
      if (matches) {
        return Optional.of(new Match(route, variables));
      }
    }
    return Optional.empty();
  }

  /** A route and the values of its variable segments. */
  public record Match(Route route, Map<String, String> pathParameters) {
    public Match {
      pathParameters = Map.copyOf(pathParameters);
    }
  }
}
