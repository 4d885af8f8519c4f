package dev.rescuedogs.scraping.replay;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the replay server received.
 *
 * @param method the HTTP method
 * @param pathAndQuery the raw path with its query, e.g. {@code /dogs/?page=2}
 * @param headers the request headers (first value of each), names case-insensitive
 * @param receivedNanos {@link System#nanoTime()} on arrival, for measuring gaps between requests
 * @param receivedAt wall-clock arrival time
 */
public record RecordedRequest(
    String method,
    String pathAndQuery,
    Map<String, String> headers,
    long receivedNanos,
    Instant receivedAt) {

  public RecordedRequest {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
