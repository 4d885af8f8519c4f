package dev.rescuedogs.core.availability;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Why a run cannot be trusted to say which dogs are gone. A run with a partial failure skips the
 * stale update and is recorded as a warning (an error when the listing failed).
 *
 * @param kind which rule fired
 * @param reason for people and alarms, starting with the kind's code, e.g. {@code "too_few_dogs:
 *     found 2 dogs, fewer than 3"}
 */
public record PartialFailure(Kind kind, String reason) {

  public PartialFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** The rules of {@link PartialFailureCheck}, in the order they are checked. */
  public enum Kind {
    /** The listing failed or was incomplete. */
    LISTING_FAILED("listing_failed"),
    /** Fewer dogs than the absolute minimum. */
    TOO_FEW_DOGS("too_few_dogs"),
    /** Far fewer dogs than the organization's recent successful runs found. */
    BELOW_HISTORY("below_history"),
    /** Too many found dogs could not be saved or read. */
    TOO_MANY_NOT_SAVED("too_many_not_saved");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
