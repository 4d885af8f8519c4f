package dev.rescuedogs.core.age;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Age category, derived from the midpoint of the age range so that every parsed age has exactly
 * one.
 */
public enum AgeCategory {
  /** Midpoint under 12 months. */
  PUPPY("Puppy"),
  /** Midpoint 12 to under 36 months. */
  YOUNG("Young"),
  /** Midpoint 36 to under 96 months. */
  ADULT("Adult"),
  /** Midpoint 96 months or more. */
  SENIOR("Senior");

  private final String wireValue;

  /**
   * The category of an age range: from its midpoint, &lt; 12 Puppy, &lt; 36 Young, &lt; 96 Adult,
   * else Senior.
   */
  public static AgeCategory forRange(int minMonths, int maxMonths) {
    double midpoint = (minMonths + maxMonths) / 2.0;
    if (midpoint < 12) {
      return PUPPY;
    }
    if (midpoint < 36) {
      return YOUNG;
    }
    if (midpoint < 96) {
      return ADULT;
    }
    return SENIOR;
  }

  AgeCategory(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static AgeCategory fromWireValue(String value) {
    for (AgeCategory candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a AgeCategory value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
