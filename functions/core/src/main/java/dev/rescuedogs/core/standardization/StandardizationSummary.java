package dev.rescuedogs.core.standardization;

import dev.rescuedogs.core.quality.RejectReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@code standardize} run did.
 *
 * @param records input lines that were records (accepted + rejected)
 * @param accepted records not rejected
 * @param rejectedByReason rejected records per reason (reasons with no reject are absent)
 * @param invalidLines lines that were not a JSON object of the expected shape (each got an error
 *     line)
 * @param blankLines empty or whitespace-only lines, skipped
 * @param qualityScore the run's data-quality score: mean over accepted records, 3 decimals, 0 if
 *     none
 */
public record StandardizationSummary(
    long records,
    long accepted,
    Map<RejectReason, Long> rejectedByReason,
    long invalidLines,
    long blankLines,
    double qualityScore) {

  public StandardizationSummary {
    rejectedByReason =
        Collections.unmodifiableMap(
            rejectedByReason.isEmpty()
                ? new EnumMap<>(RejectReason.class)
                : new EnumMap<>(rejectedByReason));
  }

  /** Records rejected, all reasons together. */
  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
