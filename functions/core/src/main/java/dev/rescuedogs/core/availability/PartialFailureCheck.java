package dev.rescuedogs.core.availability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a run is a partial failure, by default with the original's exact numbers (an
 * organization's config may change them: {@link PartialFailureSettings}). In order:
 *
 * <ol>
 *   <li>the listing was incomplete or failed;
 *   <li>fewer than {@value #ABSOLUTE_MINIMUM} dogs were found;
 *   <li>at least {@value #MINIMUM_HISTORY} earlier successful runs exist and the count is below
 *       {@code max(0.5 × average of the last 9 successful runs, 3)};
 *   <li>more than 20% of the found dogs could not be saved or their detail pages failed.
 * </ol>
 */
public final class PartialFailureCheck {

  /** A run finding fewer dogs than this is a failure whatever the history. */
  public static final int ABSOLUTE_MINIMUM = 3;

  /** Fraction of the historical average below which a run is a failure. */
  public static final double HISTORY_FRACTION = 0.5;

  /** Earlier successful runs needed before the history rule applies. */
  public static final int MINIMUM_HISTORY = 3;

  /** Successful runs averaged (three runs a week for three weeks in the original). */
  public static final int HISTORY_WINDOW = 9;

  /** Share of found dogs that may fail to be saved before the run is a failure. */
  public static final double NOT_SAVED_LIMIT = 0.2;

  private PartialFailureCheck() {}

  /** The first rule the run breaks under the default numbers, or empty when it is healthy. */
  public static Optional<PartialFailure> evaluate(RunFacts run) {
    return evaluate(run, PartialFailureSettings.DEFAULTS);
  }

  /** The first rule the run breaks, or empty when it is healthy. */
  public static Optional<PartialFailure> evaluate(RunFacts run, PartialFailureSettings settings) {
    if (!run.listingComplete()) {
      String error = run.listingError() == null ? "incomplete listing" : run.listingError();
      return failure(PartialFailure.Kind.LISTING_FAILED, error);
    }
    if (run.dogsFound() < settings.absoluteMinimum()) {
      return failure(
          PartialFailure.Kind.TOO_FEW_DOGS,
          "found " + run.dogsFound() + " dogs, fewer than " + settings.absoluteMinimum());
    }
    List<Integer> history = recentHistory(run.earlierSuccessfulCounts(), settings.historyWindow());
    if (history.size() >= settings.minimumHistory()) {
      double average = history.stream().mapToInt(Integer::intValue).average().orElse(0);
      double threshold = Math.max(average * settings.historyFraction(), settings.absoluteMinimum());
      if (run.dogsFound() < threshold) {
        return failure(
            PartialFailure.Kind.BELOW_HISTORY,
            String.format(
                Locale.ROOT,
                "found %d dogs, below %.1f (%s the average %.1f of the last %d successful runs)",
                run.dogsFound(),
                threshold,
                settings.historyFraction() == 0.5
                    ? "half"
                    : String.format(Locale.ROOT, "%.0f%% of", settings.historyFraction() * 100),
                average,
                history.size()));
      }
    }
    if (run.dogsNotSaved() > settings.notSavedLimit() * run.dogsFound()) {
      return failure(
          PartialFailure.Kind.TOO_MANY_NOT_SAVED,
          String.format(
              Locale.ROOT,
              "%d of %d found dogs (%.0f%%) could not be saved or their detail pages failed,"
                  + " more than %.0f%%",
              run.dogsNotSaved(),
              run.dogsFound(),
              100.0 * run.dogsNotSaved() / run.dogsFound(),
              settings.notSavedLimit() * 100));
    }
    return Optional.empty();
  }

  /** The newest {@code window} runs that found any dogs. */
  private static List<Integer> recentHistory(List<Integer> counts, int window) {
    return counts.stream().filter(count -> count != null && count > 0).limit(window).toList();
  }

  private static Optional<PartialFailure> failure(PartialFailure.Kind kind, String detail) {
    return Optional.of(new PartialFailure(kind, kind.code() + ": " + detail));
  }
}
