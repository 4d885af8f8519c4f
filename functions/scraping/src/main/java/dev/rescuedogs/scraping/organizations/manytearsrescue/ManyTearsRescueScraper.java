package dev.rescuedogs.scraping.organizations.manytearsrescue;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.PageLoader;
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
import org.jsoup.nodes.Node;
import org.openqa.selenium.By;

/**
 * Many Tears Animal Rescue (manytearsrescue.org). Bot management in front of the site turns away
 * plain HTTP clients, so every page is loaded in the browser. The listing is server-rendered cards
 * ({@code a.animal-card}) on numbered pages ({@code ?page=N}, 12 a page), read by following the
 * "Next" link until the highest page number shown; each card carries the compatibility icons
 * ({@code dogs-okay}, {@code children-no}, {@code cats-unknown}). Detail pages have the facts as
 * {@code li.status/.age/.gender/.breed/.location}, the fee, requirement sentences and a gallery
 * whose thumbnails hold the photos in {@code data-src} (or a CSS background image).
 *
 * <p>External id: the number in {@code /adopt/dogs/{id}/}.
 */
public final class ManyTearsRescueScraper extends OrganizationScraper {

  static final By NEXT_PAGE =
      By.cssSelector(".pagination a.arrow-right, .pagination a[title='Next page']");

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final Pattern DOG_PATH = Pattern.compile("/adopt/dogs/(\\d+)/?$");
  private static final Pattern PAGE_PARAMETER = Pattern.compile("[?&]page=(\\d+)");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
  private static final Pattern COMPATIBILITY_ICON =
      Pattern.compile("/(dogs|children|cats)-(okay|ok|yes|no|unknown)\\.[a-z]+$");
  // Thumbnails are named {photo}.{W}x{H}_{options}.jpg; 640x640 is the size every gallery has.
  private static final Pattern THUMBNAIL_SIZE =
      Pattern.compile("(\\.(?:jpe?g|png|gif|webp))\\.\\d+x\\d+(_[^/]*)$", Pattern.CASE_INSENSITIVE);
  private static final String PHOTO_SIZE = ".640x640";
  private static final Pattern FORM_REFERENCE = Pattern.compile("\\b(ANIMAL\\d+)\\b");
  private static final Map<String, String> REQUIREMENT_KEYS =
      Map.of(
          "human family requirements", "family_requirements",
          "other pet requirements", "pet_requirements",
          "house and garden requirements", "home_requirements",
          "out and about requirements", "exercise_requirements",
          "training needs", "training_needs",
          "medical issues", "medical_notes");

  public ManyTearsRescueScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public String parserVersion() {
    return "manytearsrescue-1";
  }

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI url : listingUrls()) {
      listing.followBrowserPages(url, NEXT_PAGE);
    }
  }

  @Override
  protected Page loadDetailPage(ListedDog dog, PageLoader loader) {
    return loader.render(dog.detailUrl(), browser -> browser.waitForElement(By.tagName("h1")));
  }

  // ---------------------------------------------------------------- listing

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element card : document.select("a.animal-card[href]")) {
      ListedDog dog = card(card);
      if (dog != null) {
        dogs.putIfAbsent(dog.externalId(), dog);
      }
    }
    return new ListingPage(List.copyOf(dogs.values()), nextPage(document), pagesTotal(document));
  }

  private static ListedDog card(Element card) {
    URI url = absolute(card.absUrl("href"));
    if (url == null) {
      return null;
    }
    Matcher path = DOG_PATH.matcher(url.getPath());
    if (!path.find()) {
      return null;
    }
    String id = path.group(1);
    String name = text(card.selectFirst("h3"));
    if (name == null) {
      name = blankToNull(card.attr("title"));
    }
    String badge = badges(card);
    RawDog.Builder data =
        RawDog.builder()
            .externalId(id)
            .name(name)
            .status(badge)
            .breed(text(card.selectFirst(".icon.breed")))
            .ageText(text(card.selectFirst(".icon.age")))
            .sex(text(card.selectFirst(".icon.sex, .icon.gender")))
            .location(text(card.selectFirst(".icon.location")));
    List<String> photos = new ArrayList<>();
    for (Element image : card.select(".animal-card__image, [style*=background-image]")) {
      photos.add(cssUrl(image));
    }
    for (Element image : card.select("img[src]")) {
      if (image.closest(".icons") == null) {
        photos.add(image.attr("src"));
      }
    }
    data.imageUrls(photoUrls(url, photos));
    for (Element icon : card.select(".icons img[src]")) {
      Matcher compatibility = COMPATIBILITY_ICON.matcher(icon.attr("src"));
      if (compatibility.find()) {
        data.property("good_with_" + compatibility.group(1), answer(compatibility.group(2)));
      }
    }
    URI detailUrl = url.resolve(url.getRawPath());
    return ListedDog.withDetailPage(id, name, STATUS.standardize(badge), detailUrl)
        .withListingData(data.build());
  }

  /** "okay" on an icon is "yes" in the raw properties. */
  private static String answer(String icon) {
    return switch (icon) {
      case "okay", "ok", "yes" -> "yes";
      case "no" -> "no";
      default -> "unknown";
    };
  }

  /** A card's status ribbon (reserved dogs show one when the site lists them), or null. */
  private static String badges(Element card) {
    List<String> badges = new ArrayList<>();
    for (Element badge :
        card.select("[class*=reserved], [class*=status], [class*=badge], [class*=ribbon]")) {
      String text = TextLines.collapse(badge.text());
      if (!text.isEmpty() && !badges.contains(text)) {
        badges.add(text);
      }
    }
    return badges.isEmpty() ? null : String.join(" ", badges);
  }

  private static URI nextPage(Document document) {
    Element next =
        document.selectFirst(
            ".pagination a.arrow-right[href], .pagination a[title='Next page'][href]");
    return next == null ? null : absolute(next.absUrl("href"));
  }

  /** The highest page number the pagination shows (the current one is a span, the rest links). */
  private static Integer pagesTotal(Document document) {
    int highest = 0;
    for (Element number : document.select(".pagination__numbers > *, .pagination a[href]")) {
      String text = TextLines.collapse(number.text());
      if (text.matches("\\d{1,4}")) {
        highest = Math.max(highest, Integer.parseInt(text));
      }
      Matcher parameter = PAGE_PARAMETER.matcher(number.attr("href"));
      if (parameter.find()) {
        highest = Math.max(highest, Integer.parseInt(parameter.group(1)));
      }
    }
    return highest >= 1 ? highest : null;
  }

  // ---------------------------------------------------------------- detail

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Matcher path = DOG_PATH.matcher(page.url().getPath());
    if (!path.find()) {
      throw new IllegalStateException("no Many Tears dog id in " + page.url());
    }
    Element facts = document.selectFirst(".icon-list ul, .animals-detail .sidebar ul");
    Element heading = document.selectFirst(".animals-detail h1, h1");
    if (facts == null || heading == null) {
      // A missing dog answers with the site's error page, which a browser shows like any other.
      throw new IllegalStateException("no dog facts on " + page.url() + " (not a dog's page)");
    }
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(path.group(1))
            .name(TextLines.collapse(heading.text()))
            .adoptionUrl(page.url().resolve(page.url().getRawPath()).toString())
            .status(text(facts.selectFirst("li.status")))
            .ageText(text(facts.selectFirst("li.age")))
            .sex(text(facts.selectFirst("li.gender, li.sex")))
            .breed(text(facts.selectFirst("li.breed")))
            .location(text(facts.selectFirst("li.location")))
            .description(description(document))
            .imageUrls(photos(page));
    List<String> notes = new ArrayList<>();
    for (Element item : facts.select("> li")) {
      if (item.className().isBlank()) {
        String note = text(item);
        if (note != null) {
          notes.add(note);
        }
      }
    }
    if (!notes.isEmpty()) {
      dog.property("notes", String.join("; ", notes));
    }
    Element fee = document.selectFirst(".min-donation p");
    if (fee != null && text(fee) != null) {
      dog.property("fee", text(fee));
    }
    for (Element requirement : document.select("ul.requirements-icons > li")) {
      Element icon = requirement.selectFirst("img[alt]");
      String sentence = text(requirement.selectFirst("p"));
      if (icon == null || sentence == null) {
        continue;
      }
      String label = icon.attr("alt").strip().toLowerCase(Locale.ROOT);
      String key =
          REQUIREMENT_KEYS.getOrDefault(
              label, label.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""));
      if (!key.isEmpty()) {
        dog.property(key, sentence);
      }
    }
    Element form = document.selectFirst(".adoption-form form[action]");
    if (form != null) {
      Matcher reference = FORM_REFERENCE.matcher(form.attr("action"));
      if (reference.find()) {
        dog.property("reference", reference.group(1));
      }
    }
    return dog.build();
  }

  /** The story: the text blocks of the main column (the name heading has its own block). */
  private static String description(Document document) {
    Document story = Document.createShell("");
    story.outputSettings().prettyPrint(false);
    for (Element block : document.select(".animals-detail .main .text-block")) {
      Element body = block.selectFirst(".wrapper");
      Element content = body == null ? block : body;
      if (block.selectFirst("h1") != null || TextLines.collapse(content.text()).isEmpty()) {
        continue;
      }
      for (Node node : content.childNodes()) {
        story.body().appendChild(node.clone());
      }
    }
    String html = story.body().html().strip();
    return html.isEmpty() ? null : html;
  }

  /** The main photo and every gallery thumbnail's full photo ({@code data-src}, else its CSS). */
  private static List<String> photos(Page page) {
    Document document = page.document();
    List<String> photos = new ArrayList<>();
    for (Element image : document.select(".animal-gallery__main img")) {
      photos.add(firstNonBlank(image.attr("data-src"), image.attr("src")));
    }
    for (Element thumb : document.select(".animal-gallery__thumb")) {
      photos.add(firstNonBlank(thumb.attr("data-src"), cssUrl(thumb)));
    }
    return photoUrls(page.url(), photos);
  }

  /**
   * Absolute photo URLs, each in the gallery's 640x640 size: cards and thumbnails show the same
   * photos in other sizes, which would otherwise count as more photos.
   */
  private static List<String> photoUrls(URI base, List<String> references) {
    List<String> photos = new ArrayList<>();
    for (String reference : references) {
      if (reference != null) {
        String photo = reference.strip();
        photos.add(THUMBNAIL_SIZE.matcher(photo).replaceFirst("$1" + PHOTO_SIZE + "$2"));
      }
    }
    return ImageUrls.normalize(base, photos);
  }

  // ---------------------------------------------------------------- small helpers

  private static String cssUrl(Element element) {
    Matcher url = CSS_URL.matcher(element.attr("style"));
    return url.find() ? url.group(1).strip() : null;
  }

  private static URI absolute(String url) {
    try {
      URI uri = URI.create(url);
      return uri.isAbsolute() && uri.getScheme().startsWith("http") ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(element.text());
  }

  private static String blankToNull(String text) {
    String collapsed = TextLines.collapse(text);
    return collapsed.isEmpty() ? null : collapsed;
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}
