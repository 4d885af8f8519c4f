package dev.rescuedogs.api.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the API sees it, independent of how it arrived (API Gateway event or the
 * local server, which builds the same event).
 *
 * @param method upper-case method
 * @param path decoded path without the stage prefix, e.g. {@code /api/animals/buddy-1}
 * @param query query parameters in request order; a repeated name appears once per occurrence
 * @param headers header values keyed by lower-case name
 * @param requestId the gateway's request id, echoed in problem documents for support
 */
public record HttpRequest(
    String method,
    String path,
    List<QueryParameter> query,
    Map<String, String> headers,
    String requestId) {

  public HttpRequest {
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** A header value by case-insensitive name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /** One {@code name=value} pair of the query string, both percent-decoded. */
  public record QueryParameter(String name, String value) {}
}
