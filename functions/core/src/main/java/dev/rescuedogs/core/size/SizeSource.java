package dev.rescuedogs.core.size;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a standardized size came from, in order of precedence. */
public enum SizeSource {
  /** A size word the organization wrote. */
  STATED("stated"),
  /** The stated weight. */
  WEIGHT("weight"),
  /** The stated shoulder height. */
  HEIGHT("height"),
  /** The typical size of the primary breed. */
  BREED("breed");

  private final String wireValue;

  SizeSource(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON, the database and the API. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static SizeSource fromWireValue(String value) {
    for (SizeSource candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a SizeSource value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
