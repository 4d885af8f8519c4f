package dev.rescuedogs.scraping.liveness;

import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.scraping.parse.Uris;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the adoption markers of a dog's own page: its {@code <title>}, {@code og:title}, {@code
 * <h1>} and short badge-like elements (class or id naming a status, badge, label, tag, ribbon …).
 *
 * <p>Site chrome is skipped — navigation, menus, sidebars, the site's header and footer, lists of
 * links, links to other pages — because sites carry "Adopted dogs" or "Reserviert" menu entries and
 * cards of other dogs on every page, and those say nothing about this dog.
 */
final class StatusMarkers {

  /** Longer texts are sentences or whole sections, not badges. */
  static final int MAX_BADGE_LENGTH = 80;

  private static final StatusStandardizer STATUS = new StatusStandardizer();

  private static final Set<String> BADGE_WORDS =
      Set.of(
          "status", "badge", "label", "tag", "ribbon", "sticker", "stamp", "pill", "chip", "flag");

  private static final Set<String> CHROME_WORDS =
      Set.of(
          "menu",
          "nav",
          "navbar",
          "navigation",
          "sidebar",
          "widget",
          "breadcrumb",
          "related",
          "dropdown",
          "submenu",
          "megamenu",
          "offcanvas");

  /** Words naming a site's header or footer when used as a class or id outside the content. */
  private static final Set<String> PAGE_EDGE_WORDS =
      Set.of("header", "footer", "masthead", "topbar");

  private static final Set<String> CHROME_TAGS =
      Set.of("nav", "aside", "menu", "script", "template", "noscript", "select");

  private static final Set<String> CHROME_ROLES =
      Set.of("navigation", "menu", "menubar", "complementary", "banner", "contentinfo");

  private static final Set<String> CONTENT_TAGS = Set.of("article", "main", "section");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern TOKEN_BREAK =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern MEDIA_FILE =
      Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg|bmp|mp4|webm|pdf)$");

  private StatusMarkers() {}

  /**
   * A text on the page that names a status.
   *
   * @param place where it was found: {@code title}, {@code og:title}, {@code heading}, {@code
   *     badge}
   * @param text the text, whitespace collapsed
   */
  record Marker(String place, String text, DogStatus status) {

    /** E.g. {@code heading "Luna – ADOPTIERT"}. */
    String evidence() {
      return place + " \"" + text + "\"";
    }
  }

  /** The page's adoption marker: the first that says adopted, else the first that says reserved. */
  static Optional<Marker> find(Document page, URI pageUrl) {
    Marker reserved = null;
    for (Marker marker : candidates(page, pageUrl)) {
      DogStatus status = STATUS.statusOf(marker.text());
      if (status == DogStatus.ADOPTED) {
        return Optional.of(new Marker(marker.place(), marker.text(), status));
      }
      if (status == DogStatus.RESERVED && reserved == null) {
        reserved = new Marker(marker.place(), marker.text(), status);
      }
    }
    return Optional.ofNullable(reserved);
  }

  /** What names the page, for evidence that it is still online: title, og:title or heading. */
  static Optional<Marker> name(Document page, URI pageUrl) {
    return candidates(page, pageUrl).stream()
        .filter(marker -> !marker.place().equals("badge"))
        .findFirst();
  }

  /** Every text that could carry a marker, in evidence order, without a status yet. */
  private static List<Marker> candidates(Document page, URI pageUrl) {
    List<Marker> markers = new ArrayList<>();
    addText(markers, "title", page.title());
    for (Element meta : page.select("meta[property=og:title], meta[name=og:title]")) {
      addText(markers, "og:title", meta.attr("content"));
    }
    Element body = page.body();
    for (Element heading : body.select("h1")) {
      if (!isChrome(heading, pageUrl)) {
        addText(markers, "heading", heading.text());
      }
    }
    for (Element element : body.select("[class], [id]")) {
      if (isBadgeLike(element) && !isChrome(element, pageUrl)) {
        String text = collapse(element.text());
        if (text.length() <= MAX_BADGE_LENGTH) {
          addText(markers, "badge", text);
        }
      }
    }
    return markers;
  }

  private static void addText(List<Marker> markers, String place, String text) {
    String collapsed = collapse(text);
    if (!collapsed.isEmpty()) {
      markers.add(new Marker(place, collapsed, null));
    }
  }

  private static boolean isBadgeLike(Element element) {
    return tokens(element).stream().anyMatch(token -> isWord(token, BADGE_WORDS));
  }

  /**
   * Whether an element belongs to the site's chrome or to another dog rather than to this page's
   * content: it or an ancestor is navigation, a menu, a sidebar, the site's header or footer, a
   * list of links, a link to another page, or hidden.
   */
  private static boolean isChrome(Element element, URI pageUrl) {
    for (Element current = element;
        current != null && !current.normalName().equals("body");
        current = current.parent()) {
      String tag = current.normalName();
      if (CHROME_TAGS.contains(tag)
          || CHROME_ROLES.contains(current.attr("role").toLowerCase(Locale.ROOT))
          || isHidden(current)
          || isLinkToAnotherPage(current, pageUrl)
          || isLinkList(current)) {
        return true;
      }
      List<String> tokens = tokens(current);
      if (tokens.stream().anyMatch(token -> isWord(token, CHROME_WORDS))) {
        return true;
      }
      boolean pageEdge =
          tag.equals("header")
              || tag.equals("footer")
              || tokens.stream().anyMatch(token -> isWord(token, PAGE_EDGE_WORDS));
      // An article's or section's own header holds the dog's title; only the site's is chrome.
      if (pageEdge && !insideContent(current)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideContent(Element element) {
    for (Element parent : element.parents()) {
      if (CONTENT_TAGS.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("hidden") || HIDDEN_STYLE.matcher(element.attr("style")).find();
  }

  /** A link to a page other than this one: a card or menu entry of something else. */
  private static boolean isLinkToAnotherPage(Element element, URI pageUrl) {
    if (!element.normalName().equals("a") || !element.hasAttr("href")) {
      return false;
    }
    String href = element.attr("href").strip();
    if (href.isEmpty() || href.startsWith("#")) {
      return false;
    }
    URI target = Uris.parseOrNullEncodingSpaces(element.absUrl("href"));
    if (target == null
        || target.getRawPath() == null
        || MEDIA_FILE.matcher(target.getRawPath()).matches()) {
      return false;
    }
    return !SiteAddresses.samePage(target, pageUrl);
  }

  /** A list (two or more items) whose every item holds a link: a menu or a list of other dogs. */
  private static boolean isLinkList(Element element) {
    String tag = element.normalName();
    if (!tag.equals("ul") && !tag.equals("ol")) {
      return false;
    }
    List<Element> items = element.children().stream().filter(c -> c.nameIs("li")).toList();
    return items.size() >= 2
        && items.stream().allMatch(item -> item.selectFirst("a[href]") != null);
  }

  private static List<String> tokens(Element element) {
    List<String> tokens = new ArrayList<>();
    for (String value : List.of(element.className(), element.id())) {
      TOKEN_BREAK
          .splitAsStream(value)
          .filter(token -> !token.isEmpty())
          .forEach(token -> tokens.add(token.toLowerCase(Locale.ROOT)));
    }
    return tokens;
  }

  /** The word itself or its plural ({@code badges}, {@code menus}). */
  private static boolean isWord(String token, Set<String> words) {
    return words.contains(token)
        || (token.endsWith("s") && words.contains(token.substring(0, token.length() - 1)));
  }

  /** Plain text on one line: every run of whitespace (no-break spaces too) becomes one space. */
  static String collapse(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
