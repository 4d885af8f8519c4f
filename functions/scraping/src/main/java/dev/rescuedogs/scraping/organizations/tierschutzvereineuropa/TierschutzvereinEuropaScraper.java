package dev.rescuedogs.scraping.organizations.tierschutzvereineuropa;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.HeadingSection;
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
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tierschutzverein Europa e.V. (tierschutzverein-europa.de): a static WordPress site (X theme) in
 * German.
 *
 * <p><b>Listing.</b> {@code /tiervermittlung/}, {@code /tiervermittlung/page/N/}: one {@code
 * article.tiervermittlung} card per animal, WordPress pagination ({@code a.next.page-numbers}, the
 * highest page number is the total). A card's classes carry the site's taxonomies: {@code
 * status-reserviert} / {@code status-zuhause-gefunden} give the status ({@code status-publish} is
 * WordPress's own post status), {@code status-regenbogenbruecke} marks a dog that died (left out:
 * it is neither adoptable nor adopted), {@code kategorie-katzen} / {@code kategorie-andere-tiere}
 * mark animals that are not dogs (left out).
 *
 * <p><b>External id.</b> The permalink slug without prefix, e.g. {@code
 * pontos-in-spanien-tierheim-apap}: WordPress keeps a post's slug when the dog moves (Pontos is in
 * Germany under a "…-in-spanien-…" slug), so it outlives the texts.
 *
 * <p><b>Detail page.</b> {@code /tiervermittlung/{slug}/}: a {@code <table>} of {@code
 * td.data-box-label} rows (Name, Rasse, Geschlecht, Geburtstag "01.2024 (2 Jahre alt)", Ungefähre
 * Größe, Kastriert, Katzentest, Besonderheiten, Mittelmeertest, Aufenthaltsort), the story under
 * {@code h2} "Beschreibung", the featured {@code img.wp-post-image} and an Envira gallery whose
 * links hold the full-size photos (the thumbnails are lazy-loaded). Names may carry asides
 * ("Strolch (vermittlungshilfe)"); they are kept as shown for the name standardization.
 */
public final class TierschutzvereinEuropaScraper extends OrganizationScraper {

  /** The site has some 15 pages; more than 50 means the pagination runs away. */
  static final int MAX_LISTING_PAGES = 50;

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final Pattern LISTING_PAGE = Pattern.compile("/tiervermittlung/page/(\\d+)/?$");
  private static final Pattern DETAIL_PATH = Pattern.compile("/tiervermittlung/([^/]+)/?$");
  private static final Pattern BIRTH_MONTH = Pattern.compile("^\\s*(\\d{1,2}[./]\\d{4}|\\d{4})\\b");
  private static final Pattern CENTIMETRES =
      Pattern.compile("\\d\\s*cm\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_FILE =
      Pattern.compile("\\.(jpe?g|png|webp|gif|avif)(\\?.*)?$", Pattern.CASE_INSENSITIVE);

  /** WordPress's own post statuses, which share the {@code status-} class prefix. */
  private static final Set<String> POST_STATUSES =
      Set.of("publish", "private", "future", "draft", "pending", "inherit", "trash");

  private static final Set<String> NOT_DOGS = Set.of("kategorie-katzen", "kategorie-andere-tiere");
  private static final String DECEASED = "status-regenbogenbruecke";
  private static final String EMERGENCY = "status-notfall";

  /**
   * Table labels read into fields or named properties; the others become properties as they are.
   */
  private static final List<String> KNOWN_LABELS =
      List.of(
          "Name",
          "Rasse",
          "Geschlecht",
          "Geburtstag",
          "Alter",
          "Ungefähre Größe",
          "Größe",
          "Schulterhöhe",
          "Gewicht",
          "Aufenthaltsort",
          "Kastriert",
          "Katzentest",
          "Besonderheiten",
          "Mittelmeertest",
          "Hundeverträglich",
          "Verträglich mit Hunden",
          "Kinderverträglich",
          "Verträglich mit Kindern",
          "Schutzgebühr");

  /** {@link #KNOWN_LABELS} as {@link LabeledValues#asMap()} keys them. */
  private static final Set<String> KNOWN_KEYS = labelKeys(KNOWN_LABELS);

  public TierschutzvereinEuropaScraper(
      OrganizationConfig config, ScraperDependencies dependencies) {
    super(config, dependencies);
  }

  @Override
  protected int maxListingPages() {
    return MAX_LISTING_PAGES;
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element card : document.select("article.tiervermittlung")) {
      Set<String> classes = card.classNames();
      if (classes.contains(DECEASED) || classes.stream().anyMatch(NOT_DOGS::contains)) {
        continue;
      }
      URI url = detailLink(card);
      if (url == null) {
        throw new ListingFailedException(
            "a card on " + page.url() + " links to no dog page: " + abbreviate(card.text()));
      }
      String id = Slugs.lastPathSegment(url);
      String statusText = statusText(card);
      // The card's photo is a thumbnail of the page's featured photo: only the page's are kept.
      RawDog.Builder data = RawDog.builder().externalId(id).status(statusText);
      Element flag = card.selectFirst(".notification-title");
      if (flag != null) {
        data.location(TextLines.collapse(flag.text()));
      }
      if (classes.contains(EMERGENCY)) {
        data.property("emergency", "yes");
      }
      dogs.putIfAbsent(
          id,
          ListedDog.withDetailPage(id, cardName(card), STATUS.standardize(statusText), url)
              .withListingData(data.build()));
    }
    return new ListingPage(List.copyOf(dogs.values()), nextPage(document), pagesTotal(document));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Element article = document.selectFirst("article.tiervermittlung");
    Element root = article != null ? article : document.body();
    Element label = root.selectFirst("td.data-box-label");
    Element table = label == null ? null : label.closest("table");
    if (table == null) {
      throw new IllegalStateException(
          page.url() + " has no fact table (td.data-box-label): not a Tiervermittlung page");
    }
    LabeledValues facts = LabeledValues.fromTables(table);
    RawDog.Builder dog = RawDog.builder().externalId(Slugs.lastPathSegment(page.url()));
    dog.name(name(document, facts));
    dog.breed(facts.getOrNull("Rasse"));
    dog.sex(facts.getOrNull("Geschlecht"));
    String born = facts.getOrNull("Geburtstag", "Alter");
    dog.ageText(born);
    if (born != null) {
      Matcher month = BIRTH_MONTH.matcher(born);
      if (month.find() && facts.get("Geburtstag").isPresent()) {
        dog.property("date_of_birth", month.group(1));
      }
    }
    String size = facts.getOrNull("Ungefähre Größe", "Größe", "Schulterhöhe");
    if (size != null && CENTIMETRES.matcher(size).find()) {
      dog.height(size);
    } else {
      dog.size(size);
    }
    dog.weight(facts.getOrNull("Gewicht"));
    dog.location(facts.getOrNull("Aufenthaltsort"));
    Element flag = root.selectFirst(".notification-title");
    if (flag != null && !TextLines.collapse(flag.text()).isEmpty()) {
      dog.property("country", TextLines.collapse(flag.text()));
    }
    if (article != null) {
      dog.status(statusText(article));
      if (article.hasClass(EMERGENCY)) {
        dog.property("emergency", "yes");
      }
    }
    facts.get("Kastriert").ifPresent(value -> dog.property("neutered", value));
    facts
        .get("Katzentest")
        .ifPresent(
            value -> {
              dog.property("cat_test", value);
              dog.property("good_with_cats", verdict(value));
            });
    facts
        .get("Hundeverträglich", "Verträglich mit Hunden")
        .ifPresent(value -> dog.property("good_with_dogs", verdict(value)));
    facts
        .get("Kinderverträglich", "Verträglich mit Kindern")
        .ifPresent(value -> dog.property("good_with_children", verdict(value)));
    facts.get("Schutzgebühr").ifPresent(value -> dog.property("fee", value));
    facts.get("Besonderheiten").ifPresent(value -> dog.property("special_notes", value));
    facts.get("Mittelmeertest").ifPresent(value -> dog.property("mediterranean_test", value));
    facts
        .asMap()
        .forEach(
            (key, value) -> {
              if (!KNOWN_KEYS.contains(key)) {
                dog.property(key.replace(' ', '_'), value);
              }
            });
    dog.description(description(root));
    dog.imageUrls(ImageUrls.normalize(page.url(), photos(root)));
    return dog.build();
  }

  // ---------------------------------------------------------------- listing

  private static URI detailLink(Element card) {
    for (Element link : card.select("a[href]")) {
      URI url = Uris.parseOrNullEncodingSpaces(link.absUrl("href"));
      if (url != null
          && url.getPath() != null
          && DETAIL_PATH.matcher(url.getPath()).find()
          && !LISTING_PAGE.matcher(url.getPath()).find()) {
        return withoutQueryOrFragment(url);
      }
    }
    return null;
  }

  private static String cardName(Element card) {
    Element title = card.selectFirst(".entry-title-title, .entry-title, h2, h3, h4");
    String name = title == null ? "" : TextLines.collapse(title.text());
    return name.isEmpty() ? null : name;
  }

  /**
   * The pagination's "next" link. Detail pages also have an {@code a.next} (to the next dog), so
   * only links to {@code /tiervermittlung/page/N/} count.
   */
  private static URI nextPage(Document document) {
    for (Element link : document.select("a.next, a[rel=next]")) {
      URI url = Uris.parseOrNullEncodingSpaces(link.absUrl("href"));
      if (url != null && url.getPath() != null && LISTING_PAGE.matcher(url.getPath()).find()) {
        return withoutQueryOrFragment(url);
      }
    }
    return null;
  }

  /** The highest page number the pagination links to or shows as current; null without one. */
  private static Integer pagesTotal(Document document) {
    int highest = 0;
    for (Element link : document.select("a[href]")) {
      URI url = Uris.parseOrNullEncodingSpaces(link.absUrl("href"));
      if (url == null || url.getPath() == null) {
        continue;
      }
      Matcher page = LISTING_PAGE.matcher(url.getPath());
      if (page.find()) {
        highest = Math.max(highest, Integer.parseInt(page.group(1)));
      }
    }
    for (Element current : document.select(".page-numbers.current, span[aria-current=page]")) {
      String text = TextLines.collapse(current.text()).replaceAll("\\D", "");
      if (!text.isEmpty() && text.length() < 4) {
        highest = Math.max(highest, Integer.parseInt(text));
      }
    }
    return highest == 0 ? null : highest;
  }

  // ---------------------------------------------------------------- detail

  /** The title the page shows ("Pontos"), else the table's Name, else the whole {@code h1}. */
  private static String name(Document document, LabeledValues facts) {
    Element title = document.selectFirst("h1 .entry-title-title");
    if (title != null && !TextLines.collapse(title.text()).isEmpty()) {
      return TextLines.collapse(title.text());
    }
    String fromTable = facts.getOrNull("Name");
    if (fromTable != null) {
      return fromTable;
    }
    Element heading = document.selectFirst("h1");
    return heading == null ? null : TextLines.collapse(heading.text());
  }

  private static String description(Element root) {
    return HeadingSection.startingWith(root, "beschreibung")
        .map(heading -> HeadingSection.storyHtml(HeadingSection.contentAfter(heading)))
        .orElse(null);
  }

  /** The featured photo first, then the gallery's full-size links; lazy thumbnails as fallback. */
  private static List<String> photos(Element root) {
    List<String> photos = new ArrayList<>();
    Element featured = root.selectFirst("img.wp-post-image");
    if (featured != null) {
      addIfPresent(photos, ImgSources.best(featured));
    }
    for (Element item : root.select(".envira-gallery-item")) {
      Element link = item.selectFirst("a.envira-gallery-link[href], a[href]");
      String href = link == null ? "" : link.absUrl("href");
      if (IMAGE_FILE.matcher(href).find()) {
        photos.add(href);
      } else {
        Element thumbnail = item.selectFirst("img");
        if (thumbnail != null) {
          addIfPresent(photos, ImgSources.best(thumbnail));
        }
      }
    }
    return photos;
  }

  /**
   * A compatibility answer as yes/no/unknown. Test results come first: "positiv" / "bestanden" mean
   * the dog passed (a cat test), "negativ" / "nicht bestanden" that it did not; other answers
   * ("ja", "nein", "auf Anfrage") are read as {@link YesNoAnswers} reads them.
   */
  static String verdict(String value) {
    String folded = HeadingSection.fold(value);
    if (folded.matches(".*\\b(negativ|nicht bestanden)\\b.*")) {
      return YesNoAnswers.NO;
    }
    if (folded.matches(".*\\b(positiv|bestanden)\\b.*")) {
      return YesNoAnswers.YES;
    }
    return YesNoAnswers.read(value);
  }

  // ---------------------------------------------------------------- shared

  /**
   * The status the {@code status-…} taxonomy classes (and a visible badge, if the theme shows one)
   * give, as German words for the status standardization ("reserviert", "zuhause gefunden"); null
   * when they name none.
   */
  static String statusText(Element article) {
    List<String> terms = new ArrayList<>();
    for (String name : article.classNames()) {
      if (name.startsWith("status-")) {
        String term = name.substring("status-".length());
        if (!POST_STATUSES.contains(term)) {
          terms.add(term.replace('-', ' '));
        }
      }
    }
    for (Element badge : article.select(".tsv-status, .status-badge, .badge, .ribbon")) {
      terms.add(TextLines.collapse(badge.text()));
    }
    for (String term : terms) {
      if (STATUS.statusOf(term) != null) {
        return term;
      }
    }
    return null;
  }

  private static Set<String> labelKeys(List<String> labels) {
    Set<String> keys = new HashSet<>();
    for (String label : labels) {
      keys.addAll(LabeledValues.fromLines(List.of(label + ": x")).asMap().keySet());
    }
    return Set.copyOf(keys);
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }

  private static URI withoutQueryOrFragment(URI url) {
    String text = url.toString();
    int cut = text.length();
    for (char mark : new char[] {'?', '#'}) {
      int index = text.indexOf(mark);
      if (index >= 0) {
        cut = Math.min(cut, index);
      }
    }
    return URI.create(text.substring(0, cut));
  }

  private static String abbreviate(String text) {
    String collapsed = TextLines.collapse(text);
    return collapsed.length() > 80 ? collapsed.substring(0, 80) + "…" : collapsed;
  }
}
