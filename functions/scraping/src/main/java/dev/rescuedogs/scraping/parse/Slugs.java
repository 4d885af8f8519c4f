package dev.rescuedogs.scraping.parse;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * URL-style slugs: for external ids built from a name ("Mo'nique" → {@code monique}, "Çakıl" →
 * {@code cakil}) and for reading the slug a WordPress permalink ends with.
 */
public final class Slugs {

  private Slugs() {}

  /**
   * Lower-case ASCII letters and digits joined by single hyphens: accents folded, ß → ss, dotless ı
   * → i, apostrophes dropped, everything else a separator. Empty when nothing is left (an emoji).
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(text.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’`´]", "");
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /**
   * The last non-empty segment of a URL's path, decoded ({@code /tiervermittlung/pontos/} → {@code
   * pontos}); empty for the site root.
   */
  public static String lastPathSegment(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String[] segments = path.split("/", -1);
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty()) {
        return segments[i];
      }
    }
    return "";
  }

  /**
   * The path segment right after {@code parent} when it is the path's last segment, decoded and
   * lower-cased ({@code /adopt/Teddy/} with parent {@code adopt} → {@code teddy}); null for any
   * other URL.
   */
  public static String segmentAfter(URI url, String parent) {
    String path = url.getPath();
    if (path == null) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    int index = segments.indexOf(parent);
    if (index < 0 || segments.size() != index + 2) {
      return null;
    }
    return segments.get(index + 1).toLowerCase(Locale.ROOT);
  }
}
