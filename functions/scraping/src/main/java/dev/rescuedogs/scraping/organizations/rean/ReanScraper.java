package dev.rescuedogs.scraping.organizations.rean;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
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
 * REAN, Rescuing European Animals in Need (rean.org.uk), a GoDaddy site. Each listing URL is one
 * long page (dogs waiting in Romania, dogs in foster in the UK) with no pagination and no detail
 * pages: every dog is a heading of the form "Louis- 4 years old - in Romania" followed by its story
 * and photos, which load lazily as the page scrolls. The browser scrolls each page to the end, then
 * the page is parsed whole; the adoption URL of each dog is its listing page.
 *
 * <p>Headings that do not read as a dog (page furniture such as "Please read before you apply") are
 * ignored: a dog heading names the dog first, in at most four words that are not a call to action,
 * and gives an age or sits above a text about vaccinations, chips or neutering.
 *
 * <p><b>External id</b>: {@code rean-{section}-{name-slug}}, the section being {@code romania} or
 * {@code uk_foster} (from the listing page) and the slug the name in lower-case ASCII. Name and
 * section are what identify a dog on these pages; ages, breeds and stories change with time and are
 * left out (the original hashed them, so every edit created a new dog). When a page shows two dogs
 * of the same name, the later ones get their first photo's file name as a suffix. A dog that moves
 * from Romania to a UK foster home gets a new id.
 */
public final class ReanScraper extends OrganizationScraper {

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  // GoDaddy's content cards; climbing past one would take in the page around it.
  private static final String CARD =
      "[data-ux=ContentCard], [data-ux=GridCell], article, .x-el-article";
  private static final By CONTENT = By.cssSelector("h1, h2, h3, h4, h5, h6, img");
  private static final List<By> CONSENT_BUTTONS =
      List.of(By.cssSelector("[data-aid=CONSENT_ACCEPT_BUTTON], [data-aid=COOKIE_ACCEPT_BUTTON]"));

  // "Louis- 4 years old - in Romania": a dash with a space on at least one side separates the
  // parts; a hyphen inside a name ("Mary-Lou") does not.
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]+\\s*|\\s*[-–—]+\\s+");
  private static final Pattern NAME_THEN_AGE =
      Pattern.compile(
          "^(.+?)[\\s,:]+(\\d+(?:[.,]\\d+)?\\+?\\s*(?:years?|yrs?|months?|mths?|weeks?)"
              + "(?:\\s+old)?)\\b[\\s,]*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE =
      Pattern.compile(
          "\\d.*\\b(?:years?|yrs?|months?|mths?|weeks?|y/?o)\\b|\\b(?:puppy|senior)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOG_TEXT =
      Pattern.compile(
          "\\b(?:vaccinated|chipped|microchipped|neutered|spayed|castrated|years old|months"
              + " old)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STATUS_ONLY =
      Pattern.compile(
          "^[\\W_]*(?:reserved|adopted|rehomed|homed|on hold|adoption pending|pending adoption"
              + "|under offer|home found|found (?:a|her|his) (?:forever )?home)[\\W_]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_MEET =
      Pattern.compile("^meet\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{M}'’. -]");
  // First words of headings that are page furniture, not a dog's name ("Please read ...").
  private static final Set<String> FURNITURE =
      Set.of(
          ("please adopt adopting adoption adoptions apply application contact donate "
                  + "donation donations read click find meet our the how why what when where "
                  + "faq faqs sponsor sponsorship foster fostering dogs puppies about home "
                  + "welcome thank thanks note important update updates news gallery follow "
                  + "help support view see more all available success stories rean romania uk "
                  + "we you your if to for in and or a an")
              .split(" "));
  private static final Pattern SEX_WORD =
      Pattern.compile("\\b(male|female|boy|girl)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOD_WITH =
      Pattern.compile(
          "\\b(not\\s+)?(?:good|great|fine|ok|okay|friendly|lovely|happy|gentle|brilliant)\\s+"
              + "(?:with|around)\\s+(?:other\\s+|all\\s+|older\\s+|young\\s+|small\\s+)?"
              + "(dogs?|cats?|children|kids|child)\\b");
  private static final Pattern BAD_WITH =
      Pattern.compile(
          "\\b(?:no|cannot live with|can't live with|can not live with|not with|not around)\\s+"
              + "(?:other\\s+|young\\s+|small\\s+)?(dogs?|cats?|children|kids|child)\\b");
  private static final Pattern NEUTERED =
      Pattern.compile("\\b(neutered|spayed|castrated)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern VACCINATED =
      Pattern.compile("\\bvaccinated\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIPPED =
      Pattern.compile("\\b(micro-?chipped|chipped)\\b", Pattern.CASE_INSENSITIVE);
  // GoDaddy's image service: the photo's own address, then "/:/" and the resizing instructions.
  private static final Pattern WSIMG_TRANSFORM =
      Pattern.compile("(//img\\d*\\.wsimg\\.com/.+?)/:/.*$");

  public ReanScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public String parserVersion() {
    return "rean-1";
  }

  /**
   * Opens each long page, waits until it shows dogs, scrolls to the end so every lazy part and
   * photo loads, then reads the whole page.
   */
  @Override
  protected void collectListing(ListingSession listing) {
    Browser browser = listing.browser();
    for (URI url : listingUrls()) {
      browser.open(url);
      if (!browser.dismissCookieOverlay(CONSENT_BUTTONS)) {
        browser.dismissCookieOverlay();
      }
      try {
        browser.waitUntil(driver -> !parseListingPage(browser.snapshot()).dogs().isEmpty());
      } catch (TimeoutException e) {
        throw new ListingFailedException("listing " + url + " shows no dogs", e);
      }
      browser.scrollToLoadAll(CONTENT);
      listing.readBrowserPage(browser);
      listing.expectPages(url.toString(), null, 1);
    }
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    String section = section(page.url());
    String adoptionUrl = withoutQuery(page.url());
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
      DogHeading parsed = DogHeading.parse(heading.text());
      if (parsed == null) {
        continue;
      }
      List<Element> card = card(heading);
      String text = TextLines.collapse(textOf(card, heading));
      if (parsed.ageText == null && !DOG_TEXT.matcher(text).find()) {
        continue;
      }
      List<String> photos = photos(card, page.url());
      String id = "rean-" + section + "-" + slug(parsed.name);
      if (dogs.containsKey(id)) {
        id = uniqueId(id, photos, dogs.keySet());
      }
      RawDog dog = dog(id, parsed, card, heading, text, photos, section, adoptionUrl);
      dogs.put(id, ListedDog.withoutDetailPage(dog));
    }
    return ListingPage.single(List.copyOf(dogs.values()));
  }

  private static RawDog dog(
      String id,
      DogHeading heading,
      List<Element> card,
      Element headingElement,
      String text,
      List<String> photos,
      String section,
      String adoptionUrl) {
    List<String> lines = new ArrayList<>();
    for (Element element : card) {
      if (!element.equals(headingElement)) {
        lines.addAll(TextLines.of(element));
      }
    }
    LabeledValues facts = LabeledValues.fromLines(lines);
    String status = heading.status;
    if (status == null) {
      status = badge(card, headingElement);
    }
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(id)
            .name(heading.name)
            .adoptionUrl(adoptionUrl)
            .status(status)
            .ageText(heading.ageText != null ? heading.ageText : facts.getOrNull("Age"))
            .breed(facts.getOrNull("Breed"))
            .sex(facts.get("Sex", "Gender").orElseGet(() -> sexWord(text)))
            .size(facts.getOrNull("Size"))
            .weight(facts.getOrNull("Weight"))
            .height(facts.getOrNull("Height"))
            .location(heading.location != null ? heading.location : place(section))
            .description(description(card, headingElement))
            .imageUrls(photos);
    String lower = text.toLowerCase(Locale.ROOT);
    compatibility(lower).forEach(dog::property);
    if (NEUTERED.matcher(text).find()) {
      dog.property("neutered", "yes");
    }
    if (VACCINATED.matcher(text).find()) {
      dog.property("vaccinated", "yes");
    }
    if (CHIPPED.matcher(text).find()) {
      dog.property("microchipped", "yes");
    }
    return dog.build();
  }

  // ---------------------------------------------------------------- the heading

  /** What a dog's heading says: "Name - age - in place", with an optional status part. */
  static final class DogHeading {
    final String name;
    final String ageText;
    final String location;
    final String status;

    private DogHeading(String name, String ageText, String location, String status) {
      this.name = name;
      this.ageText = ageText;
      this.location = location;
      this.status = status;
    }

    /** The heading's parts, or null when it does not name a dog first. */
    static DogHeading parse(String headingText) {
      String text = TextLines.collapse(headingText);
      if (text.isEmpty() || text.length() > 120) {
        return null;
      }
      List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(text)));
      if (parts.size() == 1) {
        Matcher nameThenAge = NAME_THEN_AGE.matcher(text);
        if (!nameThenAge.matches()) {
          return null;
        }
        parts = new ArrayList<>(List.of(nameThenAge.group(1), nameThenAge.group(2)));
        if (!nameThenAge.group(3).isBlank()) {
          parts.add(nameThenAge.group(3));
        }
      }
      String status = null;
      List<String> rest = new ArrayList<>();
      for (String part : parts) {
        String stripped = part.strip();
        if (stripped.isEmpty()) {
          continue;
        }
        if (isStatus(stripped)) {
          status = status == null ? stripped : status;
        } else {
          rest.add(stripped);
        }
      }
      if (rest.size() < 2) {
        return null;
      }
      String name = LEADING_MEET.matcher(rest.get(0)).replaceFirst("");
      Matcher aside = PARENTHESES.matcher(name);
      StringBuilder withoutAsides = new StringBuilder();
      while (aside.find()) {
        if (isStatus(aside.group(1).strip()) && status == null) {
          status = aside.group(1).strip();
        }
        aside.appendReplacement(withoutAsides, "");
      }
      aside.appendTail(withoutAsides);
      name = TextLines.collapse(withoutAsides.toString());
      if (!isName(name)) {
        return null;
      }
      String age = null;
      String location = null;
      for (String part : rest.subList(1, rest.size())) {
        if (age == null && AGE.matcher(part).find()) {
          age = part;
        } else if (location == null && part.toLowerCase(Locale.ROOT).startsWith("in ")) {
          location = part.substring(3).strip();
        }
      }
      if (age == null && location == null) {
        return null;
      }
      return new DogHeading(name, age, location, status);
    }

    /** A part that is nothing but a status ("RESERVED", "(on hold)"), not a name with one. */
    private static boolean isStatus(String part) {
      return STATUS_ONLY.matcher(part).matches() && STATUS.statusOf(part) != null;
    }

    /** One to four words of letters, starting with a letter, that are not a call to action. */
    private static boolean isName(String name) {
      String letters = TextLines.collapse(NAME_CHARACTERS.matcher(name).replaceAll(" "));
      if (letters.isEmpty() || letters.length() > 30 || !Character.isLetter(letters.charAt(0))) {
        return false;
      }
      String[] words = letters.toLowerCase(Locale.ROOT).split("\\s+", -1);
      return words.length <= 4 && !FURNITURE.contains(words[0]);
    }
  }

  // ---------------------------------------------------------------- the card under a heading

  /**
   * The elements that belong to a dog's heading: its card (the largest wrapper around it holding no
   * other heading), else, on pages that write dogs one after another, the heading and the elements
   * after it up to the next heading.
   */
  private static List<Element> card(Element heading) {
    Element card = heading;
    for (Element parent = heading.parent();
        parent != null && !parent.normalName().equals("body") && headingsIn(parent) == 1;
        parent = parent.parent()) {
      card = parent;
      if (card.is(CARD)) {
        break;
      }
    }
    if (!card.equals(heading)) {
      return List.of(card);
    }
    List<Element> elements = new ArrayList<>();
    elements.add(heading);
    for (Element sibling = heading.nextElementSibling();
        sibling != null && headingsIn(sibling) == 0;
        sibling = sibling.nextElementSibling()) {
      elements.add(sibling);
    }
    return elements;
  }

  private static int headingsIn(Element element) {
    return element.select("h1, h2, h3, h4, h5, h6").size();
  }

  /** The card's text without its heading. */
  private static String textOf(List<Element> card, Element heading) {
    StringBuilder text = new StringBuilder();
    for (Element element : card) {
      if (!element.equals(heading)) {
        Element copy = element.clone();
        copy.select("h1, h2, h3, h4, h5, h6").remove();
        text.append(copy.text()).append(' ');
      }
    }
    return text.toString();
  }

  /** The story: the card without its heading, photos and buttons. */
  private static String description(List<Element> card, Element heading) {
    Document story = Document.createShell("");
    story.outputSettings().prettyPrint(false);
    for (Element element : card) {
      if (element.equals(heading)) {
        continue;
      }
      Element copy = element.clone();
      copy.select(
              "h1, h2, h3, h4, h5, h6, img, picture, button, [data-ux$=Button], a.btn, script,"
                  + " style, noscript")
          .remove();
      if (!TextLines.collapse(copy.text()).isEmpty()) {
        story.body().appendChild(copy);
      }
    }
    String html = story.body().html().strip();
    return html.isEmpty() ? null : html;
  }

  /** A status line in the card ("RESERVED" on its own), or null. */
  private static String badge(List<Element> card, Element heading) {
    for (Element element : card) {
      for (Element candidate : element.getAllElements()) {
        if (candidate.equals(heading) || candidate.closest("h1, h2, h3, h4, h5, h6") != null) {
          continue;
        }
        String own = TextLines.collapse(candidate.ownText());
        if (!own.isEmpty() && DogHeading.isStatus(own)) {
          return own;
        }
      }
    }
    return null;
  }

  /** The card's photos, full size: lazy-load attributes first, GoDaddy resizing removed. */
  private static List<String> photos(List<Element> card, URI base) {
    List<String> photos = new ArrayList<>();
    for (Element element : card) {
      for (Element image : element.select("img")) {
        String url = image.attr("data-srclazy");
        if (url.isBlank()) {
          url = nullToEmpty(ImageUrls.largestFromSrcset(image.attr("data-srcsetlazy")));
        }
        if (url.isBlank()) {
          url = nullToEmpty(ImageUrls.largestFromSrcset(image.attr("srcset")));
        }
        if (url.isBlank()) {
          url = image.attr("src");
        }
        photos.add(WSIMG_TRANSFORM.matcher(url.strip()).replaceFirst("$1"));
      }
    }
    return ImageUrls.normalize(base, photos);
  }

  // ---------------------------------------------------------------- what the text says

  /** The one sex the text names ("a lovely boy"), as written; null when none or both. */
  static String sexWord(String text) {
    Matcher words = SEX_WORD.matcher(text);
    String first = null;
    Boolean male = null;
    while (words.find()) {
      String word = words.group(1).toLowerCase(Locale.ROOT);
      boolean isMale = word.equals("male") || word.equals("boy");
      if (male != null && male != isMale) {
        return null;
      }
      male = isMale;
      first = first == null ? words.group(1) : first;
    }
    return first;
  }

  /** good_with_dogs/cats/children from "good with cats", "no small children" and the like. */
  static Map<String, String> compatibility(String lowerText) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String sentence : lowerText.split("[.!?;]", -1)) {
      Matcher bad = BAD_WITH.matcher(sentence);
      while (bad.find()) {
        answers.put(key(bad.group(1)), "no");
      }
      Matcher good = GOOD_WITH.matcher(sentence);
      while (good.find()) {
        answers.putIfAbsent(key(good.group(2)), good.group(1) != null ? "no" : "yes");
      }
    }
    return answers;
  }

  private static String key(String subject) {
    if (subject.startsWith("dog")) {
      return "good_with_dogs";
    }
    if (subject.startsWith("cat")) {
      return "good_with_cats";
    }
    return "good_with_children";
  }

  // ---------------------------------------------------------------- ids and places

  /** {@code romania} or {@code uk_foster} from the listing page's address. */
  static String section(URI url) {
    String path =
        URLDecoder.decode(url.getRawPath() == null ? "" : url.getRawPath(), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    if (path.contains("romania")) {
      return "romania";
    }
    if (path.contains("foster") || path.contains("-uk")) {
      return "uk_foster";
    }
    String slug = slug(path.substring(path.lastIndexOf('/') + 1));
    return slug.isEmpty() ? "dogs" : slug.replace('-', '_');
  }

  private static String place(String section) {
    return switch (section) {
      case "romania" -> "Romania";
      case "uk_foster" -> "United Kingdom";
      default -> null;
    };
  }

  /** Lower-case ASCII letters and digits joined by single hyphens ("Señora Pepa" → senora-pepa). */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** An id for a second dog of the same name: its first photo's file name, else a number. */
  private static String uniqueId(String id, List<String> photos, Set<String> taken) {
    if (!photos.isEmpty()) {
      String path = URI.create(photos.get(0)).getPath();
      String file = path.substring(path.lastIndexOf('/') + 1);
      int dot = file.lastIndexOf('.');
      String suffix = slug(dot > 0 ? file.substring(0, dot) : file);
      if (!suffix.isEmpty() && !taken.contains(id + "-" + suffix)) {
        return id + "-" + suffix;
      }
    }
    int n = 2;
    while (taken.contains(id + "-" + n)) {
      n++;
    }
    return id + "-" + n;
  }

  private static String withoutQuery(URI url) {
    String text = url.toString();
    int cut = text.length();
    for (char c : new char[] {'?', '#'}) {
      int index = text.indexOf(c);
      if (index >= 0) {
        cut = Math.min(cut, index);
      }
    }
    return text.substring(0, cut);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
