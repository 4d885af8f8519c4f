package dev.rescuedogs.scraping.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sends the requests for a site to a local copy of it (the {@code --base-url} of the command-line
 * tool, a replay server in tests) while everything else — parsing, link resolution, robots.txt and
 * pacing keys, the raw result — keeps seeing the site's own URLs. A scraper therefore runs the same
 * code against the copy as against the real site.
 */
public final class OriginMapping {

  private static final OriginMapping IDENTITY = new OriginMapping(Set.of(), null);

  private final Set<String> siteOrigins;
  private final URI copyOrigin;
  private final String primarySiteOrigin;

  private OriginMapping(Set<String> siteOrigins, URI copyOrigin) {
    this.siteOrigins = siteOrigins;
    this.copyOrigin = copyOrigin;
    this.primarySiteOrigin = siteOrigins.isEmpty() ? null : siteOrigins.iterator().next();
  }

  /** Requests go where the URLs point. */
  public static OriginMapping identity() {
    return IDENTITY;
  }

  /**
   * Requests to any of the site's origins go to the copy instead. Each origin also covers its
   * {@code www.} twin, since sites link to both. Addresses on the copy map back to the first
   * origin.
   *
   * @param siteUrls URLs of the site (only scheme, host and port are used)
   * @param copyOrigin where the copy is served, e.g. {@code http://127.0.0.1:8123}
   */
  public static OriginMapping toCopy(Collection<URI> siteUrls, URI copyOrigin) {
    Set<String> origins = new LinkedHashSet<>();
    for (URI url : siteUrls) {
      origins.add(origin(url));
      String host = url.getHost().toLowerCase(Locale.ROOT);
      String twin = host.startsWith("www.") ? host.substring(4) : "www." + host;
      for (String scheme : List.of("https", "http")) {
        origins.add(origin(scheme, twin, portFor(scheme, url)));
        origins.add(origin(scheme, host, portFor(scheme, url)));
      }
    }
    return new OriginMapping(origins, URI.create(origin(copyOrigin)));
  }

  /** Whether requests are redirected to a copy. */
  public boolean isCopy() {
    return copyOrigin != null;
  }

  /** The address to request for a URL of the site. */
  public URI toRequested(URI siteUrl) {
    if (copyOrigin == null || !siteOrigins.contains(origin(siteUrl))) {
      return siteUrl;
    }
    return withOrigin(siteUrl, copyOrigin);
  }

  /** The site's URL for an address that was requested (the inverse of {@link #toRequested}). */
  public URI toSite(URI requestedUrl) {
    if (copyOrigin == null || !origin(requestedUrl).equals(copyOrigin.toString())) {
      return requestedUrl;
    }
    return withOrigin(requestedUrl, URI.create(primarySiteOrigin));
  }

  /** {@code scheme://host[:port]} in lower case, without a default port. */
  public static String origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return origin(scheme, host, url.getPort());
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static int portFor(String scheme, URI url) {
    return scheme.equalsIgnoreCase(url.getScheme()) ? url.getPort() : -1;
  }

  private static URI withOrigin(URI url, URI origin) {
    return URI.create(origin(origin) + pathQueryFragment(url));
  }

  private static String pathQueryFragment(URI url) {
    List<String> parts = new ArrayList<>();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    parts.add(path);
    if (url.getRawQuery() != null) {
      parts.add("?" + url.getRawQuery());
    }
    if (url.getRawFragment() != null) {
      parts.add("#" + url.getRawFragment());
    }
    return String.join("", parts);
  }

  @Override
  public String toString() {
    return copyOrigin == null
        ? "OriginMapping[identity]"
        : "OriginMapping" + siteOrigins + " -> " + copyOrigin;
  }
}
