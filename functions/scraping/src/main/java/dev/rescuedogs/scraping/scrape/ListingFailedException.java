package dev.rescuedogs.scraping.scrape;

/**
 * The listing cannot be trusted: a page listed no dogs, repeated the previous page, the pagination
 * announced more pages than could be reached, or loading failed. A scrape that meets it reports
 * {@code listing_failed} — never "0 dogs", never a partial list.
 */
public final class ListingFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ListingFailedException(String message) {
    super(message);
  }

  public ListingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
