package dev.rescuedogs.scraping.fetch;

import dev.rescuedogs.core.rawresult.Validator;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One GET to make.
 *
 * @param url absolute http(s) URL as the site publishes it (the fetcher maps it to a local copy
 *     when one is configured)
 * @param headers extra request headers, e.g. {@code Accept: application/json}
 * @param validator validators from a previous run for a conditional GET, or null
 */
public record FetchRequest(URI url, Map<String, String> headers, Validator validator) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers =
        headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, Map.of(), null);
  }

  public FetchRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FetchRequest(url, copy, validator);
  }

  public FetchRequest withValidator(Validator previous) {
    return new FetchRequest(url, headers, previous);
  }

  FetchRequest withUrl(URI other) {
    return new FetchRequest(other, headers, other.equals(url) ? validator : null);
  }
}
