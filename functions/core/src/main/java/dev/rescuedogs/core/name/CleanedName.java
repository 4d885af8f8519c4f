package dev.rescuedogs.core.name;

import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.status.DogStatus;

/**
 * A cleaned dog name.
 *
 * @param name the cleaned name, null when nothing is left
 * @param rejection why the name makes the record unusable, or null when it is fine
 * @param status a status badge that was part of the name ("RESERVED", "(adopted)"), or null
 * @param sex a sex stated in the name ("(male)", "- female"), or null
 * @param removed the text removed from the name (asides, badges, suffixes), for reading hints; may
 *     be ""
 */
public record CleanedName(
    String name, RejectReason rejection, DogStatus status, Sex sex, String removed) {

  /** Whether the name can be used. */
  public boolean accepted() {
    return rejection == null;
  }
}
