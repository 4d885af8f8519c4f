package dev.rescuedogs.api.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web origins allowed to call the API from a browser, from {@code ALLOWED_ORIGINS}: a comma
 * list of {@code scheme://host[:port]}, or {@code *} for any origin (the catalog is public and
 * credential-free, so {@code *} is safe for it). Unset or empty: no cross-origin browser access.
 */
public final class AllowedOrigins {

  private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:\\d{1,5})?");

  private final boolean any;
  private final List<String> origins;

  private AllowedOrigins(boolean any, List<String> origins) {
    this.any = any;
    this.origins = List.copyOf(origins);
  }

  public static AllowedOrigins none() {
    return new AllowedOrigins(false, List.of());
  }

  /**
   * Parses the setting.
   *
   * @throws IllegalArgumentException when an entry is not an origin, so a typo fails the deployment
   *     instead of silently blocking the web site
   */
  public static AllowedOrigins parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return none();
    }
    List<String> entries =
        Arrays.stream(setting.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(entry -> entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry)
            .map(entry -> entry.toLowerCase(Locale.ROOT))
            .toList();
    if (entries.contains("*")) {
      return new AllowedOrigins(true, List.of());
    }
    for (String entry : entries) {
      if (!ORIGIN.matcher(entry).matches()) {
        throw new IllegalArgumentException(
            "ALLOWED_ORIGINS entry is not an origin (scheme://host[:port]): " + entry);
      }
    }
    return new AllowedOrigins(false, entries);
  }

  /**
   * The {@code Access-Control-Allow-Origin} value for a request from {@code origin}, if allowed.
   */
  public Optional<String> allow(String origin) {
    if (origin == null || origin.isBlank()) {
      return Optional.empty();
    }
    if (any) {
      return Optional.of("*");
    }
    return origins.contains(origin.toLowerCase(Locale.ROOT))
        ? Optional.of(origin)
        : Optional.empty();
  }
}
