package dev.rescuedogs.core.age;

/**
 * The standardized age of a dog.
 *
 * @param text the age text as scraped (plain text), never a placeholder invented by the scraper
 * @param minMonths lower bound of the age range in months, null when the text gave no age
 * @param maxMonths upper bound of the age range in months, null when the text gave no age
 * @param category category of the range's midpoint, null exactly when the range is null
 */
public record StandardizedAge(
    String text, Integer minMonths, Integer maxMonths, AgeCategory category) {

  public StandardizedAge {
    boolean hasRange = minMonths != null;
    if (hasRange != (maxMonths != null) || hasRange != (category != null)) {
      throw new IllegalArgumentException(
          "age range and category must be all present or all absent");
    }
    if (hasRange) {
      if (minMonths < 0 || maxMonths < minMonths) {
        throw new IllegalArgumentException("bad age range " + minMonths + ".." + maxMonths);
      }
      if (category != AgeCategory.forRange(minMonths, maxMonths)) {
        throw new IllegalArgumentException("category " + category + " does not fit the range");
      }
    }
  }

  /** An age with a range; the category follows from it. */
  public static StandardizedAge of(String text, int minMonths, int maxMonths) {
    return new StandardizedAge(
        text, minMonths, maxMonths, AgeCategory.forRange(minMonths, maxMonths));
  }

  /** An age text that gave no range (or no text at all). */
  public static StandardizedAge unknown(String text) {
    return new StandardizedAge(text, null, null, null);
  }

  /** Whether the age range is known. */
  public boolean known() {
    return minMonths != null;
  }
}
