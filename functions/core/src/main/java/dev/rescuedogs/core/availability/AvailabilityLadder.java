package dev.rescuedogs.core.availability;

import dev.rescuedogs.core.status.DogStatus;
import java.util.Objects;

/**
 * The availability ladder (the original's exact rule). A dog of the organization that a
 * <em>successful</em> run did not list climbs one rung per run:
 *
 * <table>
 *   <caption>rungs</caption>
 *   <tr><th>runs missing</th><th>confidence</th><th>status</th><th>active</th></tr>
 *   <tr><td>0</td><td>high</td><td>as listed</td><td>yes</td></tr>
 *   <tr><td>1</td><td>medium</td><td>unchanged</td><td>yes</td></tr>
 *   <tr><td>2</td><td>low (hidden from the default catalog)</td><td>unchanged</td><td>yes</td></tr>
 *   <tr><td>3+</td><td>low</td><td>unknown</td><td>no (retired)</td></tr>
 * </table>
 *
 * <p>Reserved and adopted dogs are not aged: the organization may simply stop listing them. A dog
 * seen again is restored to high confidence with the status it is listed with (available when it
 * had been retired and the listing says nothing more).
 */
public final class AvailabilityLadder {

  /** Misses after which a dog's status becomes unknown and it leaves the catalog. */
  public static final int RETIRE_AFTER_MISSES = 3;

  private AvailabilityLadder() {}

  /** The state after one more successful run that did not list the dog. */
  public static Availability missed(Availability current) {
    Objects.requireNonNull(current, "current");
    if (current.status() == DogStatus.ADOPTED || current.status() == DogStatus.RESERVED) {
      return current;
    }
    int missing = current.consecutiveRunsMissing() + 1;
    AvailabilityConfidence confidence =
        missing == 1 ? AvailabilityConfidence.MEDIUM : AvailabilityConfidence.LOW;
    if (missing >= RETIRE_AFTER_MISSES) {
      return new Availability(DogStatus.UNKNOWN, confidence, missing, false);
    }
    return new Availability(current.status(), confidence, missing, current.active());
  }

  /**
   * The state of a dog seen in this run.
   *
   * @param current the stored state
   * @param observed the status this run read for the dog, or {@link DogStatus#UNKNOWN} when the run
   *     saw the dog without learning its status (its detail page failed or was unchanged, and the
   *     listing shows no badge)
   */
  public static Availability seen(Availability current, DogStatus observed) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(observed, "observed");
    DogStatus status;
    if (observed != DogStatus.UNKNOWN) {
      status = observed;
    } else if (current.status() == DogStatus.UNKNOWN) {
      // Retired only because it went missing; being listed again means it is back.
      status = DogStatus.AVAILABLE;
    } else {
      status = current.status();
    }
    return Availability.seenWith(status);
  }

  /**
   * Whether a dog with this status belongs in the catalog (the original: any status other than
   * available makes a dog inactive; the catalog still finds reserved and adopted dogs by status).
   */
  public static boolean isShown(DogStatus status) {
    return status == DogStatus.AVAILABLE;
  }
}
