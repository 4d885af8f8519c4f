package dev.rescuedogs.core.breed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of breed a dog was resolved to. */
public enum BreedType {
  /** One recognised breed. */
  PUREBRED("purebred"),
  /** A cross with at least one recognised breed, or a designer cross. */
  CROSSBREED("crossbreed"),
  /** A mix with no recognisable breed. */
  MIXED("mixed"),
  /** No usable breed text, or a provisional breed not in the registry. */
  UNKNOWN("unknown");

  private final String wireValue;

  BreedType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static BreedType fromWireValue(String value) {
    for (BreedType candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a BreedType value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
