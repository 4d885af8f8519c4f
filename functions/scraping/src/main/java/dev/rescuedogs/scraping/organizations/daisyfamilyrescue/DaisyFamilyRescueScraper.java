package dev.rescuedogs.scraping.organizations.daisyfamilyrescue;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.core.text.Fold;
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
import dev.rescuedogs.scraping.scrape.PageLoader;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Daisy Family Rescue e.V. (Berlin; dogs in North Macedonia and German foster homes), a German
 * WordPress site built with Elementor; listing and dog pages are read in the browser.
 *
 * <p><b>Listing</b> ({@code /unsere-hunde/}, one page): sections under {@code
 * h2.elementor-heading-title} headings, each with cards ({@code
 * article.elementor-post.ecs-post-loop}) linking to {@code /hund-{name}/}. The headings were
 * reworded before (#188), so they are classified by keyword, not matched exactly: "Pflegestelle",
 * "Hündinnen", "Rüden" are dogs looking for a home; "reserviert" anywhere makes a section reserved
 * and wins over the other keywords ("Reservierte Hündinnen"); a heading naming adoption
 * ("vermittelt") makes it adopted. Cards under any other heading (partners, sponsorship dogs, a
 * memorial) are not dogs for adoption and are left out: a reworded heading then shows as a missing
 * section, never as dogs with the wrong status.
 *
 * <p><b>Detail</b> ({@code /hund-{name}/}): the name in {@code <h1>}; a "Steckbrief" of "Label:
 * value" lines (Alter, Geschlecht, Rasse, Herkunft, Aufenthaltsort, Gewicht, Schulterhöhe,
 * Charakter, Verträgt sich mit Hunden, Verträglich mit Katzen, Halter, Schutzgebühr, Traumzuhause);
 * the story under {@code <h4>} headings; a profile photo and an Elementor gallery whose items have
 * no {@code <img>} (the photo is only in the link and {@code data-thumbnail}).
 *
 * <p><b>External id</b>: the URL slug as it is ({@code /hund-brownie/} → {@code hund-brownie}).
 */
public final class DaisyFamilyRescueScraper extends OrganizationScraper {

  private static final String CARD_SELECTOR = "article.elementor-post.ecs-post-loop";
  private static final By CARDS = By.cssSelector(CARD_SELECTOR);
  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpe?g|png|webp|gif|avif)$");
  private static final Pattern LOGO = Pattern.compile("(?i)logo");

  public DaisyFamilyRescueScraper(
      OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  // ---------------------------------------------------------------- listing

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI start : listingUrls()) {
      Browser browser = listing.browser();
      browser.open(start);
      browser.dismissCookieOverlay();
      try {
        browser.waitForAtLeast(CARDS, 1);
      } catch (TimeoutException e) {
        throw new ListingFailedException("the listing " + start + " shows no dog cards", e);
      }
      browser.scrollToLoadAll(CARDS);
      listing.readBrowserPage(browser);
      listing.expectPages(start.toString(), null, 1);
    }
  }

  /** What a section heading says about the cards below it. */
  enum Section {
    /** Dogs looking for a home. */
    AVAILABLE,
    RESERVED,
    ADOPTED,
    /** Not a section of dogs for adoption. */
    OTHER;

    static Section of(String heading) {
      // Folded (lower case, no accents, decomposed umlauts too): "Rüden" → "ruden".
      List<String> words = Fold.words(heading);
      if (words.stream().anyMatch(word -> word.contains("reserviert"))) {
        return RESERVED;
      }
      if (STATUS.statusOf(heading) == DogStatus.ADOPTED) {
        return ADOPTED;
      }
      for (String word : words) {
        if (word.contains("pflegestelle")
            || word.startsWith("hundin")
            || word.startsWith("huendin")
            || word.startsWith("rude")
            || word.startsWith("ruede")) {
          return AVAILABLE;
        }
      }
      return OTHER;
    }

    DogStatus status() {
      return switch (this) {
        case RESERVED -> DogStatus.RESERVED;
        case ADOPTED -> DogStatus.ADOPTED;
        default -> DogStatus.AVAILABLE;
      };
    }
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Section section = Section.OTHER;
    String heading = null;
    List<ListedDog> dogs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Element element : document.select("h2.elementor-heading-title, " + CARD_SELECTOR)) {
      if (element.closest(".elementor-location-header, .elementor-location-footer") != null) {
        continue;
      }
      if (element.normalName().equals("h2")) {
        // A card's own title may be such a heading too; it is no section.
        if (element.closest(CARD_SELECTOR) == null) {
          heading = TextLines.collapse(element.text());
          section = Section.of(heading);
        }
        continue;
      }
      if (section == Section.OTHER) {
        continue;
      }
      ListedDog dog = parseCard(element, section, heading);
      if (dog != null && !seen.contains(dog.externalId())) {
        seen.add(dog.externalId());
        dogs.add(dog);
      }
    }
    return ListingPage.single(dogs);
  }

  private static ListedDog parseCard(Element card, Section section, String heading) {
    Element link = card.selectFirst("a[href*=/hund-]");
    URI url = link == null ? null : Uris.parseOrNull(link.absUrl("href"));
    String slug = url == null ? null : slugOf(url);
    if (slug == null) {
      return null;
    }
    Element title = card.selectFirst("h1, h2, h3, h4, .elementor-post__title");
    String name = title != null ? TextLines.collapse(title.text()) : "";
    if (name.isEmpty()) {
      name = TextLines.collapse(link.text());
    }
    DogStatus status = section.status();
    DogStatus inName = STATUS.statusOf(name);
    String badge = section == Section.AVAILABLE ? null : heading;
    if (inName != null && status == DogStatus.AVAILABLE) {
      status = inName;
      badge = name;
    }
    // The card's photo is a square crop of the profile photo the dog's page shows in full.
    return ListedDog.withDetailPage(slug, name.isEmpty() ? null : name, status, url)
        .withListingData(RawDog.builder().externalId(slug).status(badge).build());
  }

  // ---------------------------------------------------------------- detail

  @Override
  protected Page loadDetailPage(ListedDog dog, PageLoader loader) {
    return loader.render(dog.detailUrl(), browser -> browser.waitForElement(By.tagName("h1")));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    String slug = slugOf(page.url());
    if (slug == null) {
      throw new IllegalArgumentException(page.url() + " is not a Daisy dog page (/hund-{name}/)");
    }
    Document document = page.document();
    Element single = document.selectFirst(".elementor-location-single");
    Element root = single != null ? single : document.body();
    Element profile = profileColumn(root);
    if (profile == null) {
      // A rendered error page ("Seite nicht gefunden") has a heading but no Steckbrief.
      throw new IllegalStateException(page.url() + " has no Steckbrief: not a dog's page");
    }
    LabeledValues facts = LabeledValues.fromLines(profile);
    Element h1 = root.selectFirst("h1");
    String name = h1 != null ? TextLines.collapse(h1.text()) : null;

    String sex = facts.getOrNull("Geschlecht");
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(slug)
            .name(name)
            .adoptionUrl(page.url().toString())
            .status(name != null && STATUS.statusOf(name) != null ? name : null)
            .ageText(facts.getOrNull("Alter", "Geburtsdatum", "Geboren"))
            .sex(sex)
            .breed(facts.getOrNull("Rasse"))
            .location(facts.getOrNull("Aufenthaltsort", "Herkunft / Aufenthaltsort", "Standort"))
            .weight(facts.getOrNull("Gewicht"))
            .height(facts.getOrNull("Schulterhöhe", "Größe"));
    property(dog, "origin", facts.getOrNull("Herkunft", "Herkunft / Aufenthaltsort"));
    property(dog, "character", facts.getOrNull("Charakter"));
    property(dog, "suitable_as_second_dog", facts.getOrNull("Als Zweithund geeignet"));
    property(dog, "suitable_owner", facts.getOrNull("Halter"));
    property(dog, "ideal_home", facts.getOrNull("Traumzuhause"));
    property(dog, "adoption_fee", facts.getOrNull("Schutzgebühr"));
    property(
        dog,
        "good_with_dogs",
        YesNoAnswers.read(facts.getOrNull("Verträgt sich mit Hunden", "Verträglich mit Hunden")));
    property(
        dog,
        "good_with_cats",
        YesNoAnswers.read(facts.getOrNull("Verträglich mit Katzen", "Verträgt sich mit Katzen")));
    property(
        dog,
        "good_with_children",
        YesNoAnswers.read(facts.getOrNull("Verträglich mit Kindern", "Verträgt sich mit Kindern")));
    property(dog, "neutered", neutered(sex, facts.getOrNull("Kastriert")));
    property(dog, "medical_notes", facts.getOrNull("Gesundheit", "Krankheiten"));

    dog.description(story(root, profile));
    dog.imageUrls(photos(root, page.url()));
    return dog.build();
  }

  /** The column under the "Steckbrief" heading, or null when the page has none. */
  private static Element profileColumn(Element root) {
    for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
      if (TextLines.collapse(heading.text()).equalsIgnoreCase("Steckbrief")) {
        Element column = heading.closest(".elementor-widget-wrap");
        return column != null ? column : heading.parent();
      }
    }
    return null;
  }

  private static void property(RawDog.Builder dog, String key, String value) {
    if (value != null && !value.isBlank()) {
      dog.property(key, value);
    }
  }

  /** "männlich, kastriert" → yes; "unkastriert", "nicht kastriert" → no. */
  static String neutered(String sex, String stated) {
    for (String text : new String[] {stated, sex}) {
      if (text == null) {
        continue;
      }
      String folded = text.toLowerCase(Locale.ROOT);
      if (folded.contains("unkastriert") || folded.matches("(?s).*\\bnicht\\s+kastriert.*")) {
        return YesNoAnswers.NO;
      }
      if (folded.contains("kastriert") || folded.equals("ja")) {
        return YesNoAnswers.YES;
      }
      if (folded.equals("nein")) {
        return YesNoAnswers.NO;
      }
    }
    return null;
  }

  /**
   * The dog's story: each {@code <h4>} heading below the Steckbrief with the text under it ("Hallo
   * Freunde, ich bin's Massimo!", "Meine Vorgeschichte", "Mehr über mich", "Was ich mir wünsche").
   * The association's standard paragraph on vaccinations and the adoption form has no heading and
   * is left out.
   */
  private static String story(Element root, Element profile) {
    StringBuilder html = new StringBuilder();
    for (Element heading : root.select("h4")) {
      if (Objects.equals(heading.closest(".elementor-widget-wrap"), profile)) {
        continue;
      }
      Element widget = heading.closest(".elementor-widget");
      List<String> texts = new ArrayList<>();
      for (Element next = widget == null ? null : widget.nextElementSibling();
          next != null && !next.hasClass("elementor-widget-heading");
          next = next.nextElementSibling()) {
        if (next.hasClass("elementor-widget-text-editor")) {
          Element container = next.selectFirst(".elementor-widget-container");
          String inner = (container != null ? container : next).html().strip();
          if (!inner.isEmpty()) {
            texts.add(inner);
          }
        }
      }
      if (texts.isEmpty()) {
        continue;
      }
      html.append("<h4>").append(heading.html().strip()).append("</h4>");
      for (String text : texts) {
        html.append(text.startsWith("<p") ? text : "<p>" + text + "</p>");
      }
    }
    return html.length() == 0 ? null : html.toString();
  }

  /**
   * The profile photo(s) and the gallery. Gallery items carry the photo only in their link (full
   * size) or {@code data-thumbnail}; the video carousel's cover image and logos are not photos.
   */
  private static List<String> photos(Element root, URI base) {
    List<String> photos = new ArrayList<>();
    for (Element image : root.select(".elementor-widget-image img")) {
      Element link = image.closest("a[href]");
      String source =
          link != null && isImageFile(link.absUrl("href"))
              ? link.absUrl("href")
              : ImgSources.dataSrcFirst(image);
      if (source != null
          && !LOGO.matcher(source).find()
          && !LOGO.matcher(image.attr("alt")).find()) {
        photos.add(source);
      }
    }
    for (Element item : root.select(".e-gallery-item, .elementor-gallery-item")) {
      String href = item.absUrl("href");
      if (isImageFile(href)) {
        photos.add(href);
        continue;
      }
      Element thumbnail = item.selectFirst("[data-thumbnail]");
      if (thumbnail != null) {
        photos.add(thumbnail.absUrl("data-thumbnail"));
      }
    }
    return ImageUrls.normalize(base, photos);
  }

  private static boolean isImageFile(String url) {
    URI parsed = Uris.parseOrNull(url);
    return parsed != null
        && parsed.getPath() != null
        && IMAGE_FILE.matcher(parsed.getPath()).find();
  }

  // ---------------------------------------------------------------- URLs

  /** The last path segment when it is {@code hund-…}, else null. */
  static String slugOf(URI url) {
    String slug = Slugs.lastPathSegment(url).toLowerCase(Locale.ROOT);
    return slug.startsWith("hund-") && slug.length() > "hund-".length() ? slug : null;
  }
}
