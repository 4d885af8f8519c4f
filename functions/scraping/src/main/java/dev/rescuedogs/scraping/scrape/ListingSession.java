package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.fetch.FetchRequest;
import dev.rescuedogs.scraping.fetch.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * One attempt at reading an organization's whole listing, handed to {@link
 * OrganizationScraper#collectListing}. It walks pages (by links, by JavaScript buttons, or as the
 * scraper drives it), parses them with the scraper's {@link OrganizationScraper#parseListingPage}
 * and refuses anything that proves the listing incomplete:
 *
 * <ul>
 *   <li>a page that lists no dogs;
 *   <li>a page that only repeats dogs already seen (the pagination did not advance);
 *   <li>fewer pages than the pagination announced;
 *   <li>a pagination that loops or runs past {@link OrganizationScraper#maxListingPages()}.
 * </ul>
 *
 * Each refusal is a {@link ListingFailedException}; fetch and browser failures propagate as they
 * are. Either way the scrape reports {@code listing_failed}.
 */
public final class ListingSession {

  private final OrganizationScraper scraper;
  private final ScrapeListener listener;
  private final Map<String, ListedDog> dogs = new LinkedHashMap<>();
  private int pagesSeen;
  private int pagesExpected;
  private boolean anyExpected;
  private Source current;

  ListingSession(OrganizationScraper scraper, ScrapeListener listener) {
    this.scraper = scraper;
    this.listener = listener;
  }

  /** Fetches a listing page (or API page) through the scrape's fetcher; failures propagate. */
  public Page fetch(URI url) {
    return scraper.fetcher().fetch(url);
  }

  /** As {@link #fetch(URI)}, with request headers such as {@code Accept: application/json}. */
  public Page fetch(FetchRequest request) {
    return scraper.fetcher().fetch(request);
  }

  /** The scrape's browser, started on first use. */
  public Browser browser() {
    return scraper.browser();
  }

  /**
   * Reads a listing that links its pages: fetches {@code start}, parses it, follows {@link
   * ListingPage#nextPage()} until there is none, then checks the pages read against the total the
   * pages announced.
   */
  public void followPages(URI start) {
    Source source = new Source(start.toString());
    Set<String> visited = new HashSet<>();
    URI next = start;
    while (next != null) {
      if (!visited.add(next.toString())) {
        if (source.announced != null && source.seen >= source.announced) {
          break;
        }
        throw new ListingFailedException(
            "the pagination of "
                + start
                + " loops back to "
                + next
                + " after "
                + source.seen
                + " pages");
      }
      source.requireRoomForAnotherPage();
      Page page = fetch(next);
      ListingPage parsed = scraper.parseListingPage(page);
      add(page.url(), parsed);
      source.pageRead(parsed);
      next = parsed.nextPage();
    }
    source.finish();
  }

  /**
   * Reads a listing whose pages are switched by a JavaScript button: opens {@code start} in the
   * browser, dismisses a cookie overlay, waits until the page shows dogs, then clicks {@code
   * nextButton} and waits until different dogs show, until the announced total is reached or no
   * enabled next button remains.
   */
  public void followBrowserPages(URI start, By nextButton) {
    Source source = new Source(start.toString());
    Browser browser = browser();
    browser.open(start);
    browser.dismissCookieOverlay();
    ListingPage page = waitForDogs(browser, Set.of(), "listing " + start + " shows no dogs");
    while (true) {
      add(browser.currentUrl(), page);
      source.pageRead(page);
      if (source.announced != null && source.seen >= source.announced) {
        break;
      }
      Optional<WebElement> next = browser.findClickable(nextButton);
      if (next.isEmpty()) {
        break;
      }
      source.requireRoomForAnotherPage();
      Set<String> shown = ids(page);
      browser.click(next.get());
      page =
          waitForDogs(
              browser,
              shown,
              "page " + (source.seen + 1) + " of " + start + " did not appear after clicking next");
    }
    source.finish();
  }

  /**
   * Parses the page a browser shows now and records it ({@link #add}): for scrapers that drive the
   * browser themselves (scrolling, custom pagination). Declare the pages walked with {@link
   * #expectPages} at the end so the completeness record is right.
   */
  public ListingPage readBrowserPage(Browser browser) {
    Page page = browser.snapshot();
    ListingPage parsed = scraper.parseListingPage(page);
    add(page.url(), parsed);
    return parsed;
  }

  /**
   * Records a parsed listing page (low level: {@link #followPages} and {@link #followBrowserPages}
   * call it for every page).
   *
   * @throws ListingFailedException when the page lists no dogs or only dogs already seen, or the
   *     scrape's deadline has passed
   */
  public void add(URI pageUrl, ListingPage page) {
    pagesSeen++;
    if (scraper.pastDeadline()) {
      // A listing cut short says nothing about which dogs are gone: fail it rather than guess.
      throw new ListingFailedException(
          "the scrape's time budget ran out while reading the listing ("
              + pagesSeen
              + " pages read)");
    }
    if (page.dogs().isEmpty()) {
      throw new ListingFailedException("listing page " + pageUrl + " lists no dogs");
    }
    int added = 0;
    for (ListedDog dog : page.dogs()) {
      if (!dogs.containsKey(dog.externalId())) {
        dogs.put(dog.externalId(), withAbsoluteImages(dog, pageUrl));
        added++;
      }
    }
    if (added == 0) {
      throw new ListingFailedException(
          "listing page "
              + pageUrl
              + " only repeats dogs already seen: the pagination did not"
              + " advance");
    }
    listener.listingPageRead(pageUrl, pagesSeen, dogs.size());
  }

  /**
   * Declares pages a scraper walked itself, for the completeness record: {@code announced} is what
   * the site said (null when it said nothing), {@code read} how many pages were read.
   *
   * @throws ListingFailedException when fewer were read than announced
   */
  public void expectPages(String what, Integer announced, int read) {
    Source source = new Source(what);
    source.announced = announced;
    source.seen = read;
    source.finish();
  }

  /** Listing pages read so far. */
  public int pagesSeen() {
    return pagesSeen;
  }

  /** Dogs found so far, in listing order. */
  public List<ListedDog> dogs() {
    return List.copyOf(dogs.values());
  }

  /** Pages announced (or, where nothing was announced, read) by the start URLs begun so far. */
  Integer pagesExpected() {
    if (current != null && current.announced != null) {
      return pagesExpected + current.announced;
    }
    return anyExpected ? pagesExpected : null;
  }

  private ListingPage waitForDogs(Browser browser, Set<String> notThese, String failure) {
    RuntimeException[] lastParseError = new RuntimeException[1];
    try {
      return browser.waitUntil(
          driver -> {
            Page snapshot = browser.snapshot();
            try {
              ListingPage parsed = scraper.parseListingPage(snapshot);
              return parsed.dogs().isEmpty() || ids(parsed).equals(notThese) ? null : parsed;
            } catch (RuntimeException e) {
              // Half-rendered pages may not parse yet; keep the error in case they never do.
              lastParseError[0] = e;
              return null;
            }
          });
    } catch (TimeoutException e) {
      String detail =
          lastParseError[0] == null ? "" : " (last parse error: " + lastParseError[0] + ")";
      throw new ListingFailedException(failure + detail, e);
    }
  }

  private static Set<String> ids(ListingPage page) {
    return page.dogs().stream().map(ListedDog::externalId).collect(Collectors.toSet());
  }

  private static ListedDog withAbsoluteImages(ListedDog dog, URI pageUrl) {
    RawDog data = dog.listingData();
    if (data == null || data.imageUrls().isEmpty()) {
      return dog;
    }
    List<String> images = ImageUrls.normalize(pageUrl, new ArrayList<>(data.imageUrls()));
    return dog.withListingData(data.toBuilder().imageUrls(images).build());
  }

  /** The pages read from one start URL, checked against what they announced. */
  private final class Source {
    final String start;
    Integer announced;
    int seen;

    Source(String start) {
      this.start = start;
      current = this;
    }

    void pageRead(ListingPage page) {
      seen++;
      if (page.pagesTotal() != null && (announced == null || page.pagesTotal() > announced)) {
        announced = page.pagesTotal();
      }
    }

    void requireRoomForAnotherPage() {
      if (seen >= scraper.maxListingPages()) {
        throw new ListingFailedException(
            start
                + " has more than "
                + scraper.maxListingPages()
                + " listing pages; the"
                + " pagination is probably running away");
      }
    }

    void finish() {
      current = null;
      pagesExpected += announced != null ? announced : seen;
      anyExpected = true;
      if (announced != null && seen < announced) {
        throw new ListingFailedException(
            "the pagination of "
                + start
                + " announces "
                + announced
                + " pages but only "
                + seen
                + " could be read");
      }
    }
  }
}
