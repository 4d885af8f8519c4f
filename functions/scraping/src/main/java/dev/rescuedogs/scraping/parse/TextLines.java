package dev.rescuedogs.scraping.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an element as the lines a reader sees: a {@code <br>} or the edge of a block
 * element ends a line. jsoup's {@code text()} joins everything into one line, which loses the
 * "Label: value" structure that many rescue sites write as {@code <p>Breed: Mix<br>Gender:
 * Male</p>}.
 */
public final class TextLines {
  private TextLines() {}

  /** Non-blank lines, whitespace collapsed (NBSP included), in document order. */
  public static List<String> of(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              current.append(textNode.getWholeText());
            } else if (node instanceof Element element && breaksLine(element)) {
              flush(current, lines);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              flush(current, lines);
            }
          }
        },
        root);
    flush(current, lines);
    return lines;
  }

  private static boolean breaksLine(Element element) {
    return element.isBlock() || element.normalName().equals("br");
  }

  private static void flush(StringBuilder current, List<String> lines) {
    String line = collapse(current.toString());
    if (!line.isEmpty()) {
      lines.add(line);
    }
    current.setLength(0);
  }

  /** Collapses every run of whitespace (including NBSP and zero-width spaces) to one space. */
  public static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
  }
}
