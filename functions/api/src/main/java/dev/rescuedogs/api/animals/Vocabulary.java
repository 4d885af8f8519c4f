package dev.rescuedogs.api.animals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The enumerated values of the catalog, spelled exactly as the database stores them and the API
 * shows them. Filters match them case-insensitively.
 */
public final class Vocabulary {

  public static final List<String> STATUSES =
      List.of("available", "reserved", "adopted", "unknown");
  public static final List<String> CONFIDENCES = List.of("high", "medium", "low");
  public static final List<String> BREED_TYPES =
      List.of("purebred", "crossbreed", "mixed", "unknown");
  public static final List<String> BREED_GROUPS =
      List.of(
          "Hound",
          "Terrier",
          "Sporting",
          "Working",
          "Herding",
          "Toy",
          "Non-Sporting",
          "Guardian",
          "Designer/Hybrid",
          "Mixed",
          "Unknown");
  public static final List<String> SEXES = List.of("Male", "Female");
  public static final List<String> SIZES = List.of("Tiny", "Small", "Medium", "Large", "XLarge");
  public static final List<String> AGE_CATEGORIES = List.of("Puppy", "Young", "Adult", "Senior");

  /** Answers of the {@code good_with_*} filters; the data says yes, no or nothing. */
  public static final List<String> COMPATIBILITY = List.of("yes", "no");

  /** Keyword for "every value" in {@code status} and {@code availability_confidence}. */
  public static final String ALL = "all";

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private Vocabulary() {}

  /** Display label of a standardized size ({@code XLarge} reads "Extra Large"). */
  public static String sizeLabel(String size) {
    return "XLarge".equals(size) ? "Extra Large" : size;
  }

  /**
   * The ISO 3166-1 alpha-2 code for {@code text}, upper-cased; {@code UK} is read as {@code GB}.
   * Empty for anything else.
   */
  public static java.util.Optional<String> country(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (code.equals("UK")) {
      code = "GB";
    }
    return ISO_COUNTRIES.contains(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
  }

  /** English name of a country code, e.g. {@code GB} → "United Kingdom". */
  public static String countryName(String code) {
    if (code == null) {
      return null;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
