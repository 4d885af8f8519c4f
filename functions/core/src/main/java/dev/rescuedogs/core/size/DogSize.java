package dev.rescuedogs.core.size;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Standardized adult size of a dog. XLarge is kept apart from Large (the original collapsed them).
 */
public enum DogSize {
  TINY("Tiny"),
  SMALL("Small"),
  MEDIUM("Medium"),
  LARGE("Large"),
  XLARGE("XLarge");

  private final String wireValue;

  DogSize(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static DogSize fromWireValue(String value) {
    for (DogSize candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a DogSize value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
