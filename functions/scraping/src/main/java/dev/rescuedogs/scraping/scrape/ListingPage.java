package dev.rescuedogs.scraping.scrape;

import java.net.URI;
import java.util.List;

/**
 * What one listing page shows.
 *
 * @param dogs the dogs on the page, in page order
 * @param nextPage the next page's URL, or null on the last page or when pagination is done by
 *     JavaScript (then {@link ListingSession#followBrowserPages} clicks through)
 * @param pagesTotal how many pages the pagination says there are ("1 of 7", "X / Y", a REST total
 *     header), or null when it does not say
 */
public record ListingPage(List<ListedDog> dogs, URI nextPage, Integer pagesTotal) {

  public ListingPage {
    dogs = dogs == null ? List.of() : List.copyOf(dogs);
    if (pagesTotal != null && pagesTotal < 1) {
      throw new IllegalArgumentException("pagesTotal must be at least 1");
    }
  }

  /** A page with no further pages and no announced total. */
  public static ListingPage single(List<ListedDog> dogs) {
    return new ListingPage(dogs, null, null);
  }
}
