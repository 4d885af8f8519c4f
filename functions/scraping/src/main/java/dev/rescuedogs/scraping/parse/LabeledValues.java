package dev.rescuedogs.scraping.parse;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * "Label: value" facts from a dog's page (Breed: Mix, Geschlecht: männlich, D.O.B: 03/02/2024),
 * looked up by label regardless of case, accents, punctuation and a trailing colon. The first
 * occurrence of a label wins, so a later "Related dogs" block cannot overwrite the dog's own facts.
 */
public final class LabeledValues {
  private final Map<String, String> valuesByLabel;

  private LabeledValues(Map<String, String> valuesByLabel) {
    this.valuesByLabel = Collections.unmodifiableMap(valuesByLabel);
  }

  /**
   * Facts written as lines of {@code Label: value} (or {@code Label - value}) inside {@code root}.
   */
  public static LabeledValues fromLines(Element root) {
    return fromLines(TextLines.of(root));
  }

  /** Facts written as lines of {@code Label: value}; lines without a separator are skipped. */
  public static LabeledValues fromLines(List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon <= 0 || colon > 60) {
        continue;
      }
      put(values, line.substring(0, colon), line.substring(colon + 1));
    }
    return new LabeledValues(values);
  }

  /**
   * Facts laid out as a label element followed by a value element, paired by order: table rows of
   * two cells, {@code <dt>}/{@code <dd>}, or two columns of headings.
   */
  public static LabeledValues fromPairs(List<Element> labels, List<Element> values) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(labels.size(), values.size()); i++) {
      put(pairs, labels.get(i).text(), values.get(i).text());
    }
    return new LabeledValues(pairs);
  }

  /**
   * Rows of a {@code <table>} ({@code th|td} then {@code td}) and {@code <dl>} terms inside root.
   */
  public static LabeledValues fromTables(Element root) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Element row : root.select("tr")) {
      List<Element> cells = row.select("> th, > td");
      if (cells.size() >= 2) {
        put(pairs, cells.get(0).text(), cells.get(1).text());
      }
    }
    for (Element term : root.select("dl > dt")) {
      Element definition = term.nextElementSibling();
      if (definition != null && definition.normalName().equals("dd")) {
        put(pairs, term.text(), definition.text());
      }
    }
    return new LabeledValues(pairs);
  }

  /**
   * Whether {@code block} is a facts block rather than story: at least one of its lines, and at
   * least half of them, read "Label: value" with a label in {@code foldedLabels} (folded as {@link
   * HeadingSection#fold} folds).
   */
  public static boolean isFactsBlock(Element block, Set<String> foldedLabels) {
    List<String> lines = TextLines.of(block);
    long factLines =
        lines.stream()
            .filter(line -> line.indexOf(':') > 0)
            .map(line -> HeadingSection.fold(line.substring(0, line.indexOf(':'))))
            .filter(foldedLabels::contains)
            .count();
    return factLines > 0 && factLines * 2 >= lines.size();
  }

  /** The value of the first of {@code labels} present (in the order given), if any. */
  public Optional<String> get(String... labels) {
    for (String label : labels) {
      String value = valuesByLabel.get(key(label));
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The value of the first of {@code labels} present, else null: handy for builders. */
  public String getOrNull(String... labels) {
    return get(labels).orElse(null);
  }

  /** Every fact, keyed by the folded label (lower case, no accents, single spaces). */
  public Map<String, String> asMap() {
    return valuesByLabel;
  }

  public boolean isEmpty() {
    return valuesByLabel.isEmpty();
  }

  private static void put(Map<String, String> values, String label, String value) {
    String key = key(label);
    String cleaned = TextLines.collapse(value);
    if (!key.isEmpty() && !cleaned.isEmpty()) {
      values.putIfAbsent(key, cleaned);
    }
  }

  /** Lower case, accents removed, punctuation to spaces: "D.O.B:" and "d o b" are one label. */
  static String key(String label) {
    String folded =
        Normalizer.normalize(TextLines.collapse(label), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
