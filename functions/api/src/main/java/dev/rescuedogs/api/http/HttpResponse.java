package dev.rescuedogs.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a route answers, before the common headers (ETag, caching, CORS, security, compression) are
 * added by {@link ResponseFinisher}.
 *
 * @param status HTTP status
 * @param contentType media type of {@code body}, or null without a body
 * @param body the body; empty for none
 * @param headers further headers specific to the route (e.g. {@code Location})
 * @param cache how long it may be cached when successful
 */
// A body is written once and never changed afterwards; copying it in and out would cost a copy of
// every response.
@SuppressWarnings("ArrayRecordComponent")
public record HttpResponse(
    int status, String contentType, byte[] body, Map<String, String> headers, CachePolicy cache) {

  public static final String JSON = "application/json; charset=utf-8";
  public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
  public static final String ATOM = "application/atom+xml; charset=utf-8";

  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  public static HttpResponse json(byte[] body, CachePolicy cache) {
    return new HttpResponse(200, JSON, body, Map.of(), cache);
  }

  public static HttpResponse redirect(String location) {
    return new HttpResponse(301, null, new byte[0], Map.of("Location", location), CachePolicy.META);
  }

  public HttpResponse withStatus(int newStatus) {
    return new HttpResponse(newStatus, contentType, body, headers, cache);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
