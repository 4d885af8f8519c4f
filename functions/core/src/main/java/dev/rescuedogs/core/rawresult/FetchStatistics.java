package dev.rescuedogs.core.rawresult;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scrape cost its sites.
 *
 * @param requests HTTP requests sent, every attempt, redirect hop and robots.txt included
 * @param retries requests that repeated a failed attempt
 * @param bytes body bytes received as sent on the wire (compressed when the server compressed)
 * @param statusCounts responses per HTTP status code
 * @param notModified conditional GETs answered {@code 304 Not Modified}
 * @param robotsDisallowed URLs not fetched because robots.txt forbids them
 * @param failures fetches that failed for good (after retries)
 * @param browserNavigations page loads and pagination clicks made by the headless browser
 * @param requestTimeMillis time spent waiting for HTTP responses, summed over requests
 * @param waitTimeMillis time spent pausing for politeness delays and back-off
 */
public record FetchStatistics(
    long requests,
    long retries,
    long bytes,
    Map<Integer, Long> statusCounts,
    long notModified,
    long robotsDisallowed,
    long failures,
    long browserNavigations,
    long requestTimeMillis,
    long waitTimeMillis) {

  public FetchStatistics {
    statusCounts =
        Collections.unmodifiableMap(new TreeMap<>(statusCounts == null ? Map.of() : statusCounts));
  }

  /** No activity. */
  public static FetchStatistics empty() {
    return new FetchStatistics(0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0);
  }
}
