package dev.rescuedogs.scraping.organizations.petsinturkey;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.HeadingSection;
import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pets in Turkey (petsinturkey.org): one static Wix page, {@code /dogs}, with every dog in a
 * repeater and no detail pages.
 *
 * <p><b>A dog.</b> A repeater item ({@code .wixui-repeater__item}) with a heading "I'm {Name}", a
 * line "Ready to fly in …" (the dog is in Turkey) or "Currently in …" (already abroad), the labels
 * Breed / Weight / Age / Sex / Spayed|Neutered, two "Adopt Me" buttons to {@code /adoption}, then
 * one rich-text block of values per label in the same order. A value block may carry more lines:
 * the weight block "height: 60cm" (read as the height) and notes ("Cabin size", "one eye blind").
 * Items without such a heading or labels — the "Adoption forms" repeater below the dogs — are not
 * dogs and are ignored.
 *
 * <p><b>External id and adoption URL.</b> {@code pit-{name-slug}}; the adoption URL is the site's
 * adoption form with the name as fragment, {@code https://www.petsinturkey.org/adoption#aliza}. The
 * Wix item ids are no identity: items are reused for new dogs (their ids date from years before the
 * dogs' travel dates). The original also put the breed slug in the id, which changes whenever the
 * breed text is edited; only a second dog with the same name on the page gets its item key appended
 * ({@code pit-luna-kip53aqf}).
 */
public final class PetsInTurkeyScraper extends OrganizationScraper {

  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "^(?:(?:hi|hello|hey)[,!]?\\s+)?(?:i['’`]?m|i am)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENTLY_IN =
      Pattern.compile("^(?:currently|now)\\s+in\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern READY_TO_FLY =
      Pattern.compile("^ready\\s+to\\s+(?:fly|travel)\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEIGHT_LINE =
      Pattern.compile("^height\\s*[:.]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** Wix serves resized copies under {@code /v1/fill/…}; the part before is the original photo. */
  private static final Pattern WIX_TRANSFORM =
      Pattern.compile("^(https://static\\.wixstatic\\.com/media/[^/]+)/v1/.*$");

  private static final Pattern ASIDES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\"[^\"]*\"");
  private static final Pattern STATUS_SUFFIX = Pattern.compile("\\s[-–—|/]\\s*(.+)$");

  public PetsInTurkeyScraper(OrganizationConfig config, ScraperDependencies dependencies) {
    super(config, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    String adoptionForm = page.url().resolve("/adoption").toString();
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    for (Element item : page.document().select(".wixui-repeater__item")) {
      if (item.select(".wixui-repeater__item").size() > 1) {
        continue; // an item wrapping another repeater (select counts the item itself): read inner
        // ones
      }
      RawDog dog = readItem(item, adoptionForm, dogs);
      if (dog != null) {
        dogs.put(dog.externalId(), ListedDog.withoutDetailPage(dog));
      }
    }
    return ListingPage.single(List.copyOf(dogs.values()));
  }

  private static RawDog readItem(Element item, String adoptionForm, Map<String, ListedDog> seen) {
    Element heading = item.selectFirst("h1, h2, h3, h4, h5, h6");
    String headingText = heading == null ? "" : TextLines.collapse(heading.text());
    Matcher introduction = INTRODUCTION.matcher(headingText);

    Blocks blocks = Blocks.of(item, heading);
    List<String> labels = blocks.labels;
    List<String> infoLines = blocks.infoLines;
    List<Element> values = blocks.values;
    boolean hasBreedLabel = labels.stream().anyMatch(label -> Label.of(label) == Label.BREED);
    if (!introduction.matches() && !hasBreedLabel) {
      return null;
    }
    String name = introduction.matches() ? introduction.group(1).strip() : headingText;
    if (name.isEmpty()) {
      return null;
    }
    String slug = Slugs.of(withoutAsides(name));
    String id = "pit-" + (slug.isEmpty() ? itemKey(item) : slug);
    if (seen.containsKey(id)) {
      id = id + "-" + itemKey(item);
    }

    RawDog.Builder dog =
        RawDog.builder()
            .externalId(id)
            .name(name)
            .adoptionUrl(adoptionForm + "#" + (slug.isEmpty() ? itemKey(item) : slug));
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < Math.min(labels.size(), values.size()); i++) {
      read(dog, labels.get(i), TextLines.of(values.get(i)), notes);
    }
    String status = null;
    for (String line : infoLines) {
      Matcher abroad = CURRENTLY_IN.matcher(line);
      if (abroad.matches()) {
        dog.location(abroad.group(1));
      } else if (READY_TO_FLY.matcher(line).matches()) {
        dog.location("Turkey");
        dog.property("travel", line);
      }
      if (status == null && STATUS.statusOf(line) != null) {
        status = line;
      }
    }
    if (status == null && STATUS.statusOf(headingText) != null) {
      status = headingText;
    }
    dog.status(status);
    if (!notes.isEmpty()) {
      dog.property("notes", String.join("; ", notes));
    }
    for (Element img : item.select("img")) {
      String url = ImgSources.best(img);
      if (url != null) {
        Matcher transformed = WIX_TRANSFORM.matcher(url);
        dog.imageUrl(transformed.matches() ? transformed.group(1) : url);
      }
    }
    return dog.build();
  }

  /** One label and its value block: the first line is the value, the others notes or height. */
  private static void read(
      RawDog.Builder dog, String label, List<String> lines, List<String> notes) {
    String value = null;
    for (String line : lines) {
      Matcher height = HEIGHT_LINE.matcher(line);
      if (height.matches()) {
        dog.height(height.group(1).isEmpty() ? line : height.group(1));
      } else if (value == null) {
        value = line;
      } else {
        notes.add(line);
      }
    }
    if (value == null) {
      return;
    }
    switch (Label.of(label)) {
      case BREED -> dog.breed(value);
      case WEIGHT -> {
        dog.weight(value);
        if (HeadingSection.fold(label).startsWith("expected")) {
          dog.property("expected_weight", value);
        }
      }
      case AGE -> dog.ageText(value);
      case BIRTH -> {
        // "Born in" + "11/12/2020": a date of birth, kept with its label so it reads as one.
        dog.ageText(label + " " + value);
        dog.property("date_of_birth", value);
      }
      case SEX -> dog.sex(value);
      case NEUTERED -> dog.property("neutered", value);
      default -> {}
    }
  }

  /**
   * The name without what may come and go around it — "(reserved)", "[urgent]", "- on hold" — so
   * the id outlives a status note written into the heading.
   */
  static String withoutAsides(String name) {
    String stripped = ASIDES.matcher(name).replaceAll(" ");
    Matcher suffix = STATUS_SUFFIX.matcher(stripped);
    if (suffix.find() && STATUS.statusOf(suffix.group(1)) != null) {
      stripped = stripped.substring(0, suffix.start());
    }
    return stripped.strip();
  }

  /** The key of a repeater item: {@code comp-x__item-kip53aqf} → {@code kip53aqf}. */
  private static String itemKey(Element item) {
    String id = item.id();
    int marker = id.indexOf("__item");
    String key = marker < 0 ? id : id.substring(marker + "__item".length());
    key = Slugs.of(key);
    return key.isEmpty() ? Integer.toString(item.elementSiblingIndex()) : key;
  }

  /**
   * An item's rich-text blocks apart from its heading, sorted: before the "Adopt Me" buttons come
   * info lines ("Ready to fly …") and labels, after them the value blocks in the labels' order.
   * Without buttons, the values follow the last label.
   */
  private static final class Blocks {
    final List<String> labels = new ArrayList<>();
    final List<String> infoLines = new ArrayList<>();
    final List<Element> values = new ArrayList<>();

    static Blocks of(Element item, Element heading) {
      Element headingBlock = heading == null ? null : heading.closest(".wixui-rich-text");
      List<Element> texts = new ArrayList<>();
      int firstAfterButtons = -1;
      for (Element element : item.getAllElements()) {
        if (element.hasClass("wixui-button")) {
          firstAfterButtons = firstAfterButtons < 0 ? texts.size() : firstAfterButtons;
        } else if (element.hasClass("wixui-rich-text") && !element.equals(headingBlock)) {
          texts.add(element);
        }
      }
      int lastLabel = -1;
      for (int i = 0; i < texts.size(); i++) {
        if (TextLines.of(texts.get(i)).stream().anyMatch(line -> Label.of(line) != null)) {
          lastLabel = i;
        }
      }
      int valuesFrom =
          Math.min(firstAfterButtons >= 0 ? firstAfterButtons : lastLabel + 1, texts.size());
      Blocks blocks = new Blocks();
      for (Element block : texts.subList(0, valuesFrom)) {
        for (String line : TextLines.of(block)) {
          (Label.of(line) != null ? blocks.labels : blocks.infoLines).add(line);
        }
      }
      for (Element block : texts.subList(valuesFrom, texts.size())) {
        if (!TextLines.of(block).isEmpty()) {
          blocks.values.add(block);
        }
      }
      return blocks;
    }
  }

  /** The labels of a dog's facts, by their English wording on the site. */
  private enum Label {
    BREED,
    WEIGHT,
    AGE,
    BIRTH,
    SEX,
    NEUTERED;

    static Label of(String text) {
      String folded = HeadingSection.fold(text).replaceAll("[:.]+$", "").strip();
      return switch (folded) {
        case "breed" -> BREED;
        case "weight", "expected weight" -> WEIGHT;
        case "age" -> AGE;
        case "born in", "born", "date of birth", "dob" -> BIRTH;
        case "sex", "gender" -> SEX;
        case "spayed", "neutered", "castrated", "spayed/neutered" -> NEUTERED;
        default -> null;
      };
    }
  }
}
