package dev.rescuedogs.core.breed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Breed groups of the registry (the original's groups, plus Designer/Hybrid, Mixed and Unknown).
 */
public enum BreedGroup {
  HOUND("Hound"),
  TERRIER("Terrier"),
  SPORTING("Sporting"),
  WORKING("Working"),
  HERDING("Herding"),
  TOY("Toy"),
  NON_SPORTING("Non-Sporting"),
  GUARDIAN("Guardian"),
  DESIGNER_HYBRID("Designer/Hybrid"),
  MIXED("Mixed"),
  UNKNOWN("Unknown");

  private final String wireValue;

  BreedGroup(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static BreedGroup fromWireValue(String value) {
    for (BreedGroup candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a BreedGroup value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
