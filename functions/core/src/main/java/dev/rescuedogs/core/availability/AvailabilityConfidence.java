package dev.rescuedogs.core.availability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How sure we are that a dog is still listed by its organization. Lowered run by run while the dog
 * is missing; the default catalog shows high and medium.
 */
public enum AvailabilityConfidence {
  /** Seen in the organization's last successful run. */
  HIGH("high"),
  /** Missing from one successful run. */
  MEDIUM("medium"),
  /** Missing from two or more successful runs. */
  LOW("low");

  private final String wireValue;

  AvailabilityConfidence(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static AvailabilityConfidence fromWireValue(String value) {
    for (AvailabilityConfidence candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not an AvailabilityConfidence value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
