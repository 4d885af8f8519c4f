package dev.rescuedogs.core.availability;

import java.util.List;

/**
 * What the partial-failure check needs to know about one organization's run.
 *
 * @param listingComplete whether the whole listing was read
 * @param listingError why the listing failed, or null
 * @param dogsFound distinct dogs the run saw (listed, read, unchanged or failed)
 * @param dogsNotSaved found dogs that could not be saved: rejected records plus dogs whose detail
 *     page failed
 * @param earlierSuccessfulCounts dogs found by the organization's earlier successful runs, newest
 *     first (only the first {@value PartialFailureCheck#HISTORY_WINDOW} are used)
 */
public record RunFacts(
    boolean listingComplete,
    String listingError,
    int dogsFound,
    int dogsNotSaved,
    List<Integer> earlierSuccessfulCounts) {

  public RunFacts {
    if (dogsFound < 0 || dogsNotSaved < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    earlierSuccessfulCounts = List.copyOf(earlierSuccessfulCounts);
  }
}
