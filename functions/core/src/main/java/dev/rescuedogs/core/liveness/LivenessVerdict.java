package dev.rescuedogs.core.liveness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.rescuedogs.core.status.DogStatus;
import java.util.Optional;

/** What a dog's own adoption page said when it was checked. */
public enum LivenessVerdict {
  /**
   * The page is gone: 404 or 410, or it redirects to the listing or the home page. The dog left the
   * site, but the site does not say why, so its status becomes unknown (not adopted).
   */
  GONE("gone", DogStatus.UNKNOWN),
  /** The page's title, heading or badges say the dog was adopted, in one of the site languages. */
  ADOPTED("adopted", DogStatus.ADOPTED),
  /** The page's title, heading or badges say the dog is reserved. */
  RESERVED("reserved", DogStatus.RESERVED),
  /** The page still offers the dog: nothing is concluded, the availability rules go on. */
  LISTED("listed", null),
  /**
   * The page could not be checked (timeout, server error, robots.txt, no time left in the run); it
   * is checked again next run.
   */
  NOT_CHECKED("not_checked", null);

  private final String wireValue;
  private final DogStatus status;

  LivenessVerdict(String wireValue, DogStatus status) {
    this.wireValue = wireValue;
    this.status = status;
  }

  /** The status the dog takes, when the verdict concludes one. */
  public Optional<DogStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The value used in JSON and in the dog's history. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static LivenessVerdict fromWireValue(String value) {
    for (LivenessVerdict candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a liveness verdict: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
