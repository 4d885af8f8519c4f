package dev.rescuedogs.core.quality;

/** Which rules decide whether a record is rejected. */
public enum Validation {
  /** Name rules and the required fields: external id, adoption URL, at least one image. */
  FULL,
  /**
   * Name rules only: for records judged on their content alone, such as lines of the {@code
   * standardize} command without an {@code external_id} key.
   */
  CONTENT_ONLY
}
