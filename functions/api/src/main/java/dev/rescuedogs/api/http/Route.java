package dev.rescuedogs.api.http;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One GET endpoint (HEAD and OPTIONS come with it).
 *
 * @param pattern path with {@code {name}} segments, e.g. {@code /api/animals/{slug}}
 * @param parameters every query parameter it accepts; others are refused with 400
 * @param handler what answers
 */
public record Route(String pattern, Set<String> parameters, RouteHandler handler) {

  public Route {
    parameters = Set.copyOf(parameters);
  }

  /** The pattern's segments, without the leading slash. */
  public List<String> segments() {
    return Arrays.asList(pattern.substring(1).split("/"));
  }
}
