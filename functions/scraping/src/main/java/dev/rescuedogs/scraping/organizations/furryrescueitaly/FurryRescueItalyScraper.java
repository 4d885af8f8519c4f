package dev.rescuedogs.scraping.organizations.furryrescueitaly;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.HeadingSection;
import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.parse.YesNoAnswers;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Furry Rescue Italy, a WordPress site rebuilt with Elementor in 2026 (the original system's
 * scraper broke on the rebuild and the organization was switched off). No page of the rebuilt site
 * was recorded, so this scraper reads what Elementor renders for a post archive and a single post,
 * accepting the common variants of that markup.
 *
 * <p><b>Listing</b> ({@code /adoptions/}, then {@code /adoptions/page/N/}): one card per dog — an
 * Elementor post ({@code article.elementor-post}) or loop item ({@code .e-loop-item}) — with the
 * name in the title link and an optional badge ({@code .elementor-post__badge}: "Adopted",
 * "Reserved", Italian "Adottato", "Riservato"). The card's thumbnail is a crop of the photo the
 * dog's page shows, so photos come from the page only. The pagination ({@code div.pagination} or
 * Elementor's {@code nav.elementor-pagination}) links the next page; its highest page number is the
 * total.
 *
 * <p><b>Detail</b> ({@code /adoptions/{slug}/}): the name in the {@code h1}; facts as "Label:
 * value" lines in English or Italian (Sex/Sesso, Age/Età, Breed/Razza, Size/Taglia, Weight/Peso,
 * Good with cats/Con i gatti …); the story in the post-content widget; photos from the featured
 * image, galleries and carousels. Header, footer and "other dogs" widgets are ignored.
 *
 * <p><b>External id</b>: {@code fri-} + the slug of the dog's URL, which WordPress keeps when the
 * post's text changes.
 */
public final class FurryRescueItalyScraper extends OrganizationScraper {

  static final String ID_PREFIX = "fri-";

  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final String CARDS = "article.elementor-post, .e-loop-item";
  private static final String PAGINATION =
      ".pagination, nav.elementor-pagination, nav.navigation, .nav-links";

  /** Site header and footer: their menus link pages that are not dogs. */
  private static final String SITE_FURNITURE =
      "[data-elementor-type=header], [data-elementor-type=footer], header.site-header,"
          + " footer.site-footer, script, style, noscript, template";

  /** Page furniture and other dogs, never part of the dog's page. */
  private static final String NOT_THE_DOG =
      "[data-elementor-type=header], [data-elementor-type=footer], header.site-header,"
          + " footer.site-footer, .elementor-widget-posts, .elementor-widget-loop-grid,"
          + " .elementor-widget-loop-carousel, .elementor-widget-post-navigation,"
          + " .elementor-widget-share-buttons, .elementor-widget-nav-menu, nav, script, style,"
          + " noscript, template, form, .swiper-slide-duplicate";

  private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d+)\\s*$");

  private static final List<String> SEX = List.of("Sex", "Gender", "Sesso", "Genere");
  private static final List<String> AGE =
      List.of(
          "Age",
          "Età",
          "Date of birth",
          "Born",
          "Birth",
          "Data di nascita",
          "Nato",
          "Nata",
          "Nato il",
          "Nata il");
  private static final List<String> BREED = List.of("Breed", "Razza");
  private static final List<String> SIZE = List.of("Size", "Taglia");
  private static final List<String> WEIGHT = List.of("Weight", "Peso");
  private static final List<String> HEIGHT = List.of("Height", "Shoulder height", "Altezza");
  private static final List<String> LOCATION =
      List.of("Location", "Currently in", "Where", "Dove si trova", "Si trova a", "Località");
  private static final List<String> STATUS_LABELS = List.of("Status", "Stato");
  private static final List<String> DOGS =
      List.of("Good with dogs", "OK with dogs", "Dogs", "Con i cani", "Ok con cani", "Cani");
  private static final List<String> CATS =
      List.of("Good with cats", "OK with cats", "Cats", "Con i gatti", "Ok con gatti", "Gatti");
  private static final List<String> CHILDREN =
      List.of(
          "Good with children",
          "Good with kids",
          "OK with children",
          "Children",
          "Kids",
          "Con i bambini",
          "Ok con bambini",
          "Bambini");
  private static final List<String> NEUTERED =
      List.of("Neutered", "Spayed", "Neutered/Spayed", "Sterilizzato", "Sterilizzata", "Castrato");
  private static final List<String> VACCINATED = List.of("Vaccinated", "Vaccinato", "Vaccinata");
  private static final List<String> MICROCHIPPED =
      List.of("Microchipped", "Microchip", "Chipped", "Microchippato", "Microchippata");
  private static final List<String> FEE =
      List.of("Adoption fee", "Fee", "Donation", "Contributo", "Contributo di adozione");
  private static final List<String> HEALTH = List.of("Health", "Medical", "Salute");

  /** Every label above, folded: paragraphs made of them are facts, not story. */
  private static final Set<String> FACT_LABELS = foldedLabels();

  public FurryRescueItalyScraper(
      OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Element content = document.clone().body();
    content.select(SITE_FURNITURE).remove();
    List<ListedDog> dogs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element card : content.select(CARDS)) {
      if (card.parents().is(CARDS)) {
        continue;
      }
      Element link = card.selectFirst(".elementor-post__title a[href], h2 a[href], h3 a[href]");
      if (link == null) {
        link = card.selectFirst("a[href]");
      }
      if (link == null) {
        continue;
      }
      URI url = URI.create(link.absUrl("href"));
      String slug = Slugs.lastPathSegment(url);
      if (slug.isEmpty() || !ids.add(slug)) {
        continue;
      }
      Element title = card.selectFirst(".elementor-post__title, h2, h3, h4");
      String name = TextLines.collapse(title != null ? title.text() : link.text());
      String badge = TextLines.collapse(card.select(".elementor-post__badge").text());
      DogStatus status = STATUS.standardize(badge, name);
      RawDog.Builder cardData = RawDog.builder().externalId(ID_PREFIX + slug);
      if (!badge.isEmpty()) {
        cardData.status(badge);
      }
      dogs.add(
          ListedDog.withDetailPage(ID_PREFIX + slug, name, status, url)
              .withListingData(cardData.build()));
    }
    return new ListingPage(dogs, nextPage(content), pagesTotal(content));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Element content = mainContent(document);
    String slug = Slugs.lastPathSegment(page.url());
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(page.url() + " is not a dog's page");
    }
    Element heading = content.selectFirst("h1");
    String name = heading == null ? null : TextLines.collapse(heading.text());
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("no name heading on " + page.url());
    }
    LabeledValues facts = LabeledValues.fromLines(content);
    LabeledValues tableFacts = LabeledValues.fromTables(content);

    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + slug)
            .name(name)
            .adoptionUrl(page.url().toString())
            .status(fact(facts, tableFacts, STATUS_LABELS))
            .sex(fact(facts, tableFacts, SEX))
            .ageText(fact(facts, tableFacts, AGE))
            .breed(fact(facts, tableFacts, BREED))
            .size(fact(facts, tableFacts, SIZE))
            .weight(fact(facts, tableFacts, WEIGHT))
            .height(fact(facts, tableFacts, HEIGHT))
            .location(fact(facts, tableFacts, LOCATION))
            .description(story(content))
            .imageUrls(photos(content, page.url()));
    answer(dog, "good_with_dogs", fact(facts, tableFacts, DOGS));
    answer(dog, "good_with_cats", fact(facts, tableFacts, CATS));
    answer(dog, "good_with_children", fact(facts, tableFacts, CHILDREN));
    property(dog, "neutered", fact(facts, tableFacts, NEUTERED));
    property(dog, "vaccinated", fact(facts, tableFacts, VACCINATED));
    property(dog, "microchipped", fact(facts, tableFacts, MICROCHIPPED));
    property(dog, "adoption_fee", fact(facts, tableFacts, FEE));
    property(dog, "medical_notes", fact(facts, tableFacts, HEALTH));
    return dog.build();
  }

  /** The single-post template's content, without site furniture and other dogs' cards. */
  private static Element mainContent(Document document) {
    Element root =
        document.selectFirst(
            "[data-elementor-type=single-post], [data-elementor-type=single], article.post,"
                + " article[class*=type-adoption], main");
    Element content = (root == null ? document.body() : root).clone();
    content.select(NOT_THE_DOG).remove();
    return content;
  }

  private static String fact(LabeledValues lines, LabeledValues tables, List<String> labels) {
    String[] array = labels.toArray(String[]::new);
    return lines.get(array).or(() -> tables.get(array)).orElse(null);
  }

  /**
   * The post-content widget's text blocks, or else the text-editor widgets; blocks that are only
   * facts ("Sesso: Femmina / Età: 2 anni") are left out.
   */
  private static String story(Element content) {
    List<Element> blocks = new ArrayList<>();
    Element postContent =
        content.selectFirst(".elementor-widget-theme-post-content .elementor-widget-container");
    if (postContent == null) {
      postContent = content.selectFirst(".elementor-widget-theme-post-content, .entry-content");
    }
    if (postContent != null) {
      blocks.addAll(postContent.children());
    } else {
      for (Element widget : content.select(".elementor-widget-text-editor")) {
        Element container = widget.selectFirst(".elementor-widget-container");
        blocks.addAll((container == null ? widget : container).children());
      }
    }
    blocks.removeIf(block -> LabeledValues.isFactsBlock(block, FACT_LABELS));
    return HeadingSection.storyHtml(blocks);
  }

  private static List<String> photos(Element content, URI pageUrl) {
    List<String> references = new ArrayList<>();
    for (Element image : content.select("img")) {
      references.add(ImgSources.best(image));
    }
    // Elementor galleries show photos as lazy backgrounds; the full photo is the link.
    for (Element item : content.select("a.e-gallery-item[href], .gallery-item a[href]")) {
      references.add(item.absUrl("href"));
    }
    return ImageUrls.normalize(pageUrl, references);
  }

  private static URI nextPage(Element content) {
    for (Element pagination : content.select(PAGINATION)) {
      Element next = pagination.selectFirst("a.next[href], a[rel=next][href]");
      if (next != null) {
        return URI.create(next.absUrl("href"));
      }
    }
    return null;
  }

  private static Integer pagesTotal(Element content) {
    int highest = 0;
    for (Element number : content.select(PAGINATION).select(".page-numbers")) {
      if (number.hasClass("next") || number.hasClass("prev")) {
        continue;
      }
      Matcher digits = PAGE_NUMBER.matcher(TextLines.collapse(number.text()));
      if (digits.find()) {
        highest = Math.max(highest, Integer.parseInt(digits.group(1)));
      }
    }
    return highest > 0 ? highest : null;
  }

  /** Italian answers ("Sì", "No, preferisce …") before the shared English/German reading. */
  private static void answer(RawDog.Builder dog, String key, String answer) {
    if (answer == null) {
      return;
    }
    String folded = HeadingSection.fold(answer);
    if (folded.matches("^si\\b.*")) {
      dog.property(key, YesNoAnswers.YES);
    } else {
      property(dog, key, YesNoAnswers.read(answer));
    }
  }

  private static void property(RawDog.Builder dog, String key, String value) {
    if (value != null && !value.isBlank()) {
      dog.property(key, value);
    }
  }

  private static Set<String> foldedLabels() {
    Set<String> labels = new HashSet<>();
    for (List<String> group :
        List.of(
            SEX,
            AGE,
            BREED,
            SIZE,
            WEIGHT,
            HEIGHT,
            LOCATION,
            STATUS_LABELS,
            DOGS,
            CATS,
            CHILDREN,
            NEUTERED,
            VACCINATED,
            MICROCHIPPED,
            FEE,
            HEALTH)) {
      for (String label : group) {
        labels.add(HeadingSection.fold(label).toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(labels);
  }
}
