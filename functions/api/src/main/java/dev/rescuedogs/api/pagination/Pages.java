package dev.rescuedogs.api.pagination;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.HttpRequest.QueryParameter;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reading cursors and writing the {@code {data, pagination, links}} envelope of paged lists. */
public final class Pages {

  private Pages() {}

  /**
   * The sort key a {@code cursor} parameter continues after; null for the first page. A cursor that
   * is malformed, altered, from another query or of the wrong shape is recorded as a problem.
   */
  public static ArrayNode after(
      Parameters parameters, CursorCodec codec, String fingerprint, Predicate<ArrayNode> validKey) {
    var given = parameters.single("cursor");
    if (given.isEmpty()) {
      return null;
    }
    var key = codec.decode(given.get(), fingerprint).filter(validKey);
    if (key.isEmpty()) {
      parameters.fail(
          "cursor",
          "is not a valid cursor for this query: use next_cursor of the previous page"
              + " with the same filters and sort");
      return null;
    }
    return key.get();
  }

  /**
   * The envelope of a page.
   *
   * @param path the request path
   * @param query the request's parameters, reused for links
   * @param extra parameters the next link must carry although the request did not (e.g. a generated
   *     random seed)
   */
  public static ObjectNode envelope(
      ArrayNode data,
      int limit,
      Long total,
      String nextCursor,
      String path,
      List<QueryParameter> query,
      Map<String, String> extra) {
    ObjectNode body = Json.object();
    body.set("data", data);
    ObjectNode pagination = body.putObject("pagination");
    pagination.put("limit", limit);
    if (total != null) {
      pagination.put("total", total);
    }
    pagination.put("next_cursor", nextCursor);
    ObjectNode links = body.putObject("links");
    links.put("self", link(path, query));
    if (nextCursor == null) {
      links.putNull("next");
    } else {
      List<QueryParameter> next = new ArrayList<>();
      for (QueryParameter parameter : query) {
        if (!parameter.name().equals("cursor")) {
          next.add(parameter);
        }
      }
      extra.forEach((name, value) -> next.add(new QueryParameter(name, value)));
      next.add(new QueryParameter("cursor", nextCursor));
      links.put("next", link(path, next));
    }
    return body;
  }

  /** {@code path?query}, or the path alone without parameters. */
  public static String link(String path, List<QueryParameter> query) {
    return query.isEmpty() ? path : path + "?" + QueryString.format(query);
  }
}
