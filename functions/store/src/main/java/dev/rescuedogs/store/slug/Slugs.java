package dev.rescuedogs.store.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs: ASCII, lower case, words joined by single hyphens. Accented letters are transliterated
 * ({@code Español} → {@code espanol}, {@code Straße} → {@code strasse}), not dropped.
 */
public final class Slugs {

  /** Longest dog slug, id included. */
  public static final int MAX_DOG_SLUG_LENGTH = 200;

  /** Longest organization slug. */
  public static final int MAX_ORGANIZATION_SLUG_LENGTH = 100;

  /** Letters that Unicode decomposition does not reduce to ASCII. */
  private static final Map<Character, String> SPECIAL_LETTERS =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('ẞ', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('Ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('Ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('Đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('Ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('Þ', "th"),
          Map.entry('ı', "i"),
          Map.entry('ħ', "h"),
          Map.entry('Ħ', "h"));

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * The slug of {@code text}, at most {@code maxLength} characters, cut at a word boundary when one
   * is available; empty when the text has no letters or digits.
   */
  public static String slugify(String text, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    if (text == null) {
      return "";
    }
    StringBuilder replaced = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String special = SPECIAL_LETTERS.get(c);
      replaced.append(special == null ? String.valueOf(c) : special);
    }
    String ascii =
        COMBINING_MARKS
            .matcher(Normalizer.normalize(replaced, Normalizer.Form.NFKD))
            .replaceAll("");
    // Mo'nique → monique, Bobby's → bobbys: an apostrophe does not separate words.
    String words = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    String slug = trimHyphens(NON_ALPHANUMERIC.matcher(words).replaceAll("-"));
    if (slug.length() <= maxLength) {
      return slug;
    }
    String cut = slug.substring(0, maxLength);
    int lastHyphen = cut.lastIndexOf('-');
    boolean cutInsideWord = slug.charAt(maxLength) != '-';
    return trimHyphens(cutInsideWord && lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut);
  }

  /**
   * The slug of a dog: {@code name-breed-id}, e.g. {@code buddy-golden-retriever-1699}. The id
   * makes it unique; name and breed are shortened so the whole stays within {@link
   * #MAX_DOG_SLUG_LENGTH}. A blank breed is left out; a name without letters or digits becomes
   * {@code dog}.
   *
   * @param breed the label shown for the dog (standardized breed), or null
   */
  public static String dogSlug(String name, String breed, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("dog id must be positive: " + id);
    }
    String idPart = Long.toString(id);
    int budget = MAX_DOG_SLUG_LENGTH - idPart.length() - 1;
    String namePart = slugify(name, budget);
    if (namePart.isEmpty()) {
      namePart = "dog";
    }
    int breedBudget = budget - namePart.length() - 1;
    String breedPart = breedBudget > 0 ? slugify(breed, breedBudget) : "";
    return breedPart.isEmpty()
        ? namePart + "-" + idPart
        : namePart + "-" + breedPart + "-" + idPart;
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
