package dev.rescuedogs.scraping.organizations.misisrescue;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.browser.Browser;
import dev.rescuedogs.scraping.fetch.Page;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * MISIs Animal Rescue (Serbia), a Wix site whose dogs are blog posts.
 *
 * <p><b>Listing</b> ({@code /available-for-adoption}): a post feed paged by JavaScript buttons; a
 * {@code ?page=N} in the URL is ignored, so the browser clicks page 2, 3 … and waits until the feed
 * shows that page. Wix sometimes stalls after a navigation or a click (it lost the whole
 * organization in production, #275): a stalled load or click is tried again, up to {@value
 * #NAVIGATION_ATTEMPTS} times, before the listing fails. Dogs are the links to {@code
 * /post/{slug}}. Below the feed a "Reserved" section lists reserved dogs; everything from that
 * heading on, and any post named "… (reserved)", is recorded as reserved.
 *
 * <p><b>Detail</b> ({@code /post/{slug}}, plain HTTP: Wix renders posts on the server): the title
 * (names come with emoji, "⭐💜Tea💜⭐"), a story, and a "Things you should know / have to know about
 * …" list of lines ("✔️DOB February 2026", "terrier mix", "weighs around 8kg"). The site never
 * states the sex: it is taken from the pronouns of the dog's own text, and only when they are
 * clear.
 *
 * <p><b>External id</b>: {@code mar-} + the post slug ({@code /post/__tea} → {@code mar-__tea}).
 */
public final class MisisRescueScraper extends OrganizationScraper {

  static final String ID_PREFIX = "mar-";

  /** Loads or clicks that show nothing are repeated this many times in all. */
  static final int NAVIGATION_ATTEMPTS = 3;

  private static final int MAX_PAGES = 10;
  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final String PAGINATION =
      "//*[@data-hook='pagination' or contains(translate(@aria-label, 'P', 'p'), 'pagination')]";
  private static final By NEXT_PAGE_BUTTON =
      By.xpath(
          PAGINATION
              + "//*[(self::a or self::button) and (@data-hook='pagination__next'"
              + " or contains(@aria-label, 'Next') or contains(@aria-label, 'next'))]");

  private static final Pattern PAGE_LABEL = Pattern.compile("(?i)^(page\\s*)?(\\d+)$");
  private static final Pattern WIX_MEDIA =
      Pattern.compile("^(https?://static\\.wixstatic\\.com/media/[^/?#]+)(/v1/.*)?$");
  private static final Pattern THINGS_TO_KNOW =
      Pattern.compile(
          "(?i)\\bthings\\s+(you\\s+)?(should|have\\s+to|need\\s+to|must|to)\\s+know\\b");
  private static final Pattern ADOPTION_BOILERPLATE =
      Pattern.compile(
          "(?i)^(how\\s+(do|can)\\s+(you|i)\\s+adopt|adoption\\s+requires|to\\s+apply\\s+for"
              + "|for\\s+more\\s+information)");
  private static final Pattern DOB =
      Pattern.compile(
          "(?i)^(dob|d\\.o\\.b\\.?|date\\s+of\\s+birth|born|birthday|birth\\s+date)\\b");
  private static final Pattern AGE =
      Pattern.compile("(?i)\\b\\d+([.,]\\d+)?\\s*(years?|yrs?|months?|weeks?)(\\s+old)?\\b");
  private static final Pattern WEIGHT = Pattern.compile("(?i)\\bweigh|\\d\\s*kg\\b");
  private static final Pattern HEIGHT = Pattern.compile("(?i)\\d\\s*cm\\b");
  private static final Pattern SIZE =
      Pattern.compile("(?i)\\b(tiny|small|medium|large|big|giant)[\\s-]*(size|sized|dog|breed)\\b");
  private static final Pattern BREED =
      Pattern.compile(
          "(?i)\\b(mix|mixed|breed|cross|terrier|shepherd|hound|retriever|spaniel|labrador|husky"
              + "|collie|pointer|poodle|beagle|malinois|corso|mastiff|dachshund|chihuahua|spitz"
              + "|schnauzer|setter|bulldog|pinscher|sharplaninac|šarplaninac|pit\\s?bull|staffy"
              + "|boxer|doberman|rottweiler|maltese|podenco|greyhound|lurcher)\\b");
  private static final Pattern SEX_WORD =
      Pattern.compile("(?i)^(male|female|boy|girl|a\\s+boy|a\\s+girl)$");
  private static final Pattern NEUTERED = Pattern.compile("(?i)\\b(spayed|neutered|castrated)\\b");
  private static final Pattern VACCINATED = Pattern.compile("(?i)\\bvaccinated\\b");
  private static final Pattern NOT_YET =
      Pattern.compile("(?i)\\b(not|will\\s+be|yet\\s+to\\s+be)\\b");
  private static final Pattern CLAUSES =
      Pattern.compile("(?i)\\s*(?:[,;.!]|\\bbut\\b|\\bhowever\\b|\\bwhile\\b|\\balthough\\b)\\s*");
  private static final Map<String, Pattern> COMPANIONS =
      Map.of(
          "good_with_cats", Pattern.compile("(?i)\\b(cats?|kittens?|kitties)\\b"),
          "good_with_dogs",
              Pattern.compile(
                  "(?i)\\b(dogs?|pupp(y|ies))\\b(?![\\s-]*(savvy|experienced|owners?|people))"),
          "good_with_children", Pattern.compile("(?i)\\b(kids?|children|child|toddlers?)\\b"));
  private static final Pattern FEMALE = Pattern.compile("(?i)\\b(she|her|hers|herself|girl)\\b");
  private static final Pattern MALE = Pattern.compile("(?i)\\b(he|him|his|himself|boy)\\b");
  private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");

  public MisisRescueScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  protected int maxListingPages() {
    return MAX_PAGES;
  }

  // ---------------------------------------------------------------- listing

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI start : listingUrls()) {
      readFeed(listing, start);
    }
  }

  private void readFeed(ListingSession listing, URI start) {
    Browser browser = listing.browser();
    ListingPage shown = openFeed(browser, start);
    listing.add(browser.currentUrl(), shown);
    int read = 1;
    Integer total = shown.pagesTotal();
    while (total != null && read < total) {
      if (read >= maxListingPages()) {
        throw new ListingFailedException(
            start
                + " announces "
                + total
                + " pages, more than the "
                + maxListingPages()
                + " a listing may have");
      }
      shown = showPage(browser, start, read + 1, shown);
      listing.add(browser.currentUrl(), shown);
      read++;
      if (shown.pagesTotal() != null && shown.pagesTotal() > total) {
        total = shown.pagesTotal();
      }
    }
    listing.expectPages(start.toString(), total, read);
  }

  /** Loads the listing until its feed shows dogs, reloading when the load stalls. */
  private ListingPage openFeed(Browser browser, URI start) {
    TimeoutException stalled = null;
    for (int attempt = 1; attempt <= NAVIGATION_ATTEMPTS; attempt++) {
      browser.open(start);
      browser.dismissCookieOverlay();
      try {
        return waitForPage(browser, 1, Set.of());
      } catch (TimeoutException e) {
        stalled = e;
      }
    }
    throw new ListingFailedException(
        "the listing " + start + " showed no dogs in " + NAVIGATION_ATTEMPTS + " loads", stalled);
  }

  /** Clicks the button of page {@code target} until the feed shows it. */
  private ListingPage showPage(Browser browser, URI start, int target, ListingPage shown) {
    Set<String> before = ids(shown);
    TimeoutException stalled = null;
    for (int attempt = 1; attempt <= NAVIGATION_ATTEMPTS; attempt++) {
      Optional<WebElement> button = browser.findClickable(pageButton(target));
      if (button.isEmpty()) {
        button = browser.findClickable(NEXT_PAGE_BUTTON);
      }
      if (button.isEmpty()) {
        throw new ListingFailedException(
            "the pagination of " + start + " has no button for page " + target);
      }
      browser.click(button.get());
      try {
        return waitForPage(browser, target, before);
      } catch (TimeoutException e) {
        stalled = e;
      }
    }
    throw new ListingFailedException(
        "page "
            + target
            + " of "
            + start
            + " did not appear after "
            + NAVIGATION_ATTEMPTS
            + " clicks",
        stalled);
  }

  /**
   * Waits until the browser shows page {@code target}: the pagination marks it current (when it
   * marks any) and the feed, above any reserved section, lists dogs not shown before. A feed that
   * is still empty or half re-rendered is not taken for the page, and neither is a page where only
   * the reserved section rendered.
   */
  private ListingPage waitForPage(Browser browser, int target, Set<String> before) {
    return browser.waitUntil(
        driver -> {
          Page snapshot = browser.snapshot();
          Document document = snapshot.document();
          Integer current = Pagination.of(document).current();
          // A pagination that marks no page current cannot confirm the page; new dogs must.
          boolean onTarget = current == null || current == target;
          boolean feedShowsNewDogs =
              cards(document).stream()
                  .anyMatch(
                      card ->
                          card.sectionStatus == DogStatus.AVAILABLE
                              && !before.contains(ID_PREFIX + card.slug));
          return onTarget && feedShowsNewDogs ? parseListingPage(snapshot) : null;
        });
  }

  private static By pageButton(int page) {
    return By.xpath(
        PAGINATION
            + "//*[(self::a or self::button) and (normalize-space(.)='"
            + page
            + "' or @aria-label='Page "
            + page
            + "' or @aria-label='page "
            + page
            + "')]");
  }

  private static Set<String> ids(ListingPage page) {
    return page.dogs().stream().map(ListedDog::externalId).collect(Collectors.toSet());
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    List<ListedDog> dogs = new ArrayList<>();
    for (Card card : cards(document)) {
      DogStatus inName = STATUS.statusOf(card.name);
      DogStatus status = stricter(card.sectionStatus, inName);
      String badge = inName != null ? card.name : card.sectionBadge;
      RawDog data =
          RawDog.builder()
              .externalId(ID_PREFIX + card.slug)
              .status(badge)
              .imageUrls(new ArrayList<>(card.images))
              .build();
      dogs.add(
          ListedDog.withDetailPage(ID_PREFIX + card.slug, card.name, status, card.url)
              .withListingData(data));
    }
    return new ListingPage(dogs, null, Pagination.of(document).total());
  }

  /**
   * The posts the page links to, in page order, each with the status of the section it is in: from
   * a heading naming a status ("Reserved") on, every post has at least that status.
   */
  private static List<Card> cards(Document document) {
    Element root = document.selectFirst("main, #PAGES_CONTAINER");
    if (root == null) {
      root = document.body();
    }
    DogStatus section = DogStatus.AVAILABLE;
    String sectionBadge = null;
    Map<String, Card> cards = new LinkedHashMap<>();
    for (Element element : root.select("h1, h2, h3, h4, h5, h6, a[href*=/post/]")) {
      if (element.normalName().equals("a")) {
        URI url = Uris.parseOrNull(element.absUrl("href"));
        String slug = url == null ? null : postSlug(url);
        if (slug == null || element.closest("header, footer, nav") != null) {
          continue;
        }
        Card card = cards.computeIfAbsent(slug, key -> new Card(key, url));
        card.sectionStatus = stricter(card.sectionStatus, section);
        if (card.sectionBadge == null) {
          card.sectionBadge = sectionBadge;
        }
        if (card.name == null) {
          card.name = linkText(element);
        }
        for (Element image : element.select("img")) {
          String source = wixMedia(image.absUrl("src"));
          if (source != null && !source.isEmpty()) {
            card.images.add(source);
          }
        }
      } else if (isSectionHeading(element)) {
        DogStatus named = STATUS.statusOf(element.text());
        if (named != null && stricter(section, named) != section) {
          section = named;
          sectionBadge = TextLines.collapse(element.text());
        }
      }
    }
    return List.copyOf(cards.values());
  }

  /** A heading that names a part of the page, not a post's title inside a card. */
  private static boolean isSectionHeading(Element heading) {
    return heading.closest(
                "a, article, li, [role=listitem], [data-hook*=item], header, footer, nav")
            == null
        && heading.selectFirst("a[href*=/post/]") == null;
  }

  private static String linkText(Element link) {
    String text = TextLines.collapse(link.text());
    if (!text.isEmpty()) {
      return text;
    }
    String label = TextLines.collapse(link.attr("aria-label"));
    if (!label.isEmpty()) {
      return label;
    }
    Element image = link.selectFirst("img[alt]");
    String alt = image == null ? "" : TextLines.collapse(image.attr("alt"));
    return alt.isEmpty() ? null : alt;
  }

  /** A post's card as the links to it show it. */
  private static final class Card {
    final String slug;
    final URI url;
    String name;
    DogStatus sectionStatus = DogStatus.AVAILABLE;
    String sectionBadge;
    final Set<String> images = new LinkedHashSet<>();

    Card(String slug, URI url) {
      this.slug = slug;
      this.url = url;
    }
  }

  // ---------------------------------------------------------------- detail

  @Override
  public RawDog parseDetailPage(Page page) {
    String slug = postSlug(page.url());
    if (slug == null) {
      throw new IllegalArgumentException(page.url() + " is not a MISIS post (/post/{slug})");
    }
    Document document = page.document();
    Element article = document.selectFirst("article[data-hook=post]");
    if (article == null) {
      article = document.selectFirst("article");
    }
    if (article == null) {
      throw new IllegalStateException(page.url() + " shows no blog post");
    }
    Element content = article.selectFirst("[data-hook=post-description]");
    if (content == null) {
      content = article;
    }
    Element title = article.selectFirst("h1[data-hook=post-title], [data-hook=post-title] h1, h1");
    String name =
        title != null ? TextLines.collapse(title.text()) : TextLines.collapse(document.title());

    List<String> story = storyLines(content);
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + slug)
            .name(name.isEmpty() ? null : name)
            .adoptionUrl(page.url().toString())
            .status(STATUS.statusOf(name) != null ? name : null)
            .description(storyHtml(content));
    boolean sexStated = readFacts(factLines(story), dog);
    if (!sexStated) {
      sexFromPronouns(String.join("\n", story), dog);
    }
    List<String> images = new ArrayList<>();
    for (Element image : content.select("img")) {
      images.add(wixMedia(image.absUrl("src")));
    }
    dog.imageUrls(ImageUrls.normalize(page.url(), images));
    return dog.build();
  }

  /** The post's lines up to the adoption instructions every post repeats. */
  private static List<String> storyLines(Element content) {
    List<String> lines = new ArrayList<>();
    for (String line : TextLines.of(content)) {
      if (ADOPTION_BOILERPLATE.matcher(line).find()) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  /** The lines after "Things you should know about …", else every line of the story. */
  private static List<String> factLines(List<String> story) {
    for (int i = 0; i < story.size(); i++) {
      if (THINGS_TO_KNOW.matcher(story.get(i)).find()) {
        return story.subList(i + 1, story.size());
      }
    }
    return story;
  }

  /**
   * Reads the facts lines into the dog.
   *
   * @return whether a line stated the sex
   */
  private static boolean readFacts(List<String> lines, RawDog.Builder dog) {
    String age = null;
    String breed = null;
    String weight = null;
    String height = null;
    String size = null;
    String sex = null;
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = LEADING_SYMBOLS.matcher(raw).replaceFirst("").strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean shortLine = line.split("\\s+").length <= 6;
      boolean isAge = DOB.matcher(line).find() || (shortLine && AGE.matcher(line).find());
      boolean isWeight = WEIGHT.matcher(line).find();
      if (isAge && age == null) {
        age = line;
      }
      if (isWeight && weight == null) {
        weight = line;
      }
      if (!isWeight && HEIGHT.matcher(line).find() && height == null) {
        height = line;
      }
      if (shortLine && SIZE.matcher(line).find() && size == null) {
        size = line;
      }
      if (shortLine && !isAge && !isWeight && BREED.matcher(line).find() && breed == null) {
        breed = line;
      }
      if (SEX_WORD.matcher(line).matches() && sex == null) {
        sex = line;
      }
      for (String clause : CLAUSES.split(line, -1)) {
        COMPANIONS.forEach(
            (property, subject) -> {
              if (subject.matcher(clause).find()) {
                answers.computeIfAbsent(property, key -> new ArrayList<>()).add(clause);
              }
            });
      }
      if (NEUTERED.matcher(line).find() && !NOT_YET.matcher(line).find()) {
        dog.property("neutered", YesNoAnswers.YES);
      }
      if (VACCINATED.matcher(line).find() && !NOT_YET.matcher(line).find()) {
        dog.property("vaccinated", YesNoAnswers.YES);
      }
    }
    dog.ageText(age).breed(breed).weight(weight).height(height).size(size).sex(sex);
    answers.forEach((property, clauses) -> dog.property(property, combined(clauses)));
    return sex != null;
  }

  /** Several remarks on one companion: any "no" wins (safety first), then any "yes". */
  private static String combined(List<String> clauses) {
    Set<String> read = new LinkedHashSet<>();
    for (String clause : clauses) {
      read.add(YesNoAnswers.read(clause));
    }
    if (read.contains(YesNoAnswers.NO)) {
      return YesNoAnswers.NO;
    }
    return read.contains(YesNoAnswers.YES) ? YesNoAnswers.YES : YesNoAnswers.UNKNOWN;
  }

  /**
   * The sex from the pronouns of the dog's own text, only when clear: one side at least twice and
   * at least four times as often as the other ("her rescuer … he" stays clear, a 3-to-2 mix does
   * not). Written as text the sex standardizer reads ("female (she/her)") with the counts kept as
   * evidence.
   */
  static void sexFromPronouns(String text, RawDog.Builder dog) {
    int female = count(FEMALE, text);
    int male = count(MALE, text);
    dog.property("sex_evidence", "she/her " + female + ", he/him " + male);
    if (female >= 2 && female >= 4 * male) {
      dog.sex("female (she/her)");
    } else if (male >= 2 && male >= 4 * female) {
      dog.sex("male (he/him)");
    }
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /**
   * The story and facts as plain paragraphs and lists (Wix wraps every line in layers of styled
   * spans), up to the adoption instructions; images and videos are left out.
   */
  private static String storyHtml(Element content) {
    StringBuilder html = new StringBuilder();
    for (Element block : content.select("p, h1, h2, h3, h4, h5, h6, ul, ol")) {
      if (block.parents().stream().anyMatch(MisisRescueScraper::isTextBlock)) {
        continue;
      }
      String text = TextLines.collapse(block.text());
      if (text.isEmpty()) {
        continue;
      }
      if (ADOPTION_BOILERPLATE.matcher(text).find()) {
        break;
      }
      String tag = block.normalName();
      if (tag.equals("ul") || tag.equals("ol")) {
        html.append('<').append(tag).append('>');
        for (Element item : block.select("> li")) {
          String itemText = TextLines.collapse(item.text());
          if (!itemText.isEmpty()) {
            html.append("<li>").append(Entities.escape(itemText)).append("</li>");
          }
        }
        html.append("</").append(tag).append('>');
      } else {
        String wrapper = tag.equals("p") ? "p" : "h3";
        html.append('<').append(wrapper).append('>').append(Entities.escape(text));
        html.append("</").append(wrapper).append('>');
      }
    }
    return html.length() == 0 ? null : html.toString();
  }

  private static boolean isTextBlock(Element element) {
    return switch (element.normalName()) {
      case "p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------- URLs

  /**
   * The original of a Wix image ({@code https://static.wixstatic.com/media/ab12~mv2.jpg}) instead
   * of one of its many sized renditions, so a photo shown twice counts once.
   */
  static String wixMedia(String url) {
    if (url == null) {
      return null;
    }
    Matcher media = WIX_MEDIA.matcher(url.strip());
    return media.matches() ? media.group(1) : url.strip();
  }

  /** The slug in {@code /post/{slug}}, decoded; null for other URLs. */
  static String postSlug(URI url) {
    return Slugs.segmentAfter(url, "post");
  }

  /** The feed's page buttons: the current page and the highest page number. */
  private record Pagination(Integer current, Integer total) {

    static Pagination of(Document document) {
      Element nav = document.selectFirst("[data-hook=pagination], nav[aria-label~=(?i)pagination]");
      if (nav == null) {
        return new Pagination(null, null);
      }
      Integer current = null;
      Integer total = null;
      for (Element control : nav.select("a, button, span, li")) {
        Integer number = number(control);
        if (number == null) {
          continue;
        }
        total = total == null ? number : Math.max(total, number);
        if ("page".equals(control.attr("aria-current"))
            || control.attr("data-hook").endsWith("current")) {
          current = number;
        }
      }
      return new Pagination(current, total);
    }

    private static Integer number(Element control) {
      for (String text :
          new String[] {control.ownText(), control.text(), control.attr("aria-label")}) {
        Matcher matcher = PAGE_LABEL.matcher(TextLines.collapse(text));
        if (matcher.matches()) {
          return Integer.valueOf(matcher.group(2));
        }
      }
      return null;
    }
  }
}
