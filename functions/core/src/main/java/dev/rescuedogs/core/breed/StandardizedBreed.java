package dev.rescuedogs.core.breed;

import dev.rescuedogs.core.size.DogSize;
import java.util.Objects;

/**
 * The standardized breed of a dog.
 *
 * @param raw the breed text as scraped (sanitized to plain text), null when there was none
 * @param label display label: "Primary", "Primary x Secondary", "Primary Cross", a designer name,
 *     "Mixed Breed" or "Unknown"
 * @param primary canonical name of the first breed found (or the provisional name); null for Mixed
 *     Breed and Unknown
 * @param secondary canonical name of the second breed found, or null
 * @param type purebred, crossbreed, mixed or unknown
 * @param group the primary breed's group, Designer/Hybrid, Mixed or Unknown
 * @param slug URL slug shared by all dogs of the primary breed ("mixed-breed", "unknown" otherwise)
 * @param confidence how sure the resolver is, 0..1
 * @param typicalSize the primary breed's typical adult size, null when there is no registry breed
 */
public record StandardizedBreed(
    String raw,
    String label,
    String primary,
    String secondary,
    BreedType type,
    BreedGroup group,
    String slug,
    double confidence,
    DogSize typicalSize) {

  public static final String MIXED_LABEL = "Mixed Breed";
  public static final String UNKNOWN_LABEL = "Unknown";

  public StandardizedBreed {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(slug, "slug");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }

  /**
   * Whether a breed (registry, provisional or Mixed Breed) was recognised, i.e. the label is not
   * Unknown.
   */
  public boolean resolved() {
    return !UNKNOWN_LABEL.equals(label);
  }

  static StandardizedBreed unknown(String raw) {
    return new StandardizedBreed(
        raw,
        UNKNOWN_LABEL,
        null,
        null,
        BreedType.UNKNOWN,
        BreedGroup.UNKNOWN,
        "unknown",
        0.0,
        null);
  }

  static StandardizedBreed mixed(String raw) {
    return new StandardizedBreed(
        raw, MIXED_LABEL, null, null, BreedType.MIXED, BreedGroup.MIXED, "mixed-breed", 0.5, null);
  }
}
