package dev.rescuedogs.api.http;

/**
 * How long shared caches (the CDN) and browsers may keep a successful response. Errors and operator
 * responses are never cached.
 */
public enum CachePolicy {
  /** Catalog lists, facet counts and feeds: they change when a run lands, a few times a week. */
  LIST("public, max-age=300, stale-while-revalidate=60"),
  /** One dog, its history, batches of favourites. */
  DETAIL("public, max-age=1800, stale-while-revalidate=300"),
  /** Organizations and statistics. */
  SUMMARY("public, max-age=3600, stale-while-revalidate=600"),
  /** Filter vocabularies, the OpenAPI document, problem descriptions, id-to-slug redirects. */
  META("public, max-age=86400, stale-while-revalidate=3600"),
  /** Health, monitoring, random picks and every error. */
  NONE("no-store");

  private final String header;

  CachePolicy(String header) {
    this.header = header;
  }

  /** The {@code Cache-Control} value. */
  public String header() {
    return header;
  }
}
