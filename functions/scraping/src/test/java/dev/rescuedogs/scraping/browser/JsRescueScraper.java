package dev.rescuedogs.scraping.browser;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;

/** A scraper for the js-rescue test site, shaped like the Dogs Trust one: a JavaScript listing. */
class JsRescueScraper extends OrganizationScraper {

  static final By NEXT_PAGE = By.cssSelector("button[aria-label='Go to next page']");
  private static final Pattern PAGE_INDICATOR = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

  JsRescueScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI url : listingUrls()) {
      listing.followBrowserPages(url, NEXT_PAGE);
    }
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    List<ListedDog> dogs = new ArrayList<>();
    for (Element card : page.document().select("a.card[href]")) {
      URI url = URI.create(card.absUrl("href"));
      if (!url.getScheme().startsWith("http")) {
        continue;
      }
      String path = url.getPath();
      String badge = card.select(".badge").text();
      dogs.add(
          ListedDog.withDetailPage(
              path.substring(path.lastIndexOf('/') + 1),
              card.select(".name").text(),
              new StatusStandardizer().standardize(badge),
              url));
    }
    Matcher indicator = PAGE_INDICATOR.matcher(page.document().select(".indicator").text());
    return new ListingPage(
        dogs, null, indicator.find() ? Integer.valueOf(indicator.group(2)) : null);
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    String path = page.url().getPath();
    return RawDog.builder()
        .externalId(path.substring(path.lastIndexOf('/') + 1))
        .name(page.document().select("h1").text())
        .breed(page.document().select(".breed").text())
        .imageUrls(page.document().select("img").eachAttr("src"))
        .build();
  }
}
