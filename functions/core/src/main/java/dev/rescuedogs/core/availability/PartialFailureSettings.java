package dev.rescuedogs.core.availability;

/**
 * The numbers of {@link PartialFailureCheck}. The defaults are the original system's; an
 * organization whose site legitimately swings more (a small rescue emptying its page at once) can
 * loosen them in its config.
 *
 * @param absoluteMinimum a run finding fewer dogs than this is a failure whatever the history
 * @param historyFraction fraction of the historical average below which a run is a failure (0..1)
 * @param minimumHistory earlier successful runs needed before the history rule applies
 * @param historyWindow successful runs averaged
 * @param notSavedLimit share of found dogs that may fail to be saved before the run is a failure
 *     (0..1)
 */
public record PartialFailureSettings(
    int absoluteMinimum,
    double historyFraction,
    int minimumHistory,
    int historyWindow,
    double notSavedLimit) {

  public static final PartialFailureSettings DEFAULTS =
      new PartialFailureSettings(
          PartialFailureCheck.ABSOLUTE_MINIMUM,
          PartialFailureCheck.HISTORY_FRACTION,
          PartialFailureCheck.MINIMUM_HISTORY,
          PartialFailureCheck.HISTORY_WINDOW,
          PartialFailureCheck.NOT_SAVED_LIMIT);

  public PartialFailureSettings {
    if (absoluteMinimum < 0) {
      throw new IllegalArgumentException("absoluteMinimum must be >= 0, got " + absoluteMinimum);
    }
    if (!(historyFraction >= 0 && historyFraction <= 1)) {
      throw new IllegalArgumentException(
          "historyFraction must be within 0..1, got " + historyFraction);
    }
    if (minimumHistory < 1 || historyWindow < minimumHistory) {
      throw new IllegalArgumentException(
          "need 1 <= minimumHistory <= historyWindow, got "
              + minimumHistory
              + " and "
              + historyWindow);
    }
    if (!(notSavedLimit >= 0 && notSavedLimit <= 1)) {
      throw new IllegalArgumentException("notSavedLimit must be within 0..1, got " + notSavedLimit);
    }
  }
}
