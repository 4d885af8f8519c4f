package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A scraper for the tiny-rescue test site: what a real organization's scraper looks like. */
class TinyRescueScraper extends OrganizationScraper {

  private static final Pattern PAGE_OF = Pattern.compile("Page (\\d+) of (\\d+)");

  TinyRescueScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    List<ListedDog> dogs = new ArrayList<>();
    for (Element card : document.select("li.dog")) {
      URI url = URI.create(card.selectFirst("a[href]").absUrl("href"));
      String id = lastSegment(url);
      String badge = card.select(".badge").text();
      DogStatus status = new StatusStandardizer().standardize(badge);
      RawDog cardData =
          RawDog.builder().externalId(id).imageUrls(card.select("img").eachAttr("src")).build();
      dogs.add(
          ListedDog.withDetailPage(id, card.select(".name").text(), status, url)
              .withListingData(cardData));
    }
    Element next = document.selectFirst("a[rel=next]");
    Matcher pages = PAGE_OF.matcher(document.select(".pagination .total").text());
    return new ListingPage(
        dogs,
        next == null ? null : URI.create(next.absUrl("href")),
        pages.find() ? Integer.valueOf(pages.group(2)) : null);
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Element heading = document.selectFirst("h1");
    if (heading == null) {
      throw new IllegalStateException("no name heading on " + page.url());
    }
    RawDog.Builder dog = RawDog.builder().externalId(lastSegment(page.url())).name(heading.text());
    for (Element term : document.select("dl dt")) {
      String value = term.nextElementSibling() == null ? null : term.nextElementSibling().text();
      switch (term.text()) {
        case "Breed" -> dog.breed(value);
        case "Age" -> dog.ageText(value);
        case "Sex" -> dog.sex(value);
        case "Size" -> dog.size(value);
        case "Location" -> dog.location(value);
        case "Good with cats" -> dog.property("good_with_cats", value);
        default -> {}
      }
    }
    dog.description(document.select(".story").text());
    dog.status(document.select(".status").text());
    dog.imageUrls(document.select(".gallery img").eachAttr("src"));
    return dog.build();
  }

  private static String lastSegment(URI url) {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
