package dev.rescuedogs.core.availability;

import dev.rescuedogs.core.status.DogStatus;
import java.util.Objects;

/**
 * The availability state of one dog.
 *
 * @param status the adoption status
 * @param confidence how sure we are the dog is still listed
 * @param consecutiveRunsMissing successful runs in a row that did not list the dog
 * @param active whether the catalog shows the dog
 */
public record Availability(
    DogStatus status,
    AvailabilityConfidence confidence,
    int consecutiveRunsMissing,
    boolean active) {

  public Availability {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(confidence, "confidence");
    if (consecutiveRunsMissing < 0) {
      throw new IllegalArgumentException(
          "consecutiveRunsMissing must not be negative: " + consecutiveRunsMissing);
    }
  }

  /** The state of a dog seen in the current run with the given status. */
  public static Availability seenWith(DogStatus status) {
    return new Availability(
        status, AvailabilityConfidence.HIGH, 0, AvailabilityLadder.isShown(status));
  }
}
