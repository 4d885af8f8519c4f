package dev.rescuedogs.scraping.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * What a heading introduces on a page: the sibling elements after it up to the next heading of the
 * same or a higher rank ("Beschreibung" then the story paragraphs, "About Johny" then the story).
 * Sites built with block editors write a dog's story this way, with galleries, videos and share
 * buttons between the paragraphs; {@link #storyHtml} keeps only the text.
 */
public final class HeadingSection {

  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

  /** Markup that never belongs in a story: media, embeds, scripts, forms and their controls. */
  private static final String NOT_STORY =
      "script, style, noscript, template, iframe, object, embed, video, audio, picture, img, svg,"
          + " canvas, figure, form, input, button, select, textarea";

  private HeadingSection() {}

  /**
   * The first heading inside {@code root} whose text, folded (lower case, no accents, single
   * spaces), satisfies {@code folded}.
   */
  public static Optional<Element> find(Element root, Predicate<String> folded) {
    for (Element heading : root.select(HEADINGS)) {
      if (folded.test(fold(heading.text()))) {
        return Optional.of(heading);
      }
    }
    return Optional.empty();
  }

  /** The first heading inside {@code root} whose folded text starts with {@code foldedPrefix}. */
  public static Optional<Element> startingWith(Element root, String foldedPrefix) {
    return find(root, text -> text.startsWith(foldedPrefix));
  }

  /**
   * The siblings after {@code heading} up to (not including) the next heading of the same or a
   * higher rank; a sibling that merely wraps such a heading ends the section too.
   */
  public static List<Element> contentAfter(Element heading) {
    int rank = rank(heading);
    List<Element> content = new ArrayList<>();
    for (Element sibling = heading.nextElementSibling();
        sibling != null;
        sibling = sibling.nextElementSibling()) {
      if (endsSection(sibling, rank)) {
        break;
      }
      content.add(sibling);
    }
    return List.copyOf(content);
  }

  /**
   * The story told by {@code elements} as HTML: copies without media, embeds, scripts and forms,
   * leaving out elements with no text; null when nothing remains.
   */
  public static String storyHtml(List<Element> elements) {
    List<String> parts = new ArrayList<>();
    for (Element element : elements) {
      if (element.is(NOT_STORY)) {
        continue;
      }
      Element copy = element.clone();
      copy.select(NOT_STORY).remove();
      if (!TextLines.collapse(copy.text()).isEmpty()) {
        parts.add(copy.outerHtml());
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  /** Lower case, accents removed, whitespace collapsed: how {@link #find} compares texts. */
  public static String fold(String text) {
    return Normalizer.normalize(TextLines.collapse(text), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** 1 for {@code h1} … 6 for {@code h6}; 0 for anything else. */
  public static int rank(Element element) {
    String name = element.normalName();
    if (name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6') {
      return name.charAt(1) - '0';
    }
    return 0;
  }

  private static boolean endsSection(Element sibling, int rank) {
    int own = rank(sibling);
    if (own > 0) {
      return own <= rank;
    }
    for (Element inner : sibling.select(HEADINGS)) {
      if (rank(inner) <= rank) {
        return true;
      }
    }
    return false;
  }
}
