package dev.rescuedogs.core.size;

import dev.rescuedogs.core.text.Fold;
import dev.rescuedogs.core.text.TextSanitizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standardizes a dog's size. Precedence: a size word the organization wrote (English, German,
 * Spanish, Italian, Turkish, Dutch; compounds such as "Medium-Large" or "small to medium" take the
 * larger; "smaller side of medium" → Small) → weight (kg or lbs, ranges by midpoint: &lt; 5 Tiny,
 * &lt; 10 Small, &lt; 25 Medium, &lt; 45 Large, else XLarge) → shoulder height in cm (&lt; 25 Tiny,
 * &lt; 40 Small, &lt; 55 Medium, &lt; 70 Large, else XLarge) → the primary breed's typical size →
 * null. There is no default size.
 */
public final class SizeStandardizer {

  private static final Map<String, DogSize> SIZE_WORDS = sizeWords();

  /** Smallest to largest, for stepping one size up or down. */
  private static final List<DogSize> SIZES_BY_ORDER = List.of(DogSize.values());

  private static final Map<String, DogSize> WHOLE_FIELD_CODES =
      Map.of(
          "xs",
          DogSize.TINY,
          "s",
          DogSize.SMALL,
          "m",
          DogSize.MEDIUM,
          "l",
          DogSize.LARGE,
          "xl",
          DogSize.XLARGE,
          "xxl",
          DogSize.XLARGE);

  /** "extra", "very", "x", "sehr" … before small → Tiny, before large → XLarge. */
  private static final List<String> INTENSIFIERS =
      List.of("extra", "very", "x", "sehr", "muy", "molto", "cok", "zeer", "heel", "super");

  private static final String NUMBER = "(\\d{1,4}(?:[.,]\\d{1,2})?)";
  private static final Pattern WEIGHT =
      Pattern.compile(
          NUMBER
              + "(?:\\s*(?:-|to|bis|a|/|~)\\s*"
              + NUMBER
              + ")?\\s*"
              + "(kgs?|kilos?|kilograms?|kilogramm|kilogramos?|chilo|lbs?|pounds?|g)?(?![a-z])");
  private static final Pattern HEIGHT =
      Pattern.compile(
          NUMBER
              + "(?:\\s*(?:-|to|bis|a|/|~)\\s*"
              + NUMBER
              + ")?\\s*"
              + "(cm|centimet(?:er|re)s?|zentimeter|mm|m|in|inch(?:es)?|\")?(?![a-z])");
  private static final Pattern MEASURE_UNIT =
      Pattern.compile("\\d\\s*(kg|kilo|lbs?|pounds?|cm)(?![a-z])");

  /**
   * Standardizes the size fields of a dog.
   *
   * @param size the stated size text
   * @param weight the stated weight text ("ca. 25 kg", "15 – 19 kg", "45 lbs", "32")
   * @param height the stated shoulder height text ("48 cm", "height: 59cm", "ca. 20 – 39 cm")
   * @param breedTypicalSize the primary breed's typical size, or null
   */
  public StandardizedSize standardize(
      String size, String weight, String height, DogSize breedTypicalSize) {
    String raw = TextSanitizer.inline(size);
    if (raw != null) {
      DogSize stated = statedSize(raw);
      if (stated != null) {
        return new StandardizedSize(raw, stated, SizeSource.STATED);
      }
    }
    DogSize byWeight = fromWeight(weight);
    if (byWeight == null && raw != null && isWeight(raw)) {
      byWeight = fromWeight(raw);
    }
    if (byWeight != null) {
      return new StandardizedSize(raw, byWeight, SizeSource.WEIGHT);
    }
    DogSize byHeight = fromHeight(height);
    if (byHeight == null && raw != null && isHeight(raw)) {
      byHeight = fromHeight(raw);
    }
    if (byHeight != null) {
      return new StandardizedSize(raw, byHeight, SizeSource.HEIGHT);
    }
    if (breedTypicalSize != null) {
      return new StandardizedSize(raw, breedTypicalSize, SizeSource.BREED);
    }
    return new StandardizedSize(raw, null, null);
  }

  /** The size a size text states, or null. */
  public DogSize statedSize(String text) {
    List<String> words = Fold.words(text);
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      DogSize code = WHOLE_FIELD_CODES.get(words.get(0));
      if (code != null) {
        return code;
      }
    }
    DogSize largest = null;
    for (int i = 0; i < words.size(); i++) {
      DogSize size = SIZE_WORDS.get(words.get(i));
      if (size == null) {
        continue;
      }
      if (i > 0 && INTENSIFIERS.contains(words.get(i - 1))) {
        size = size == DogSize.SMALL ? DogSize.TINY : size == DogSize.LARGE ? DogSize.XLARGE : size;
      }
      // "smaller side of medium" → one step smaller; "larger side of medium" → one step larger.
      if (i >= 3 && words.get(i - 1).equals("of") && words.get(i - 2).equals("side")) {
        String side = words.get(i - 3);
        if (side.equals("smaller") || side.equals("small") || side.equals("lower")) {
          return step(size, -1);
        }
        if (side.equals("larger")
            || side.equals("bigger")
            || side.equals("large")
            || side.equals("big")
            || side.equals("upper")) {
          return step(size, +1);
        }
      }
      if (largest == null || size.compareTo(largest) > 0) {
        largest = size;
      }
    }
    return largest;
  }

  private static DogSize step(DogSize size, int by) {
    int index = Math.max(0, Math.min(SIZES_BY_ORDER.size() - 1, SIZES_BY_ORDER.indexOf(size) + by));
    return SIZES_BY_ORDER.get(index);
  }

  /** The size class of a weight text, or null. */
  public DogSize fromWeight(String text) {
    Double kg = measure(text, WEIGHT, true);
    if (kg == null || kg <= 0.3 || kg > 120) {
      return null;
    }
    if (kg < 5) {
      return DogSize.TINY;
    }
    if (kg < 10) {
      return DogSize.SMALL;
    }
    if (kg < 25) {
      return DogSize.MEDIUM;
    }
    if (kg < 45) {
      return DogSize.LARGE;
    }
    return DogSize.XLARGE;
  }

  /** The size class of a shoulder-height text, or null. */
  public DogSize fromHeight(String text) {
    Double cm = measure(text, HEIGHT, false);
    if (cm == null || cm < 10 || cm > 120) {
      return null;
    }
    if (cm < 25) {
      return DogSize.TINY;
    }
    if (cm < 40) {
      return DogSize.SMALL;
    }
    if (cm < 55) {
      return DogSize.MEDIUM;
    }
    if (cm < 70) {
      return DogSize.LARGE;
    }
    return DogSize.XLARGE;
  }

  private static boolean isWeight(String text) {
    Matcher m = MEASURE_UNIT.matcher(Fold.lowerAscii(text));
    return m.find() && !m.group(1).equals("cm");
  }

  private static boolean isHeight(String text) {
    Matcher m = MEASURE_UNIT.matcher(Fold.lowerAscii(text));
    return m.find() && m.group(1).equals("cm");
  }

  /**
   * The first measurement in the text in kg (weight) or cm (height); a range counts as its
   * midpoint, a "range" whose second number is smaller ("21-2 kg", a typo) as its first number.
   */
  private static Double measure(String text, Pattern pattern, boolean weight) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = pattern.matcher(Fold.lowerAscii(text));
    while (m.find()) {
      double low = parse(m.group(1));
      double value = low;
      if (m.group(2) != null) {
        double high = parse(m.group(2));
        value = high >= low ? (low + high) / 2 : low;
      }
      String unit = m.group(3);
      if (unit == null) {
        return value;
      }
      if (weight) {
        if (unit.startsWith("lb") || unit.startsWith("pound")) {
          return value * 0.45359237;
        }
        return unit.equals("g") ? value / 1000 : value;
      }
      if (unit.equals("mm")) {
        return value / 10;
      }
      if (unit.equals("m")) {
        return value < 3 ? value * 100 : value;
      }
      if (unit.startsWith("in") || unit.equals("\"")) {
        return value * 2.54;
      }
      return value;
    }
    return null;
  }

  private static double parse(String number) {
    return Double.parseDouble(number.replace(',', '.'));
  }

  private static Map<String, DogSize> sizeWords() {
    Map<String, DogSize> map = new HashMap<>();
    put(
        map,
        DogSize.TINY,
        "tiny toy mini teacup xs xxs xsmall winzig zwerg diminuto diminuta minuscolo"
            + " minuscola minik");
    put(
        map,
        DogSize.SMALL,
        "small smallish sm klein kleine kleiner kleines kleinen pequeno pequena pequenos"
            + " piccolo piccola piccoli piccole kucuk ufak");
    put(
        map,
        DogSize.MEDIUM,
        "medium med mid mittel mittelgross mittelgrosse mittelgrosser mittelgrossen"
            + " mittlere mittlerer mittleren mediano mediana medio media orta middelgroot"
            + " middelgrote middel middelmaat");
    // Not "grosse"/"grossen": they are also "Größe"/"Größen" (size) folded, as in "Größe: mittel".
    put(
        map,
        DogSize.LARGE,
        "large big lg gross grosser grosses grande grandi buyuk iri groot grote");
    put(
        map,
        DogSize.XLARGE,
        "xl xxl xlarge xxlarge giant huge gigantic riesig riesen gigante enorme dev reuze"
            + " reusachtig");
    return Map.copyOf(map);
  }

  private static void put(Map<String, DogSize> map, DogSize size, String spaceSeparatedWords) {
    for (String word : spaceSeparatedWords.split(" ", -1)) {
      map.put(word, size);
    }
  }
}
