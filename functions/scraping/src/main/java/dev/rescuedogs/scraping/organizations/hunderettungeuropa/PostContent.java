package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A dog's page as the post's {@code content.rendered} carries it: Elementor widgets with the facts
 * ("Geschlecht: Weiblich", "Geschätztes Alter: geb. ca. Februar 2026"), the story and photo
 * widgets, followed by the site's adoption text and social links.
 *
 * <p>Posts are made from a template whose unused blocks editors hide instead of deleting: they stay
 * in the HTML, hidden on every device, with placeholder values ("Männlich/ Weiblich", "HUNDENAME",
 * "ca. xx – xx cm") and stock template photos — sometimes before the real values. Hidden blocks are
 * dropped, and placeholder lines and template photos are ignored even where an editor left them
 * visible.
 *
 * @param facts the "Label: value" facts, placeholders skipped, the first occurrence of a label
 *     winning
 * @param description the dog's story as HTML (headings and paragraphs), or null
 * @param specialNotes the text under the story's "Besonderheiten" heading (health, herding-dog
 *     heritage, cropped ears), or null
 * @param imageUrls absolute photo URLs in page order
 */
record PostContent(
    LabeledValues facts, String description, String specialNotes, List<String> imageUrls) {

  private static final String HIDDEN_EVERYWHERE =
      ".elementor-hidden-desktop.elementor-hidden-tablet.elementor-hidden-mobile";

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "HUNDENAME|\\bxx\\b|Jahreszahl|\\(ausgeschrieben\\)"
              + "|M(?:ä|ae)nnlich\\s*/\\s*Weiblich|Weiblich\\s*/\\s*M(?:ä|ae)nnlich"
              + "|Gnadenplatz\\s*/\\s*Handicap|(?:bitte|dann)\\b[^.()]{0,40}\\bl(?:ö|oe)schen",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Stock photos of the post template ("template-foto-2-zuhause-gesucht-….jpg"). */
  private static final Pattern TEMPLATE_PHOTO =
      Pattern.compile("/template-[^/]*$", Pattern.CASE_INSENSITIVE);

  /** "Lerne hier Motte in einem weiteren Video kennen!": a jump to the page's video. */
  private static final Pattern VIDEO_TEASER =
      Pattern.compile("^Lerne\\b.*\\bkennen\\W*$", Pattern.CASE_INSENSITIVE);

  /** Labels of the facts block (folded as {@link LabeledValues#asMap()} keys them). */
  private static final Set<String> FACT_LABELS =
      Set.of(
          "im tierheim seit",
          "in deutschland seit",
          "auf pflegestelle in",
          "geschlecht",
          "geschatztes alter",
          "alter",
          "geschatzte schulterhohe",
          "geschatzte endschulterhohe",
          "schulterhohe",
          "geschatztes gewicht",
          "gewicht",
          "herkunft",
          "rasse",
          "besonderheit",
          "fruheste ausreise");

  /** Parses {@code content.rendered}; relative URLs resolve against the post's link. */
  static PostContent parse(String html, URI base) {
    Document document = Jsoup.parseBodyFragment(html == null ? "" : html, base.toString());
    document.select(HIDDEN_EVERYWHERE).remove();
    document.select("script, style, noscript, template, iframe, form").remove();
    Element body = document.body();

    List<String> lines = new ArrayList<>(TextLines.of(body));
    lines.removeIf(line -> PLACEHOLDER.matcher(line).find());
    Story story = story(body);
    return new PostContent(
        LabeledValues.fromLines(lines), story.html(), story.specialNotes(), photos(body, base));
  }

  private record Story(String html, String specialNotes) {}

  /**
   * The widgets between the facts and the site's own blocks: headings (the name heading aside) and
   * text. The story ends at the first button ("Schon verliebt? Schick uns eine Selbstauskunft!"),
   * the adoption text or the social icons, which every post repeats.
   */
  private static Story story(Element body) {
    List<String> parts = new ArrayList<>();
    List<String> specialNotes = new ArrayList<>();
    String currentHeading = "";
    for (Element widget : body.select(".elementor-widget")) {
      if (widget.hasClass("elementor-widget-button")
          || widget.hasClass("elementor-widget-social-icons")) {
        break;
      }
      if (widget.hasClass("elementor-widget-heading")) {
        Element heading = widget.selectFirst("h2, h3, h4, h5, h6");
        String text = heading == null ? "" : TextLines.collapse(heading.text());
        if (!text.isEmpty() && !PLACEHOLDER.matcher(text).find()) {
          parts.add("<h3>" + Entities.escape(text) + "</h3>");
          currentHeading = text;
        }
      } else if (widget.hasClass("elementor-widget-text-editor")) {
        if (isAdoptionText(widget)) {
          break;
        }
        String text = TextLines.collapse(widget.text());
        if (text.isEmpty()
            || PLACEHOLDER.matcher(text).find()
            || VIDEO_TEASER.matcher(text).matches()
            || isFactsBlock(widget)) {
          continue;
        }
        Element container = widget.selectFirst(".elementor-widget-container");
        parts.add((container == null ? widget : container).html().strip());
        if (currentHeading.equalsIgnoreCase("Besonderheiten")) {
          specialNotes.add(text);
        }
      }
    }
    // Headings with nothing after them (a heading left above a hidden block) are not a story.
    while (!parts.isEmpty() && parts.get(parts.size() - 1).startsWith("<h3>")) {
      parts.remove(parts.size() - 1);
    }
    return new Story(
        parts.isEmpty() ? null : String.join("\n", parts),
        specialNotes.isEmpty() ? null : String.join(" ", specialNotes));
  }

  /** The site's adoption text starts with its own "Adoption" heading. */
  private static boolean isAdoptionText(Element widget) {
    Element heading = widget.selectFirst("h1, h2, h3, h4");
    return heading != null && TextLines.collapse(heading.text()).equalsIgnoreCase("Adoption");
  }

  private static boolean isFactsBlock(Element widget) {
    LabeledValues values = LabeledValues.fromLines(widget);
    return values.asMap().keySet().stream().filter(FACT_LABELS::contains).count() >= 2;
  }

  private static List<String> photos(Element body, URI base) {
    List<String> references = new ArrayList<>();
    for (Element image : body.select("img")) {
      references.add(ImgSources.best(image));
    }
    // Elementor galleries render photos as links with lazy backgrounds, not <img>.
    for (Element item : body.select("a.e-gallery-item[href], .gallery-item a[href]")) {
      references.add(item.attr("href"));
    }
    List<String> photos = new ArrayList<>();
    for (String url : ImageUrls.normalize(base, references)) {
      if (!TEMPLATE_PHOTO.matcher(URI.create(url).getPath()).find()) {
        photos.add(url);
      }
    }
    return List.copyOf(photos);
  }
}
