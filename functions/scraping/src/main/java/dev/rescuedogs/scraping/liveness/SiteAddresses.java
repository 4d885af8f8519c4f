package dev.rescuedogs.scraping.liveness;

import java.net.URI;
import java.util.Locale;

/**
 * Compares a site's addresses the way a reader would: scheme, host case, a {@code www.} prefix, a
 * default port and a trailing slash make no difference; the fragment never does.
 */
final class SiteAddresses {

  private SiteAddresses() {}

  /** The comparable form of a URL: {@code host[:port]/path}, plus {@code ?query} when asked for. */
  static String key(URI url, boolean withQuery) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int port = url.getPort();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    StringBuilder key = new StringBuilder(host);
    if (!defaultPort) {
      key.append(':').append(port);
    }
    key.append(trimTrailingSlashes(url.getRawPath() == null ? "" : url.getRawPath()));
    if (withQuery && url.getRawQuery() != null && !url.getRawQuery().isEmpty()) {
      key.append('?').append(url.getRawQuery());
    }
    return key.toString();
  }

  /** Whether two URLs address the same page (query included, fragment ignored). */
  static boolean samePage(URI a, URI b) {
    return key(a, true).equals(key(b, true));
  }

  /** Whether a URL is a site's home page: no path beyond "/". */
  static boolean isHomePage(URI url) {
    String path = url.getRawPath();
    return path == null || path.isEmpty() || path.equals("/");
  }

  private static String trimTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
