package dev.rescuedogs.scraper;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * A scraper for the mini-rescue test site (src/test/resources/sites/mini-rescue), under any
 * organization's config: the handler tests need a scrape, not a particular site.
 */
final class MiniRescueScraper extends OrganizationScraper {

  /** How the listing behaves. */
  enum Listing {
    WORKS,
    FAILS,
    HANGS
  }

  private final URI listingUrl;
  private final Listing listing;

  MiniRescueScraper(
      OrganizationConfig config,
      ScraperDependencies dependencies,
      URI listingUrl,
      Listing listing) {
    super(config, dependencies);
    this.listingUrl = listingUrl;
    this.listing = listing;
  }

  @Override
  protected List<URI> listingUrls() {
    return List.of(listingUrl);
  }

  @Override
  protected void collectListing(ListingSession session) {
    if (listing == Listing.FAILS) {
      throw new ListingFailedException("listing page " + listingUrl + " answered 500");
    }
    if (listing == Listing.HANGS) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ListingFailedException("interrupted");
      }
    }
    super.collectListing(session);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    return ListingPage.single(
        document.select("li.dog a").stream()
            .map(
                link -> {
                  URI url = URI.create(link.absUrl("href"));
                  return ListedDog.withDetailPage(
                      id(url), link.select(".name").text(), DogStatus.AVAILABLE, url);
                })
            .toList());
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    return RawDog.builder()
        .externalId(id(page.url()))
        .name(document.select("h1").text())
        .breed(document.select(".breed").text())
        .ageText(document.select(".age").text())
        .imageUrls(document.select("img").eachAttr("abs:src"))
        .build();
  }

  private static String id(URI url) {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1).replace(".html", "");
  }
}
