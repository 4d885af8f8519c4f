package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.text.TextSanitizer;
import java.util.Locale;

/** Last-line text guards before a value reaches PostgreSQL. */
final class Texts {

  private Texts() {}

  /**
   * The text without NUL characters, which PostgreSQL refuses in text and JSON values (one would
   * fail the whole run's transaction); null stays null.
   */
  static String withoutNul(String text) {
    if (text == null || text.indexOf('\0') < 0) {
      return text;
    }
    return text.replace("\0", "");
  }

  /** At most {@code maxLength} characters, never splitting a surrogate pair. */
  static String truncate(String text, int maxLength) {
    if (text == null || text.length() <= maxLength) {
      return text;
    }
    int end = maxLength;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  /**
   * An external id as stored: the same sanitizing standardization applies to the records' ids, so
   * that an id from the listing matches the id of the record read from the detail page.
   */
  static String externalId(String raw) {
    String id = withoutNul(TextSanitizer.inline(withoutNul(raw)));
    return id == null || id.isBlank() ? null : id;
  }

  /**
   * The URL with a lower-case scheme: the schema's {@code ^https?://} checks are case-sensitive and
   * schemes are case-insensitive, so "HTTPS://…" must not fail the run.
   */
  static String url(String url) {
    String clean = withoutNul(url);
    if (clean == null) {
      return null;
    }
    int colon = clean.indexOf("://");
    if (colon <= 0) {
      return clean;
    }
    return clean.substring(0, colon).toLowerCase(Locale.ROOT) + clean.substring(colon);
  }
}
