package dev.rescuedogs.scraping.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * A URL that could not be fetched, with why. Thrown only after the retries the settings allow; a
 * URL that robots.txt disallows is reported with {@link Reason#ROBOTS_DISALLOWED} and never
 * requested.
 */
public final class FetchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. {@link #wireName()} is what the raw result records. */
  public enum Reason {
    /** robots.txt forbids the URL (or robots.txt was unreachable, which forbids everything). */
    ROBOTS_DISALLOWED,
    /** The server answered with an error status (see {@link #statusCode()}). */
    HTTP_STATUS,
    /** No complete answer within the timeout. */
    TIMEOUT,
    /** The connection could not be made or broke. */
    CONNECTION,
    /** The body is larger than the cap. */
    BODY_TOO_LARGE,
    /** More redirects than allowed, or a redirect without a usable Location. */
    BAD_REDIRECT,
    /** Not an absolute http(s) URL. */
    INVALID_URL,
    /** The thread was interrupted while waiting. */
    INTERRUPTED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final URI url;
  private final Reason reason;
  private final int statusCode;
  private final int attempts;

  public FetchException(
      URI url, Reason reason, int statusCode, int attempts, String message, Throwable cause) {
    super(message, cause);
    this.url = url;
    this.reason = reason;
    this.statusCode = statusCode;
    this.attempts = attempts;
  }

  /** The URL (as published by the site) that failed. */
  public URI url() {
    return url;
  }

  public Reason reason() {
    return reason;
  }

  /** The last HTTP status received, or 0 when no response came. */
  public int statusCode() {
    return statusCode;
  }

  /** Requests made for this URL, 0 when it was never requested. */
  public int attempts() {
    return attempts;
  }
}
