package dev.rescuedogs.core.sex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Sex of a dog; exactly these two wire values, which the catalog filters on. */
public enum Sex {
  MALE("Male"),
  FEMALE("Female");

  private final String wireValue;

  Sex(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static Sex fromWireValue(String value) {
    for (Sex candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a Sex value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
