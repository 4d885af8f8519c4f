package dev.rescuedogs.scraping.organizations.santerpawsbulgarianrescue;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.FetchException;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.HeadingSection;
import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Santer Paws Bulgarian Rescue (santerpawsbulgarianrescue.com): a static WordPress site built with
 * Breakdance.
 *
 * <p><b>Listing.</b> {@code /adopt/}, {@code /adopt/page/N/}: one {@code article.bde-loop-item} per
 * dog with a link to {@code /dog/{slug}/}. The pages carry no reliable page count, so pages are
 * read in turn until the first one past the last (no dog cards, or 404), at most {@value
 * #MAX_LISTING_PAGES}; a page that links to a higher page number than was reached fails the
 * listing. Cards marked "Reserved" or "On hold" are recorded as reserved (adopted dogs live on
 * {@code /adopted}, not here).
 *
 * <p><b>External id.</b> {@code spbr-{slug}} from the permalink {@code /dog/{slug}/}.
 *
 * <p><b>Detail page.</b> {@code /dog/{slug}/}: the gallery above the {@code h1} (full-size photos
 * in the slide links, resized ones in the lazy {@code <img>}s), the story in the text block under
 * the {@code h1}, and label/value {@code div} pairs (D.O.B, Sex, Breed, Size, Location, Status).
 * Below, "Meet more of our dogs" shows other dogs' cards: only the section holding the {@code h1}
 * is read.
 */
public final class SanterPawsBulgarianRescueScraper extends OrganizationScraper {

  static final int MAX_LISTING_PAGES = 20;

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final Pattern DOG_PATH = Pattern.compile("/dog/([^/]+)/?$");
  private static final Pattern LISTING_PAGE = Pattern.compile("/adopt/page/(\\d+)/?$");
  private static final Pattern IMAGE_FILE =
      Pattern.compile("\\.(jpe?g|png|webp|gif|avif)(\\?.*)?$", Pattern.CASE_INSENSITIVE);

  /**
   * "Cat, dog and child friendly." / "Not cat friendly." — the story's way of stating
   * compatibility.
   */
  private static final String ANIMAL = "(cats?|dogs?|child(?:ren)?|kids?)";

  private static final Pattern FRIENDLY =
      Pattern.compile(
          "^(not\\s+)?(" + ANIMAL + "(?:\\s*(?:,|&|and)\\s*" + ANIMAL + ")*)\\s*[- ]?friendly\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ANIMAL_WORD = Pattern.compile(ANIMAL, Pattern.CASE_INSENSITIVE);

  public SanterPawsBulgarianRescueScraper(
      OrganizationConfig config, ScraperDependencies dependencies) {
    super(config, dependencies);
  }

  @Override
  protected int maxListingPages() {
    return MAX_LISTING_PAGES;
  }

  /**
   * Reads {@code /adopt/}, {@code /adopt/page/2/} … until a page past the last: one without dog
   * cards, or a 404. Any other failure of a page fails the listing.
   */
  @Override
  protected void collectListing(ListingSession listing) {
    for (URI start : listingUrls()) {
      Integer announced = null;
      int read = 0;
      for (int number = 1; ; number++) {
        URI url = number == 1 ? start : pageUrl(start, number);
        Page page;
        try {
          page = listing.fetch(url);
        } catch (FetchException e) {
          if (number > 1
              && e.reason() == FetchException.Reason.HTTP_STATUS
              && e.statusCode() == 404) {
            break;
          }
          throw e;
        }
        ListingPage parsed = parseListingPage(page);
        if (number > 1 && parsed.dogs().isEmpty()) {
          break;
        }
        if (number > maxListingPages()) {
          throw new ListingFailedException(
              start
                  + " still lists dogs on page "
                  + number
                  + "; more than "
                  + maxListingPages()
                  + " pages means the pagination is running away");
        }
        listing.add(page.url(), parsed);
        read++;
        if (parsed.pagesTotal() != null && (announced == null || parsed.pagesTotal() > announced)) {
          announced = parsed.pagesTotal();
        }
      }
      listing.expectPages(start.toString(), announced, read);
    }
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element card : document.select("article.bde-loop-item")) {
      Element link = card.selectFirst("a[href*=/dog/]");
      URI url = link == null ? null : dogUrl(link.absUrl("href"));
      if (url == null) {
        throw new ListingFailedException(
            "a card on "
                + page.url()
                + " links to no dog page: "
                + TextLines.collapse(card.text()));
      }
      String id = "spbr-" + Slugs.lastPathSegment(url);
      // The name is the card's first text; a "Reserved" / "On hold" badge may stand above or below.
      String name = null;
      String statusText = null;
      for (String line : TextLines.of(card)) {
        if (STATUS.statusOf(line) != null) {
          statusText = statusText == null ? line : statusText;
        } else if (name == null) {
          name = line;
        }
      }
      // Card photos are resized copies of the page's gallery photos: only the page's are kept.
      dogs.putIfAbsent(
          id,
          ListedDog.withDetailPage(id, name, STATUS.standardize(statusText), url)
              .withListingData(RawDog.builder().externalId(id).status(statusText).build()));
    }
    return new ListingPage(List.copyOf(dogs.values()), nextPage(document), pagesTotal(document));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Element heading = document.selectFirst("h1");
    if (heading == null || TextLines.collapse(heading.text()).isEmpty()) {
      throw new IllegalStateException(page.url() + " has no h1 with the dog's name");
    }
    // The dog's own section; "Meet more of our dogs" is a later section of other dogs.
    Element section = heading.closest("section");
    if (section == null) {
      section = document.body();
    }
    RawDog.Builder dog =
        RawDog.builder()
            .externalId("spbr-" + Slugs.lastPathSegment(page.url()))
            .name(TextLines.collapse(heading.text()));
    LabeledValues facts = facts(section);
    String born = facts.getOrNull("D.O.B", "DOB", "Date of birth");
    dog.ageText(born != null ? born : facts.getOrNull("Age"));
    if (born != null) {
      dog.property("date_of_birth", born);
    }
    dog.sex(facts.getOrNull("Sex", "Gender"));
    dog.breed(facts.getOrNull("Breed"));
    dog.size(facts.getOrNull("Size"));
    dog.weight(facts.getOrNull("Weight"));
    dog.location(facts.getOrNull("Location"));
    dog.status(facts.getOrNull("Status"));
    Element story = story(heading);
    if (story != null) {
      dog.description(HeadingSection.storyHtml(List.of(story)));
      compatibility(story, dog);
    }
    dog.imageUrls(ImageUrls.normalize(page.url(), photos(section)));
    return dog.build();
  }

  // ---------------------------------------------------------------- listing

  private static URI pageUrl(URI start, int number) {
    String base = start.toString();
    int query = base.indexOf('?');
    if (query >= 0) {
      base = base.substring(0, query);
    }
    if (!base.endsWith("/")) {
      base = base + "/";
    }
    return URI.create(base + "page/" + number + "/");
  }

  private static URI dogUrl(String href) {
    try {
      URI url = URI.create(href.strip().replace(" ", "%20"));
      if (url.getPath() == null || !DOG_PATH.matcher(url.getPath()).find()) {
        return null;
      }
      return URI.create(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static URI nextPage(Document document) {
    for (Element link : document.select("a.next, a[rel=next]")) {
      String href = link.absUrl("href");
      if (LISTING_PAGE.matcher(href.replaceAll("[?#].*$", "")).find()) {
        return URI.create(href);
      }
    }
    return null;
  }

  /** The highest page number the page links to, when it shows a pagination; else null. */
  private static Integer pagesTotal(Document document) {
    int highest = 0;
    for (Element link : document.select("a[href*=/adopt/page/]")) {
      Matcher page = LISTING_PAGE.matcher(link.absUrl("href").replaceAll("[?#].*$", ""));
      if (page.find()) {
        highest = Math.max(highest, Integer.parseInt(page.group(1)));
      }
    }
    return highest == 0 ? null : highest;
  }

  // ---------------------------------------------------------------- detail

  /** Label/value pairs: a {@code div} holding exactly two text blocks, the label first. */
  private static LabeledValues facts(Element section) {
    List<Element> labels = new ArrayList<>();
    List<Element> values = new ArrayList<>();
    for (Element pair : section.select("div")) {
      if (pair.closest("article, a") != null) {
        continue;
      }
      List<Element> children = pair.children();
      if (children.size() == 2
          && children.get(0).hasClass("bde-text")
          && children.get(1).hasClass("bde-text")
          && !TextLines.collapse(children.get(0).text()).isEmpty()
          && children.get(0).select("p").isEmpty()) {
        labels.add(children.get(0));
        values.add(children.get(1));
      }
    }
    return LabeledValues.fromPairs(labels, values);
  }

  /** The text block right after the {@code h1} that holds paragraphs: the dog's story. */
  private static Element story(Element heading) {
    for (Element sibling = heading.nextElementSibling();
        sibling != null;
        sibling = sibling.nextElementSibling()) {
      if (!sibling.select("p").isEmpty()) {
        return sibling;
      }
    }
    return null;
  }

  /** Slides link to the full-size photos; a slide without such a link gives its largest image. */
  private static List<String> photos(Element section) {
    List<String> photos = new ArrayList<>();
    for (Element slide : section.select(".ee-gallery-item, .bde-gallery figure")) {
      String href = slide.is("a[href]") ? slide.absUrl("href") : "";
      if (IMAGE_FILE.matcher(href).find()) {
        photos.add(href);
        continue;
      }
      Element img = slide.selectFirst("img");
      if (img != null && ImgSources.best(img) != null) {
        photos.add(ImgSources.best(img));
      }
    }
    if (photos.isEmpty()) {
      for (Element img : section.select("figure img")) {
        if (ImgSources.best(img) != null) {
          photos.add(ImgSources.best(img));
        }
      }
    }
    return photos;
  }

  /**
   * Compatibility stated as "Cat, dog and child friendly." or "Not cat friendly." in the story;
   * only what a sentence of that form says is recorded.
   */
  private static void compatibility(Element story, RawDog.Builder dog) {
    for (String line : TextLines.of(story)) {
      for (String sentence : line.split("(?<=[.!])\\s+", -1)) {
        Matcher friendly = FRIENDLY.matcher(sentence.strip());
        if (!friendly.find()) {
          continue;
        }
        String verdict = friendly.group(1) == null ? "yes" : "no";
        Matcher animal = ANIMAL_WORD.matcher(friendly.group(2));
        while (animal.find()) {
          String word = animal.group(1).toLowerCase(Locale.ROOT);
          if (word.startsWith("cat")) {
            dog.property("good_with_cats", verdict);
          } else if (word.startsWith("dog")) {
            dog.property("good_with_dogs", verdict);
          } else {
            dog.property("good_with_children", verdict);
          }
        }
      }
    }
  }
}
