package dev.rescuedogs.scraping.scrape;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns image references as found in pages into the list a raw dog carries: absolute http(s) URLs,
 * de-duplicated in order, without data/blob URIs, placeholders or fragments.
 */
public final class ImageUrls {

  // File names sites use for "no photo yet" and lazy-loading stand-ins. Whole names only (or a
  // marked token such as "dog-placeholder-300x200"), so a dog called Pixel or Grey keeps its
  // photos.
  private static final Set<String> PLACEHOLDER_NAMES =
      Set.of(
          "blank",
          "spacer",
          "transparent",
          "1x1",
          "loading",
          "loader",
          "lazy",
          "lazyload",
          "lazy-load",
          "default",
          "placeholder",
          "noimage",
          "nophoto");
  private static final Pattern PLACEHOLDER_TOKEN =
      Pattern.compile(
          "(^|[-_.])(placeholder|no[-_]?(image|photo|picture|img)"
              + "|default[-_](image|photo|dog|avatar)|coming[-_]?soon)($|[-_.])");
  private static final Pattern WIX_IMAGE = Pattern.compile("^wix:image://v1/([^/#]+)");
  private static final Pattern DESCRIPTOR = Pattern.compile("\\d+(\\.\\d+)?[wx],?");

  private ImageUrls() {}

  /**
   * The usable image references as absolute URLs, without duplicates, in their order.
   *
   * @param base the page the references were found on (relative ones resolve against it)
   * @param references image references: absolute, relative, protocol-relative, {@code wix:image}
   */
  public static List<String> normalize(URI base, Collection<String> references) {
    Set<String> urls = new LinkedHashSet<>();
    for (String reference : references) {
      String url = normalize(base, reference);
      if (url != null) {
        urls.add(url);
      }
    }
    return List.copyOf(urls);
  }

  /** One reference as an absolute URL, or null when it is not a usable image URL. */
  public static String normalize(URI base, String reference) {
    if (reference == null) {
      return null;
    }
    String text = reference.strip();
    if (text.isEmpty()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")
        || lower.startsWith("blob:")
        || lower.startsWith("javascript:")
        || lower.startsWith("about:")) {
      return null;
    }
    Matcher wix = WIX_IMAGE.matcher(text);
    if (wix.find()) {
      text = "https://static.wixstatic.com/media/" + wix.group(1);
    } else if (text.startsWith("//")) {
      text = "https:" + text;
    }
    URI uri;
    try {
      uri = URI.create(text.replace(" ", "%20").replace("|", "%7C"));
      if (!uri.isAbsolute()) {
        if (base == null) {
          return null;
        }
        uri = base.resolve(uri);
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return null;
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (isPlaceholder(path.substring(path.lastIndexOf('/') + 1))) {
      return null;
    }
    String absolute = uri.toString();
    int hash = absolute.indexOf('#');
    return hash >= 0 ? absolute.substring(0, hash) : absolute;
  }

  /**
   * The largest candidate of a {@code srcset} attribute ({@code "a.jpg 480w, b.jpg 1080w"}), or
   * null for an empty one. Without descriptors the last candidate wins.
   */
  public static String largestFromSrcset(String srcset) {
    if (srcset == null || srcset.isBlank()) {
      return null;
    }
    String best = null;
    double bestSize = -1;
    String pending = null;
    // URLs may contain commas but never whitespace; descriptors follow their URL after whitespace.
    for (String token : srcset.strip().split("\\s+", -1)) {
      if (pending != null && DESCRIPTOR.matcher(token).matches()) {
        double size = Double.parseDouble(token.replaceAll("[wx,]", ""));
        if (size >= bestSize) {
          bestSize = size;
          best = pending;
        }
        pending = null;
        continue;
      }
      if (pending != null && 0 >= bestSize) {
        bestSize = 0;
        best = pending;
      }
      String url = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
      pending = url.isEmpty() ? null : url;
    }
    if (pending != null && 0 >= bestSize) {
      best = pending;
    }
    return best;
  }

  private static boolean isPlaceholder(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return PLACEHOLDER_NAMES.contains(stem) || PLACEHOLDER_TOKEN.matcher(stem).find();
  }
}
