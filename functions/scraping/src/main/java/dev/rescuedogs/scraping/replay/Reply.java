package dev.rescuedogs.scraping.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the replay server answers to one request: the site's file for the path, or a scripted
 * status, body, headers and delay. Immutable; the {@code with...} methods return changed copies.
 */
public final class Reply {

  private final boolean fromSite;
  private final int status;
  private final byte[] body;
  private final String contentType;
  private final boolean stripCharset;
  private final Map<String, String> headers;
  private final Duration delay;

  private Reply(
      boolean fromSite,
      int status,
      byte[] body,
      String contentType,
      boolean stripCharset,
      Map<String, String> headers,
      Duration delay) {
    this.fromSite = fromSite;
    this.status = status;
    this.body = body;
    this.contentType = contentType;
    this.stripCharset = stripCharset;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.delay = delay;
  }

  /** The site's file for the requested path (404 when there is none), with ETag/Last-Modified. */
  public static Reply file() {
    return new Reply(true, 200, new byte[0], null, false, Map.of(), Duration.ZERO);
  }

  /** An empty answer with this status. */
  public static Reply status(int status) {
    return new Reply(
        false, status, new byte[0], "text/plain; charset=utf-8", false, Map.of(), Duration.ZERO);
  }

  /** A 200 HTML page, declared as UTF-8. */
  public static Reply html(String html) {
    return bytes("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A 200 answer with a text body encoded as UTF-8. */
  public static Reply text(String contentType, String body) {
    return bytes(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A 200 answer with exactly these bytes. */
  public static Reply bytes(String contentType, byte[] body) {
    return new Reply(false, 200, body.clone(), contentType, false, Map.of(), Duration.ZERO);
  }

  /** A redirect to {@code location}. */
  public static Reply redirect(int status, String location) {
    return status(status).withHeader("Location", location);
  }

  public Reply withStatus(int value) {
    return new Reply(fromSite, value, body, contentType, stripCharset, headers, delay);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Reply(fromSite, status, body, contentType, stripCharset, copy, delay);
  }

  public Reply withRetryAfter(String value) {
    return withHeader("Retry-After", value);
  }

  public Reply withContentType(String value) {
    return new Reply(fromSite, status, body, value, false, headers, delay);
  }

  /** Sends {@code Content-Type} without its charset parameter, as some sites do. */
  public Reply withoutCharset() {
    return new Reply(fromSite, status, body, contentType, true, headers, delay);
  }

  /** Waits before answering (longer than a client's timeout makes it time out). */
  public Reply delayedBy(Duration value) {
    return new Reply(
        fromSite, status, body, contentType, stripCharset, headers, Objects.requireNonNull(value));
  }

  boolean fromSite() {
    return fromSite;
  }

  int status() {
    return status;
  }

  byte[] body() {
    return body;
  }

  String contentType() {
    return contentType;
  }

  boolean stripCharset() {
    return stripCharset;
  }

  Map<String, String> headers() {
    return headers;
  }

  Duration delay() {
    return delay;
  }
}
