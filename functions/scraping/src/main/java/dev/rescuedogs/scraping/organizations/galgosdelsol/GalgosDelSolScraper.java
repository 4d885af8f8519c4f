package dev.rescuedogs.scraping.organizations.galgosdelsol;

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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Galgos del Sol (Murcia), a WordPress site whose adoptable dogs are listed on four category pages:
 * {@code /adoptables/galgos/}, {@code /adoptables/podencos/}, {@code /adoptables/pups-teens/} and
 * {@code /adoptables/other-dogs/}. No page of the site was recorded, so this scraper reads the
 * markup WordPress themes give a post archive and a single post, accepting the common variants.
 *
 * <p><b>Listing</b>: one {@code <article>} per dog in the main content, its title link leading to
 * the dog's page; a status ribbon or badge ("Reserved", "Adopted", Spanish "Reservado") or a status
 * word in the title marks the dog. Names carry where the dog already is ("LUNA / FINLAND", "BRAVO
 * IN UK"): the name is kept as shown and the place becomes the location unless the page names one.
 * Photos come from the dog's page (the card's thumbnail is a crop of one of them). Each category
 * paginates with {@code /page/N/} links; a dog shown in two categories is one dog. The galgo and
 * podenco categories name the breed when the dog's page does not.
 *
 * <p><b>Detail</b>: the name in the {@code h1}; facts as "Label: value" lines or table rows (Sex,
 * Age/Born, Breed, Size, Height, Weight, Location, Good with dogs/cats/children, Neutered, Fee);
 * the story in the post content; photos from the featured image and galleries. Widgets with other
 * dogs, share buttons and comments are ignored.
 *
 * <p><b>External id</b>: {@code gds-} + the slug of the dog's URL, which WordPress keeps when the
 * post's text changes (a slug is never derived from the name shown).
 */
public final class GalgosDelSolScraper extends OrganizationScraper {

  static final String ID_PREFIX = "gds-";

  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final String MAIN = "main, #main, .site-main, #primary, #content, body";
  private static final String SITE_FURNITURE =
      "header.site-header, #masthead, footer, .site-footer, aside, .widget-area, script, style,"
          + " noscript, template";
  private static final String NOT_THE_DOG =
      SITE_FURNITURE
          + ", nav, form, .related, .related-posts, .related-adoptables, .sharedaddy,"
          + " .share-buttons, .comments-area, .post-navigation, .swiper-slide-duplicate";
  private static final String BADGES =
      ".ribbon, .badge, .status, .adoptable-status, .onsale, [class*=ribbon]";
  private static final String PAGINATION = ".pagination, .nav-links, nav.navigation, .page-numbers";

  private static final Pattern IMAGE_FILE =
      Pattern.compile("(?i).*\\.(jpe?g|png|webp|gif|avif)(\\?.*)?$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d+)\\s*$");

  /** "LUNA / FINLAND", "Luna / Finland": the place after a spaced slash. */
  private static final Pattern SLASH_PLACE = Pattern.compile("\\s/\\s*(\\p{L}[\\p{L} .'-]*)$");

  /** "BRAVO IN UK": upper case only, so a name like "Robin in Love" keeps its words. */
  private static final Pattern IN_PLACE = Pattern.compile("\\sIN\\s+([A-Z][A-Z .'-]*)$");

  /** Breeds the category pages stand for, by category slug. */
  private static final Map<String, String> SECTION_BREEDS =
      Map.of("galgos", "Galgo", "podencos", "Podenco");

  private static final List<String> SEX = List.of("Sex", "Gender");
  private static final List<String> AGE =
      List.of("Age", "Born", "Date of birth", "DOB", "Birthday");
  private static final List<String> BREED = List.of("Breed");
  private static final List<String> SIZE = List.of("Size");
  private static final List<String> HEIGHT = List.of("Height", "Shoulder height");
  private static final List<String> WEIGHT = List.of("Weight");
  private static final List<String> LOCATION =
      List.of("Location", "Currently in", "Where am I", "Located in");
  private static final List<String> STATUS_LABELS = List.of("Status", "Adoption status");
  private static final List<String> DOGS =
      List.of("Good with dogs", "Dog friendly", "Dogs", "Other dogs");
  private static final List<String> CATS = List.of("Good with cats", "Cat friendly", "Cats");
  private static final List<String> CHILDREN =
      List.of("Good with children", "Good with kids", "Child friendly", "Children", "Kids");
  private static final List<String> NEUTERED =
      List.of("Neutered", "Spayed", "Neutered/Spayed", "Sterilised", "Sterilized");
  private static final List<String> FEE = List.of("Adoption fee", "Fee", "Adoption donation");
  private static final List<String> HEALTH = List.of("Health", "Medical", "Medical notes");
  private static final List<String> LEISHMANIA = List.of("Leishmania", "Leishmaniasis");

  private static final Set<String> FACT_LABELS = foldedLabels();

  public GalgosDelSolScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Element content = main(page.document(), SITE_FURNITURE);
    String section = section(page.url());
    List<ListedDog> dogs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element card : content.select("article")) {
      if (card.parents().is("article")) {
        continue;
      }
      Element link = card.selectFirst(".entry-title a[href], h2 a[href], h3 a[href]");
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
      Element title = card.selectFirst(".entry-title, h2, h3");
      String name = TextLines.collapse(title != null ? title.text() : link.text());
      String badge = TextLines.collapse(card.select(BADGES).text());
      DogStatus status = STATUS.standardize(badge, name);
      RawDog.Builder cardData =
          RawDog.builder()
              .externalId(ID_PREFIX + slug)
              .breed(SECTION_BREEDS.get(section))
              .location(placeInName(name));
      if (!badge.isEmpty()) {
        cardData.status(badge);
      }
      if (section != null) {
        cardData.property("adoptables_section", section);
      }
      dogs.add(
          ListedDog.withDetailPage(ID_PREFIX + slug, name, status, url)
              .withListingData(cardData.build()));
    }
    return new ListingPage(dogs, nextPage(content), pagesTotal(content));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Element content = main(page.document(), NOT_THE_DOG);
    Element article = content.selectFirst("article");
    if (article != null) {
      content = article;
    }
    String slug = Slugs.lastPathSegment(page.url());
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(page.url() + " is not a dog's page");
    }
    Element heading = content.selectFirst("h1");
    String name = heading == null ? "" : TextLines.collapse(heading.text());
    if (name.isEmpty()) {
      throw new IllegalArgumentException("no name heading on " + page.url());
    }
    LabeledValues lines = LabeledValues.fromLines(content);
    LabeledValues tables = LabeledValues.fromTables(content);
    String location = fact(lines, tables, LOCATION);

    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + slug)
            .name(name)
            .adoptionUrl(page.url().toString())
            .status(fact(lines, tables, STATUS_LABELS))
            .sex(fact(lines, tables, SEX))
            .ageText(fact(lines, tables, AGE))
            .breed(fact(lines, tables, BREED))
            .size(fact(lines, tables, SIZE))
            .height(fact(lines, tables, HEIGHT))
            .weight(fact(lines, tables, WEIGHT))
            .location(location != null ? location : placeInName(name))
            .description(story(content))
            .imageUrls(photos(content, page.url()));
    property(dog, "good_with_dogs", YesNoAnswers.read(fact(lines, tables, DOGS)));
    property(dog, "good_with_cats", YesNoAnswers.read(fact(lines, tables, CATS)));
    property(dog, "good_with_children", YesNoAnswers.read(fact(lines, tables, CHILDREN)));
    property(dog, "neutered", fact(lines, tables, NEUTERED));
    property(dog, "adoption_fee", fact(lines, tables, FEE));
    property(dog, "medical_notes", fact(lines, tables, HEALTH));
    property(dog, "leishmania", fact(lines, tables, LEISHMANIA));
    return dog.build();
  }

  /**
   * Where the name says the dog is ("FINLAND" in "LUNA / FINLAND", "UK" in "BRAVO IN UK"), as
   * shown; null when it says nothing or the suffix is a status ("NIEVE / RESERVED").
   */
  static String placeInName(String name) {
    if (name == null) {
      return null;
    }
    for (Pattern pattern : List.of(SLASH_PLACE, IN_PLACE)) {
      Matcher matcher = pattern.matcher(name.strip());
      if (matcher.find()) {
        String place = matcher.group(1).strip();
        return STATUS.statusOf(place) == null ? place : null;
      }
    }
    return null;
  }

  /** The category slug after {@code /adoptables/} in a listing URL, or null. */
  private static String section(URI url) {
    String[] segments = url.getPath() == null ? new String[0] : url.getPath().split("/");
    for (int i = 0; i + 1 < segments.length; i++) {
      if (segments[i].equals("adoptables") && !segments[i + 1].isEmpty()) {
        return segments[i + 1];
      }
    }
    return null;
  }

  private static Element main(Document document, String remove) {
    Element body = document.clone().body();
    body.select(remove).remove();
    Element main = body.selectFirst(MAIN);
    return main == null ? body : main;
  }

  private static String fact(LabeledValues lines, LabeledValues tables, List<String> labels) {
    String[] array = labels.toArray(String[]::new);
    return lines.get(array).or(() -> tables.get(array)).orElse(null);
  }

  /** The post content's blocks after the facts: paragraphs, lists and sub-headings. */
  private static String story(Element content) {
    Element body =
        content.selectFirst(".entry-content, .post-content, .elementor-widget-theme-post-content");
    List<Element> blocks = new ArrayList<>((body == null ? content : body).children());
    blocks.removeIf(
        block ->
            block.is("h1, header, table, dl") || LabeledValues.isFactsBlock(block, FACT_LABELS));
    return HeadingSection.storyHtml(blocks);
  }

  private static List<String> photos(Element content, URI pageUrl) {
    List<String> references = new ArrayList<>();
    for (Element image : content.select("img")) {
      // A gallery thumbnail links to its full-size photo: one photo, the larger copy.
      Element link = image.closest("a[href]");
      String linked = link == null ? null : link.absUrl("href");
      references.add(isImageFile(linked) ? linked : ImgSources.best(image));
    }
    List<String> photos = new ArrayList<>();
    for (String url : ImageUrls.normalize(pageUrl, references)) {
      if (isImageFile(url)) {
        photos.add(url);
      }
    }
    return List.copyOf(photos);
  }

  private static boolean isImageFile(String url) {
    return url != null && IMAGE_FILE.matcher(url).matches();
  }

  private static URI nextPage(Element content) {
    Element next = content.selectFirst("a.next[href], a[rel=next][href], .nav-previous a[href]");
    return next == null ? null : URI.create(next.absUrl("href"));
  }

  private static Integer pagesTotal(Element content) {
    int highest = 0;
    for (Element number : content.select(PAGINATION).select("a, span")) {
      if (number.hasClass("next") || number.hasClass("prev") || number.hasClass("dots")) {
        continue;
      }
      Matcher digits = PAGE_NUMBER.matcher(TextLines.collapse(number.ownText()));
      if (digits.find()) {
        highest = Math.max(highest, Integer.parseInt(digits.group(1)));
      }
    }
    return highest > 0 ? highest : null;
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
            HEIGHT,
            WEIGHT,
            LOCATION,
            STATUS_LABELS,
            DOGS,
            CATS,
            CHILDREN,
            NEUTERED,
            FEE,
            HEALTH,
            LEISHMANIA)) {
      for (String label : group) {
        labels.add(HeadingSection.fold(label));
      }
    }
    return Set.copyOf(labels);
  }
}
