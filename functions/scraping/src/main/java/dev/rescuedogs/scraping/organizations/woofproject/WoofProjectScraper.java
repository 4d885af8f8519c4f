package dev.rescuedogs.scraping.organizations.woofproject;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.parse.Uris;
import dev.rescuedogs.scraping.parse.YesNoAnswers;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Woof Project (Cyprus), a WordPress site built with Elementor.
 *
 * <p><b>Listing</b> ({@code /adoption/}, then {@code /adoption/page/N/}): Elementor loads the cards
 * with JavaScript, so each page is opened in the browser, scrolled until no more cards appear and
 * read; the pagination's page numbers give the next page and the total. A card ({@code
 * article.elementor-post.ecs-post-loop}) links to the dog, has the name in its last {@code <h2>},
 * an optional status {@code <h2>} above it (ADOPTED, RESERVED, Dutch GEADOPTEERD) and a free-text
 * info line ("Pointer mix | 4 years | Male | Medium size dog", in any order, sometimes with
 * commas).
 *
 * <p><b>Detail</b> ({@code /adoption/{slug}/}, plain HTTP): labels as {@code <h2>} in one column
 * ("Looks like:", "Sex:", "Location:", "Estimated age:", "Size:") and their values as {@code <h4>}
 * in the next, paired by order; "About" cards (House Trained, Health, Prefers home with); the story
 * under "Meet {name}"; lightbox photos.
 *
 * <p><b>External id</b>: {@code wp-} + the URL slug ({@code /adoption/sora/} → {@code wp-sora},
 * {@code /adoption/9270/} → {@code wp-9270}). WordPress keeps a post's slug when its text changes.
 */
public final class WoofProjectScraper extends OrganizationScraper {

  static final String ID_PREFIX = "wp-";

  private static final String CARD_SELECTOR = "article.elementor-post.ecs-post-loop";
  private static final By CARDS = By.cssSelector(CARD_SELECTOR);
  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final Pattern AGE =
      Pattern.compile(
          "(?i)\\b(\\d+([.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\s*\\+?\\s*"
              + "(years?|yrs?|y/?o|months?|weeks?|jaar|maanden|weken)\\b");
  private static final Pattern SEX = Pattern.compile("(?i)\\b(male|female|boy|girl|reu|teef)\\b");
  private static final Pattern SIZE =
      Pattern.compile(
          "(?i)(\\bsize|\\bsized|\\bx\\.?\\s?small|\\bsmall|\\bmedium|\\blarge|\\bgiant|\\btiny"
              + "|\\bklein|\\bmiddel|\\bgroot)");
  private static final Pattern LOCATION =
      Pattern.compile(
          "(?i)(\\bfoster|^(now\\s+|currently\\s+)?in\\s|\\bcyprus|\\bbelgium|\\bgermany"
              + "|\\bnetherlands|\\bnederland|\\bholland|\\bluxembourg|\\bfrance|\\bnicosia"
              + "|\\blimassol|\\bpaphos|\\blarnaca|\\bUK\\b)");

  /** "Cyprus mix" names a breed, not a place. */
  private static final Pattern BREED_WORDS =
      Pattern.compile("(?i)\\b(mix|mixed|cross|breed|kruising)\\b");

  private static final Pattern INFO_SEPARATOR = Pattern.compile("\\s*[|,]\\s*");
  private static final Pattern SHOULDER_HEIGHT =
      Pattern.compile("(?i)\\bSH\\s*:?\\s*(\\d+(?:[.,]\\d+)?\\s*cm)");
  private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpe?g|png|webp|gif|avif)$");
  private static final Pattern CHECKED =
      Pattern.compile(
          "(?i)\\b(vaccinated|neutered|spayed|microchipped)\\s*[\\u2714\\u2713\\u2705]");
  private static final Pattern GOOD_WITH =
      Pattern.compile("(?i)\\b(not\\s+)?good\\s+with\\s+(cats|dogs|kids|children)\\b");

  public WoofProjectScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  // ---------------------------------------------------------------- listing

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI start : listingUrls()) {
      readAllPages(listing, start);
    }
  }

  /** Opens each page of the pagination in the browser, lets its lazy cards load, and reads it. */
  private void readAllPages(ListingSession listing, URI start) {
    Browser browser = listing.browser();
    Set<String> visited = new HashSet<>();
    Integer announced = null;
    int read = 0;
    URI next = start;
    while (next != null) {
      if (!visited.add(next.toString())) {
        throw new ListingFailedException(
            "the pagination of " + start + " loops back to " + next + " after " + read + " pages");
      }
      if (read >= maxListingPages()) {
        throw new ListingFailedException(
            start + " has more than " + maxListingPages() + " listing pages");
      }
      browser.open(next);
      if (read == 0) {
        browser.dismissCookieOverlay();
      }
      try {
        browser.waitForAtLeast(CARDS, 1);
      } catch (TimeoutException e) {
        throw new ListingFailedException("listing page " + next + " shows no dog cards", e);
      }
      browser.scrollToLoadAll(CARDS);
      ListingPage page = listing.readBrowserPage(browser);
      read++;
      if (page.pagesTotal() != null && (announced == null || page.pagesTotal() > announced)) {
        announced = page.pagesTotal();
      }
      next = page.nextPage();
    }
    listing.expectPages(start.toString(), announced, read);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    List<ListedDog> dogs = new ArrayList<>();
    for (Element card : document.select(CARD_SELECTOR)) {
      ListedDog dog = parseCard(card);
      if (dog != null) {
        dogs.add(dog);
      }
    }
    Pagination pagination = Pagination.of(document);
    return new ListingPage(dogs, pagination.next(), pagination.total());
  }

  private static ListedDog parseCard(Element card) {
    URI url = null;
    String slug = null;
    Element dogLink = null;
    for (Element link : card.select("a[href]")) {
      URI candidate = Uris.parseOrNullEncodingSpaces(link.absUrl("href"));
      slug = candidate == null ? null : slugOf(candidate);
      if (slug != null) {
        url = candidate;
        dogLink = link;
        break;
      }
    }
    if (url == null) {
      return null;
    }
    // The name is the last heading; any heading above it is a status badge.
    List<String> headings = new ArrayList<>();
    for (Element heading : card.select("h2")) {
      String text = TextLines.collapse(heading.text());
      if (!text.isEmpty()) {
        headings.add(text);
      }
    }
    String name = null;
    List<String> badges = new ArrayList<>();
    for (int i = headings.size() - 1; i >= 0; i--) {
      String text = headings.get(i);
      if (name == null && STATUS.statusOf(text) == null) {
        name = text;
      } else {
        badges.add(0, text);
      }
    }
    String badge = badges.isEmpty() ? null : String.join(" ", badges);
    DogStatus status = STATUS.standardize(badge);
    RawDog.Builder data = cardInfo(infoLine(card)).externalId(ID_PREFIX + slug).status(badge);
    // The card's photo is the one its link to the dog wraps.
    for (Element image : dogLink.select("img")) {
      String source = ImgSources.dataSrcFirst(image);
      if (source != null) {
        data.imageUrl(source);
      }
    }
    return ListedDog.withDetailPage(ID_PREFIX + slug, name, status, url)
        .withListingData(data.build());
  }

  /** The card's free text: everything but its headings, link and images. */
  private static String infoLine(Element card) {
    Element copy = card.clone();
    copy.select("h1, h2, h3, h4, img, script, style, noscript, template").remove();
    return TextLines.collapse(copy.text());
  }

  /**
   * Sorts the parts of the info line into fields by what they name; a part naming two things (2
   * year old male) goes to both. The breed is the first part, when it names nothing else.
   */
  static RawDog.Builder cardInfo(String info) {
    RawDog.Builder dog = RawDog.builder();
    if (info == null || info.isBlank()) {
      return dog;
    }
    dog.property("listing_summary", info);
    String age = null;
    String sex = null;
    String size = null;
    String location = null;
    String breed = null;
    List<String> parts = List.of(INFO_SEPARATOR.split(info.strip()));
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).strip();
      if (part.isEmpty()) {
        continue;
      }
      boolean named = false;
      if (AGE.matcher(part).find()) {
        age = age == null ? part : age;
        named = true;
      }
      if (SEX.matcher(part).find()) {
        sex = sex == null ? part : sex;
        named = true;
      }
      if (LOCATION.matcher(part).find() && !BREED_WORDS.matcher(part).find()) {
        location = location == null ? part : location;
        named = true;
      } else if (SIZE.matcher(part).find() && (i > 0 || named)) {
        // "Small breed mix" first in line is a breed; later parts naming a size are the size.
        size = size == null ? part : size;
        named = true;
      }
      if (i == 0 && !named) {
        breed = part;
      }
    }
    return dog.breed(breed).ageText(age).sex(sex).size(size).location(location);
  }

  // ---------------------------------------------------------------- detail

  @Override
  public RawDog parseDetailPage(Page page) {
    String slug = slugOf(page.url());
    if (slug == null) {
      throw new IllegalArgumentException(
          page.url() + " is not a Woof Project dog page (/adoption/{slug}/)");
    }
    Document document = page.document();
    Element single = document.selectFirst(".elementor-location-single");
    Element root = single != null ? single : document.body();

    Element labelColumn = labelColumn(root);
    LabeledValues facts = facts(labelColumn);
    if (facts.isEmpty() && root.select("h2").isEmpty()) {
      throw new IllegalStateException(page.url() + " shows no dog: no labels and no headings");
    }
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + slug)
            .name(name(document, labelColumn))
            .adoptionUrl(page.url().toString())
            .breed(facts.getOrNull("Looks like", "Breed"))
            .sex(facts.getOrNull("Sex", "Gender"))
            .ageText(facts.getOrNull("Estimated age", "Age"))
            .size(facts.getOrNull("Size"))
            .location(facts.getOrNull("Location"))
            .weight(facts.getOrNull("Weight"))
            .height(facts.getOrNull("Height", "Shoulder height"))
            .status(statusBadge(labelColumn));

    aboutCards(root).forEach(dog::property);

    Element story = story(root);
    if (story != null) {
      dog.description(story.html().strip());
      readStoryFacts(TextLines.of(story), dog);
    }
    dog.imageUrls(photos(root, page.url()));
    return dog.build();
  }

  /** The column holding the "Label:" headings, or null when the page has none. */
  private static Element labelColumn(Element root) {
    for (Element heading : root.select("h2")) {
      if (isLabel(heading.text())) {
        Element column = heading.closest(".elementor-column");
        return column != null ? column : heading.parent();
      }
    }
    return null;
  }

  private static boolean isLabel(String text) {
    String value = TextLines.collapse(text);
    return value.endsWith(":") && value.length() <= 40;
  }

  /** Labels ({@code <h2>}) of one column paired in order with values ({@code <h4>}) of the next. */
  private static LabeledValues facts(Element labelColumn) {
    if (labelColumn == null) {
      return LabeledValues.fromPairs(List.of(), List.of());
    }
    List<Element> labels = new ArrayList<>();
    for (Element heading : labelColumn.select("h2")) {
      if (isLabel(heading.text())) {
        labels.add(heading);
      }
    }
    Element valueColumn = labelColumn.nextElementSibling();
    List<Element> values = valueColumn == null ? List.of() : valueColumn.select("h4");
    return LabeledValues.fromPairs(labels, values);
  }

  /** The dog's name: the heading above the facts ("SORA"), else the page title before the dash. */
  private static String name(Document document, Element labelColumn) {
    if (labelColumn != null) {
      Element section = labelColumn.closest(".elementor-top-section");
      Element scope = section != null ? section : labelColumn.parent();
      for (Element heading : scope.select("h1, h2")) {
        String text = TextLines.collapse(heading.text());
        if (!text.isEmpty() && !isLabel(text) && STATUS.statusOf(text) == null) {
          return text;
        }
      }
    }
    Element h1 = document.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return TextLines.collapse(h1.text());
    }
    String title = TextLines.collapse(document.title());
    int dash = title.indexOf(" \u2013 ");
    if (dash < 0) {
      dash = title.indexOf(" - ");
    }
    return title.isEmpty() ? null : dash > 0 ? title.substring(0, dash) : title;
  }

  /** A status heading (ADOPTED, RESERVED) near the facts, as shown. */
  private static String statusBadge(Element labelColumn) {
    if (labelColumn == null) {
      return null;
    }
    Element section = labelColumn.closest(".elementor-top-section");
    for (Element heading : (section != null ? section : labelColumn).select("h2, h3")) {
      if (STATUS.statusOf(heading.text()) != null) {
        return TextLines.collapse(heading.text());
      }
    }
    return null;
  }

  /**
   * The "About {name}" cards: each an {@code <h4>} title and a text ("House Trained" → "Yes house
   * trained"), as properties keyed by the title ({@code house_trained}, {@code health}, {@code
   * prefers_home_with}).
   */
  private static Map<String, String> aboutCards(Element root) {
    Map<String, String> cards = new LinkedHashMap<>();
    for (Element heading : root.select("h2")) {
      if (!TextLines.collapse(heading.text()).toLowerCase(Locale.ROOT).startsWith("about ")) {
        continue;
      }
      Element section = heading.closest(".elementor-top-section");
      if (section == null) {
        continue;
      }
      for (Element title : section.select("h4")) {
        Element column = title.closest(".elementor-widget-wrap");
        Element text = column == null ? null : column.selectFirst(".elementor-widget-text-editor");
        String key = propertyKey(title.text());
        String value = text == null ? "" : TextLines.collapse(text.text());
        if (!key.isEmpty() && !value.isEmpty()) {
          cards.putIfAbsent(key, value);
        }
      }
      break;
    }
    return cards;
  }

  private static String propertyKey(String title) {
    return TextLines.collapse(title)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "_")
        .replaceAll("^_+|_+$", "");
  }

  /**
   * The dog's story: the text under the "Meet {name}" heading that has one (the first such heading
   * only carries the "Adopt Me" button).
   */
  private static Element story(Element root) {
    for (Element heading : root.select("h2")) {
      if (!TextLines.collapse(heading.text()).toLowerCase(Locale.ROOT).startsWith("meet ")) {
        continue;
      }
      Element widget = heading.closest(".elementor-widget");
      for (Element next = widget == null ? null : widget.nextElementSibling();
          next != null;
          next = next.nextElementSibling()) {
        if (next.hasClass("elementor-widget-text-editor")) {
          Element container = next.selectFirst(".elementor-widget-container");
          return container != null ? container : next;
        }
        if (next.hasClass("elementor-widget-heading")) {
          break;
        }
      }
    }
    return null;
  }

  /** Facts the story states in passing: compatibility, checklist ticks, shoulder height. */
  private static void readStoryFacts(List<String> lines, RawDog.Builder dog) {
    String text = String.join("\n", lines);
    Matcher good = GOOD_WITH.matcher(text);
    while (good.find()) {
      String subject = good.group(2).toLowerCase(Locale.ROOT);
      String key =
          subject.equals("kids") || subject.equals("children")
              ? "good_with_children"
              : "good_with_" + subject;
      dog.property(key, good.group(1) == null ? YesNoAnswers.YES : YesNoAnswers.NO);
    }
    Matcher checked = CHECKED.matcher(text);
    while (checked.find()) {
      String item = checked.group(1).toLowerCase(Locale.ROOT);
      dog.property(item.equals("spayed") ? "neutered" : item, YesNoAnswers.YES);
    }
    Matcher height = SHOULDER_HEIGHT.matcher(text);
    if (height.find()) {
      dog.height(height.group(1));
    }
  }

  /**
   * Photos of the dog: the full-size file a lightbox link opens, else the image itself; images
   * linking elsewhere (the video icon to YouTube) are not photos.
   */
  private static List<String> photos(Element root, URI base) {
    List<String> photos = new ArrayList<>();
    for (Element image : root.select(".elementor-widget-image img, .elementor-image-gallery img")) {
      Element link = image.closest("a[href]");
      if (link != null) {
        String href = link.absUrl("href");
        if (isImageFile(href)) {
          photos.add(href);
        }
        continue;
      }
      String source = ImgSources.dataSrcFirst(image);
      if (source != null) {
        photos.add(source);
      }
    }
    for (Element item : root.select("a.e-gallery-item[href]")) {
      photos.add(item.absUrl("href"));
    }
    return ImageUrls.normalize(base, photos);
  }

  private static boolean isImageFile(String url) {
    URI parsed = Uris.parseOrNullEncodingSpaces(url);
    return parsed != null
        && parsed.getPath() != null
        && IMAGE_FILE.matcher(parsed.getPath()).find();
  }

  // ---------------------------------------------------------------- URLs

  /** The dog's slug in {@code /adoption/{slug}/} (also under a language prefix), else null. */
  static String slugOf(URI url) {
    String slug = Slugs.segmentAfter(url, "adoption");
    return "page".equals(slug) ? null : slug;
  }

  /** Elementor's page numbers: the current one is not a link; the next is current + 1. */
  private record Pagination(URI next, Integer total) {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*$");
    private static final Pattern PAGE_IN_PATH = Pattern.compile("/page/(\\d+)/?$");

    static Pagination of(Document document) {
      Element nav = document.selectFirst("nav.elementor-pagination, .elementor-pagination");
      if (nav == null) {
        return new Pagination(null, null);
      }
      // The page marks its own number; failing that, its address says it (/page/3/).
      URI location = Uris.parseOrNullEncodingSpaces(document.location());
      String path = location == null || location.getPath() == null ? "" : location.getPath();
      Matcher inPath = PAGE_IN_PATH.matcher(path);
      int current = inPath.find() ? Integer.parseInt(inPath.group(1)) : 1;
      Element currentPage =
          nav.selectFirst("[aria-current=page], .page-numbers.current, span.current");
      if (currentPage != null) {
        Integer number = number(currentPage.text());
        current = number == null ? current : number;
      }
      int total = current;
      URI next = null;
      for (Element link : nav.select("a[href]")) {
        Integer number = number(link.text());
        if (number == null) {
          continue;
        }
        total = Math.max(total, number);
        if (number == current + 1) {
          next = Uris.parseOrNullEncodingSpaces(link.absUrl("href"));
        }
      }
      if (next == null) {
        Element arrow = nav.selectFirst("a.next[href], a[rel=next]");
        next = arrow == null ? null : Uris.parseOrNullEncodingSpaces(arrow.absUrl("href"));
      }
      return new Pagination(next, total);
    }

    private static Integer number(String text) {
      Matcher matcher = NUMBER.matcher(TextLines.collapse(text));
      return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
  }
}
