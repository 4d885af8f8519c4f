package dev.rescuedogs.scraping.organizations.theunderdog;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.parse.Uris;
import dev.rescuedogs.scraping.parse.YesNoAnswers;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Underdog (Underdog International, UK), a Squarespace site whose dogs are shop products.
 *
 * <p><b>Listing</b> ({@code /adopt}, one page, plain HTTP): {@code .ProductList-item} cards linking
 * to {@code /adopt/{slug}}; the title carries a flag of where the dog is (🇬🇧 🇨🇾 🇷🇴 🇧🇦 🇫🇷)
 * and badges such as RESERVED or ADOPTED.
 *
 * <p><b>Detail</b> ({@code /adopt/{slug}}): {@code h1.ProductItem-details-title}; the excerpt
 * answers questions ("How big?", "How old?", "Male or female?", "Living with kids/dogs/cats?",
 * "Where am I from?") line by line, then tells the story under "About {name}"; the gallery's images
 * are lazy ({@code src} empty, URL in {@code data-src}) and each appears twice (mobile and desktop
 * gallery). The site states no breed.
 *
 * <p><b>External id</b>: {@code tud-} + the product slug ({@code /adopt/teddy} → {@code
 * tud-teddy}).
 */
public final class TheUnderdogScraper extends OrganizationScraper {

  static final String ID_PREFIX = "tud-";
  private static final StatusStandardizer STATUS = new StatusStandardizer();

  public TheUnderdogScraper(OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Document document = page.document();
    List<ListedDog> dogs = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element item : document.select(".ProductList-item")) {
      ListedDog dog = parseItem(item);
      if (dog != null && seen.add(dog.externalId())) {
        dogs.add(dog);
      }
    }
    return ListingPage.single(dogs);
  }

  private static ListedDog parseItem(Element item) {
    URI url = null;
    String slug = null;
    for (Element link : item.select("a[href]")) {
      URI candidate = Uris.parseOrNull(link.absUrl("href"));
      slug = candidate == null ? null : slugOf(candidate);
      if (slug != null) {
        url = candidate;
        break;
      }
    }
    if (url == null) {
      return null;
    }
    Element titleElement = item.selectFirst(".ProductList-title");
    String title = titleElement == null ? "" : TextLines.collapse(titleElement.text());
    // The badges (RESERVED, ADOPTED) are part of the title.
    DogStatus status = STATUS.standardize(title);
    String badge = status == DogStatus.AVAILABLE ? null : title;
    RawDog.Builder data = RawDog.builder().externalId(ID_PREFIX + slug).status(badge);
    countryFlag(title).ifPresent(code -> data.property("country_flag", code));
    for (Element image :
        item.select(
            "img.ProductList-image, .ProductList-image img, div.ProductList-image[data-src]")) {
      String source = firstImage(image);
      if (source != null) {
        data.imageUrl(source);
      }
    }
    return ListedDog.withDetailPage(ID_PREFIX + slug, title.isEmpty() ? null : title, status, url)
        .withListingData(data.build());
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    String slug = slugOf(page.url());
    if (slug == null) {
      throw new IllegalArgumentException(page.url() + " is not an Underdog dog (/adopt/{slug})");
    }
    Document document = page.document();
    Element details =
        document.selectFirst(".ProductItem-details:not(.ProductItem-details--mobile)");
    if (details == null) {
      details = document.selectFirst(".ProductItem-details");
    }
    if (details == null) {
      throw new IllegalStateException(page.url() + " shows no product details");
    }
    Element title = details.selectFirst("h1.ProductItem-details-title, h1");
    String name = title == null ? null : TextLines.collapse(title.text());
    Element excerpt = details.selectFirst(".ProductItem-details-excerpt");

    LabeledValues answers = answers(excerpt);
    String from = answers.getOrNull("Where am I from", "Where am I now", "Location");
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + slug)
            .name(name)
            .adoptionUrl(page.url().toString())
            .status(name != null && STATUS.statusOf(name) != null ? name : null)
            .size(answers.getOrNull("How big", "Size"))
            .ageText(answers.getOrNull("How old", "Age"))
            .sex(answers.getOrNull("Male or female", "Sex", "Gender"))
            .breed(answers.getOrNull("What breed am I", "Breed"))
            .weight(answers.getOrNull("How heavy", "Weight"))
            .location(from);
    answer(
        dog,
        "good_with_children",
        "living_with_children",
        answers,
        "Living with kids",
        "Living with children");
    answer(dog, "good_with_dogs", "living_with_dogs", answers, "Living with dogs");
    answer(dog, "good_with_cats", "living_with_cats", answers, "Living with cats");
    property(dog, "resident_dog_required", answers.getOrNull("Resident dog required"));
    property(dog, "ideal_home", answers.getOrNull("Where can I live"));
    property(dog, "reason_for_rehoming", answers.getOrNull("Reason for rehoming"));
    if (name != null) {
      countryFlag(name).ifPresent(code -> dog.property("country_flag", code));
    }
    dog.description(story(excerpt));
    dog.imageUrls(photos(document, page.url()));
    return dog.build();
  }

  /**
   * The excerpt's question lines as labelled facts: "How big? Large" and "Reason for rehoming: Not
   * enough time" alike. Lines after the story's heading are the story, not answers.
   */
  private static LabeledValues answers(Element excerpt) {
    if (excerpt == null) {
      return LabeledValues.fromLines(List.of());
    }
    List<String> lines = new ArrayList<>();
    for (Element block : excerpt.children()) {
      if (block.normalName().matches("h[1-6]")) {
        break;
      }
      for (String line : TextLines.of(block)) {
        int question = line.indexOf('?');
        int colon = line.indexOf(':');
        if (question > 0 && (colon < 0 || question < colon)) {
          lines.add(line.substring(0, question) + ":" + line.substring(question + 1));
        } else {
          lines.add(line);
        }
      }
    }
    return LabeledValues.fromLines(lines);
  }

  private static void answer(
      RawDog.Builder dog, String key, String rawKey, LabeledValues answers, String... questions) {
    String answer = answers.getOrNull(questions);
    property(dog, rawKey, answer);
    property(dog, key, YesNoAnswers.read(answer));
  }

  private static void property(RawDog.Builder dog, String key, String value) {
    if (value != null && !value.isBlank()) {
      dog.property(key, value);
    }
  }

  /**
   * The story: the excerpt from its first heading ("About Teddy") on; without a heading, the
   * paragraphs that answer no question.
   */
  private static String story(Element excerpt) {
    if (excerpt == null) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    boolean inStory = false;
    for (Element block : excerpt.children()) {
      if (block.normalName().matches("h[1-6]")) {
        inStory = true;
      }
      if (!inStory && looksLikeAnswers(block)) {
        continue;
      }
      if (!TextLines.collapse(block.text()).isEmpty()) {
        html.append(block.outerHtml());
      }
    }
    return html.length() == 0 ? null : html.toString();
  }

  /** A block of "Question? answer" or "Label: answer" lines (at least two of them). */
  private static boolean looksLikeAnswers(Element block) {
    int answers = 0;
    for (String line : TextLines.of(block)) {
      int question = line.indexOf('?');
      int colon = line.indexOf(':');
      if ((question > 0 && question <= 40) || (colon > 0 && colon <= 30)) {
        answers++;
      }
    }
    return answers >= 2;
  }

  /** The gallery's photos: {@code data-src} (lazy), else {@code data-image}, else src. */
  private static List<String> photos(Document document, URI base) {
    List<String> photos = new ArrayList<>();
    for (Element image : document.select(".ProductItem-gallery img")) {
      String source = firstImage(image);
      if (source != null) {
        photos.add(source);
      }
    }
    return ImageUrls.normalize(base, photos);
  }

  private static String firstImage(Element image) {
    URI base = Uris.parseOrNull(image.baseUri());
    for (String attribute : new String[] {"data-src", "data-image", "src"}) {
      String url = ImageUrls.normalize(base, image.attr(attribute));
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /**
   * The country of a flag emoji in a title ("Teddy 🇬🇧" → GB): two regional indicator symbols
   * spell the ISO code. Tells where the dog is when the page says nothing else.
   */
  static Optional<String> countryFlag(String text) {
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i + 1 < codePoints.length; i++) {
      if (isRegionalIndicator(codePoints[i]) && isRegionalIndicator(codePoints[i + 1])) {
        return Optional.of(
            new String(
                new char[] {
                  (char) ('A' + codePoints[i] - 0x1F1E6), (char) ('A' + codePoints[i + 1] - 0x1F1E6)
                }));
      }
    }
    return Optional.empty();
  }

  private static boolean isRegionalIndicator(int codePoint) {
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
  }

  /** The slug in {@code /adopt/{slug}}, else null. */
  static String slugOf(URI url) {
    return Slugs.segmentAfter(url, "adopt");
  }
}
