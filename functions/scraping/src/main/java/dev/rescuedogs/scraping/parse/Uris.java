package dev.rescuedogs.scraping.parse;

import java.net.URI;

/** Addresses read from pages, where a malformed one means "no address" rather than an error. */
public final class Uris {

  private Uris() {}

  /** {@code text} stripped and parsed; null when it is null, blank or not a valid URI. */
  public static URI parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return URI.create(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * As {@link #parseOrNull}, but spaces inside the address (file names such as {@code "Bella
   * 1.jpg"} that some sites link unencoded) are encoded as {@code %20} first.
   */
  public static URI parseOrNullEncodingSpaces(String text) {
    return text == null ? null : parseOrNull(text.strip().replace(" ", "%20"));
  }
}
