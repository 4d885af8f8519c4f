package dev.rescuedogs.core.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Adoption status of a dog. Standardization yields available, reserved or adopted; unknown is set
 * by the availability rules when a dog stops appearing.
 */
public enum DogStatus {
  AVAILABLE("available"),
  RESERVED("reserved"),
  ADOPTED("adopted"),
  UNKNOWN("unknown");

  private final String wireValue;

  DogStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static DogStatus fromWireValue(String value) {
    for (DogStatus candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a DogStatus value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
