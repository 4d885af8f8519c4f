package dev.rescuedogs.core.quality;

import java.util.Collection;

/**
 * Data-quality score of a standardized dog, 0..1, and of a run (the mean over its dogs).
 *
 * <p>Weights: name 0.15 · breed resolved (not Unknown) 0.15 · age range known 0.15 · sex 0.10 ·
 * size 0.10 · primary image 0.15 · description of at least 200 characters 0.10 · three or more
 * images 0.05 · adoption URL 0.05. Computed in hundredths so that equal inputs give exactly equal
 * scores.
 */
public final class QualityScore {

  /** A description counts as informative from this many characters. */
  public static final int RICH_DESCRIPTION = 200;

  private QualityScore() {}

  /** What the score looks at, so that it does not depend on how a record is represented. */
  public record Inputs(
      boolean hasName,
      boolean breedResolved,
      boolean ageKnown,
      boolean hasSex,
      boolean hasSize,
      int imageCount,
      int descriptionLength,
      boolean hasAdoptionUrl) {}

  /** The score of one dog, 0..1, a multiple of 0.05. */
  public static double of(Inputs in) {
    int hundredths = 0;
    hundredths += in.hasName() ? 15 : 0;
    hundredths += in.breedResolved() ? 15 : 0;
    hundredths += in.ageKnown() ? 15 : 0;
    hundredths += in.hasSex() ? 10 : 0;
    hundredths += in.hasSize() ? 10 : 0;
    hundredths += in.imageCount() >= 1 ? 15 : 0;
    hundredths += in.descriptionLength() >= RICH_DESCRIPTION ? 10 : 0;
    hundredths += in.imageCount() >= 3 ? 5 : 0;
    hundredths += in.hasAdoptionUrl() ? 5 : 0;
    return hundredths / 100.0;
  }

  /**
   * The run's score: the mean of its dogs' scores, rounded to 3 decimals; 0 when there are none.
   */
  public static double mean(Collection<Double> scores) {
    if (scores.isEmpty()) {
      return 0.0;
    }
    double sum = 0;
    for (double score : scores) {
      sum += score;
    }
    return Math.round(sum / scores.size() * 1000) / 1000.0;
  }
}
