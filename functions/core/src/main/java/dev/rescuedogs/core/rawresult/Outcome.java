package dev.rescuedogs.core.rawresult;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a scrape ended. */
public enum Outcome {
  /** The whole listing was read; dogs whose detail page failed are in the detail failures. */
  COMPLETE,
  /**
   * The listing failed or was provably incomplete. Nothing in the result may be used to decide that
   * a dog is gone: the result carries no dogs and no found ids.
   */
  LISTING_FAILED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Outcome fromWireName(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
