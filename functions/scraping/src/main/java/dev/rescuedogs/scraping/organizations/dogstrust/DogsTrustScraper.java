package dev.rescuedogs.scraping.organizations.dogstrust;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
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
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openqa.selenium.By;

/**
 * Dogs Trust (dogstrust.org.uk). The listing is a Gatsby single-page app behind a OneTrust cookie
 * overlay: {@code ?page=N} deep links are rewritten to the first page, so the pages are read by
 * clicking "Go to next page" in a browser until the "X / Y" indicator's total is reached. Detail
 * pages are server-rendered and read over plain HTTP; the server sends no charset, so they are
 * decoded by their {@code <meta charset>} (the fetcher does that).
 *
 * <p>External id: the numeric id at the end of {@code /rehoming/dogs/{breed-slug}/{id}}, which is
 * also the page's "Ref ID".
 */
public final class DogsTrustScraper extends OrganizationScraper {

  static final By NEXT_PAGE = By.cssSelector("button[aria-label='Go to next page']");

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final Pattern DOG_PATH = Pattern.compile("/rehoming/dogs/([^/?#]+)/(\\d+)/?$");
  private static final Pattern PAGE_INDICATOR =
      Pattern.compile("^\\s*(\\d+)\\s*(?:/|of)\\s*(\\d+)\\s*$", Pattern.CASE_INSENSITIVE);
  // The image service serves every size of a photo; one size per photo keeps card and page photos
  // from counting twice.
  private static final Pattern IMAGE_SIZE = Pattern.compile("/images/\\d+x\\d+/dogs/");
  private static final String PHOTO_SIZE = "/images/800x600/dogs/";
  private static final Pattern AGE_TEXT =
      Pattern.compile("\\b(year|years|month|months|week|weeks)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEX_TEXT =
      Pattern.compile("^(male|female)$", Pattern.CASE_INSENSITIVE);

  public DogsTrustScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public String parserVersion() {
    return "dogstrust-1";
  }

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI url : listingUrls()) {
      listing.followBrowserPages(url, NEXT_PAGE);
    }
  }

  // ---------------------------------------------------------------- listing

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element card : cards(document)) {
      ListedDog dog = card(card);
      if (dog != null) {
        dogs.putIfAbsent(dog.externalId(), dog);
      }
    }
    return new ListingPage(List.copyOf(dogs.values()), null, pagesTotal(document));
  }

  /** The cards of the listing; the dog links themselves when the card wrapper is not marked. */
  private static List<Element> cards(Document document) {
    List<Element> cards = document.select("[data-testid=dog-listing-card]");
    if (!cards.isEmpty()) {
      return cards;
    }
    List<Element> links = new ArrayList<>();
    for (Element link : document.select("a[href*='/rehoming/dogs/']")) {
      if (DOG_PATH.matcher(URI.create(link.absUrl("href")).getPath()).find()) {
        links.add(link);
      }
    }
    return links;
  }

  private static ListedDog card(Element card) {
    Element link = card.is("a[href]") ? card : card.selectFirst("a[href*='/rehoming/dogs/']");
    if (link == null) {
      return null;
    }
    URI url = absolute(link.absUrl("href"));
    if (url == null) {
      return null;
    }
    Matcher path = DOG_PATH.matcher(url.getPath());
    if (!path.find()) {
      return null;
    }
    String id = path.group(2);
    URI detailUrl = url.resolve(url.getRawPath());
    String name = text(card.selectFirst("[class*='--dogName--']"));
    if (name == null) {
      String label = link.attr("aria-label");
      int bar = label.indexOf('|');
      name = blankToNull(bar >= 0 ? label.substring(0, bar) : label);
    }
    String badge = badgeText(card);
    RawDog.Builder data =
        RawDog.builder()
            .externalId(id)
            .name(name)
            .status(badge)
            .breed(text(card.selectFirst("[class*=dogBreedText]")))
            .location(text(card.selectFirst("[class*=rehomingCentreText]")));
    for (Element item : card.select("[class*=dogCardDetailItem]")) {
      String value = TextLines.collapse(item.text());
      if (SEX_TEXT.matcher(value).matches()) {
        data.sex(value);
      } else if (AGE_TEXT.matcher(value).find()) {
        data.ageText(value);
      } else if (!value.isEmpty()) {
        data.size(value);
      }
    }
    Element image = card.selectFirst("img[src]");
    if (image != null) {
      String photo = photoUrl(image.absUrl("src"));
      if (photo != null) {
        data.imageUrl(photo);
      }
    }
    return ListedDog.withDetailPage(id, name, STATUS.standardize(badge), detailUrl)
        .withListingData(data.build());
  }

  /** The card's status badges ("Reserved", in any case), or null when it shows none. */
  private static String badgeText(Element card) {
    List<String> badges = new ArrayList<>();
    for (Element badge :
        card.select(
            "[class*=Reserved], [class*=reserved], [class*=Badge], [class*=badge],"
                + " [class*=Status], [class*=status]")) {
      String text = TextLines.collapse(badge.text());
      if (!text.isEmpty() && !badges.contains(text)) {
        badges.add(text);
      }
    }
    return badges.isEmpty() ? null : String.join(" ", badges);
  }

  /** The total of the "X / Y" (formerly "X of Y") page indicator, or null when there is none. */
  private static Integer pagesTotal(Document document) {
    List<Element> candidates = document.select("[class*=paginationText]");
    if (candidates.isEmpty()) {
      candidates = document.select("[class*=agination] p, [class*=agination] span");
    }
    for (Element candidate : candidates) {
      Matcher indicator = PAGE_INDICATOR.matcher(candidate.text());
      if (indicator.matches()) {
        int total = Integer.parseInt(indicator.group(2));
        return total >= 1 ? total : null;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- detail

  @Override
  public RawDog parseDetailPage(Page page) {
    Document document = page.document();
    Element heading = document.selectFirst("h1");
    if (heading == null || TextLines.collapse(heading.text()).isEmpty()) {
      throw new IllegalStateException("no dog name (h1) on " + page.url());
    }
    LabeledValues facts = traits(document);
    String id = idOf(page.url(), facts);
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(id)
            .name(TextLines.collapse(heading.text()))
            .adoptionUrl(page.url().resolve(page.url().getRawPath()).toString())
            .breed(firstNonNull(facts.getOrNull("Breed"), filterLinkText(document, "breed")))
            .ageText(firstNonNull(facts.getOrNull("Age"), filterLinkText(document, "age")))
            .sex(firstNonNull(facts.getOrNull("Gender", "Sex"), filterLinkText(document, "gender")))
            .size(firstNonNull(facts.getOrNull("Size"), filterLinkText(document, "size")))
            .location(
                firstNonNull(facts.getOrNull("Location"), filterLinkText(document, "centres")))
            .description(description(document))
            .imageUrls(photos(page, id));

    List<String> chips = new ArrayList<>();
    Element intro = heading.parent();
    if (intro != null) {
      for (Element chip :
          intro.select("[class*='--chip--'], [class*=reserved], [class*=Reserved]")) {
        chips.add(TextLines.collapse(chip.text()));
      }
    }
    for (String chip : chips) {
      if (STATUS.statusOf(chip) != null) {
        dog.status(chip);
      }
      if (chip.equalsIgnoreCase("underdog")) {
        dog.property("underdog", "yes");
      }
    }
    facts.get("Medical care").ifPresent(value -> dog.property("medical_care", value));
    facts
        .get("May live with")
        .ifPresent(
            value -> {
              dog.property("may_live_with", value);
              mayLiveWith(value).forEach(dog::property);
            });
    facts.get("Ref ID").ifPresent(value -> dog.property("reference", value));
    return dog.build();
  }

  /** The trait cards (Age, Gender, Location, Ref ID, Size, Breed, Medical care, May live with). */
  private static LabeledValues traits(Document document) {
    List<Element> labels = new ArrayList<>();
    List<Element> values = new ArrayList<>();
    for (Element trait : document.select("[class*=traitCard]")) {
      Element label = trait.selectFirst("[class*=traitLabel]");
      Element value = trait.selectFirst("[class*=traitRight]");
      if (label != null && value != null) {
        labels.add(label);
        values.add(value);
      }
    }
    return LabeledValues.fromPairs(labels, values);
  }

  /**
   * The id from the page's address, else from the page's Ref ID.
   *
   * @throws IllegalStateException when neither has one
   */
  private static String idOf(URI url, LabeledValues facts) {
    Matcher path = DOG_PATH.matcher(url.getPath());
    if (path.find()) {
      return path.group(2);
    }
    String reference = facts.getOrNull("Ref ID");
    if (reference != null && reference.matches("\\d+")) {
      return reference;
    }
    throw new IllegalStateException("no Dogs Trust dog id in " + url);
  }

  /** The text of the page's filter link for a field ({@code breed%5B0%5D=...}), the old markup. */
  private static String filterLinkText(Document document, String field) {
    return text(document.selectFirst("a[href*='" + field + "%5B0%5D=']"));
  }

  /** "Cats, Dogs, Primary school children" as compatibility properties (only what it names). */
  static Map<String, String> mayLiveWith(String value) {
    Map<String, String> properties = new LinkedHashMap<>();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.matches(".*\\bcats?\\b.*")) {
      properties.put("good_with_cats", "yes");
    }
    if (lower.matches(".*\\bdogs?\\b.*")) {
      properties.put("good_with_dogs", "yes");
    }
    if (lower.matches(".*\\b(children|child|kids)\\b.*")) {
      properties.put("good_with_children", "yes");
    }
    return properties;
  }

  /**
   * The dog's own story: what follows each heading of the page's content section up to the next
   * heading. The breed guide promo lives in another section (and behind its own heading), so it is
   * never part of it.
   */
  static String description(Document document) {
    Element content = document.selectFirst("[data-section-name=DogPageContent]");
    List<Element> headings =
        content != null
            ? content.select("h2, h3, h4")
            : document.select("h2[class*=contentHeading], h3[class*=contentHeading]");
    Document story = Document.createShell("");
    story.outputSettings().prettyPrint(false);
    for (Element heading : headings) {
      if (isPromo(heading)) {
        continue;
      }
      List<Element> block = new ArrayList<>();
      for (Element sibling = heading.nextElementSibling();
          sibling != null && !isHeadingOrHoldsOne(sibling);
          sibling = sibling.nextElementSibling()) {
        block.add(withLineBreaks(sibling));
      }
      if (!block.isEmpty()) {
        story.body().appendElement("h3").text(TextLines.collapse(heading.text()));
        block.forEach(story.body()::appendChild);
      }
    }
    return story.body().childrenSize() == 0 ? null : story.body().html();
  }

  /** Breed guides, the rehoming steps and other site furniture, which hide from the jump links. */
  private static boolean isPromo(Element heading) {
    return heading.attr("data-variation").equals("hideFromJumpLinks")
        || heading.closest("article, [class*=SignPostCard]") != null;
  }

  private static boolean isHeadingOrHoldsOne(Element element) {
    return element.normalName().matches("h[1-6]")
        || !element.select("h1, h2, h3, h4, h5, h6").isEmpty();
  }

  /**
   * A copy of the element whose text line breaks are {@code <br>}: the site writes paragraph breaks
   * as bare newlines, which markup would otherwise fold into spaces.
   */
  private static Element withLineBreaks(Element element) {
    Element copy = element.clone();
    for (TextNode text : allTextNodes(copy)) {
      String whole = text.getWholeText();
      if (whole.indexOf('\n') < 0 && whole.indexOf('\r') < 0) {
        continue;
      }
      String[] lines = whole.split("\\r\\n|\\r|\\n", -1);
      Node anchor = text;
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          Element br = new Element("br");
          anchor.after(br);
          anchor = br;
        }
        TextNode line = new TextNode(lines[i]);
        anchor.after(line);
        anchor = line;
      }
      text.remove();
    }
    return copy;
  }

  private static List<TextNode> allTextNodes(Element root) {
    List<TextNode> nodes = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      nodes.addAll(element.textNodes());
    }
    return nodes;
  }

  /** The dog's photos: images under {@code /dogs/{id}/}, one size per photo, in page order. */
  private static List<String> photos(Page page, String id) {
    List<String> photos = new ArrayList<>();
    for (Element image : page.document().select("img[src*='/dogs/" + id + "/']")) {
      photos.add(photoUrl(image.absUrl("src")));
    }
    return ImageUrls.normalize(page.url(), photos);
  }

  private static String photoUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    return IMAGE_SIZE.matcher(url).replaceFirst(PHOTO_SIZE);
  }

  // ---------------------------------------------------------------- small helpers

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

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
