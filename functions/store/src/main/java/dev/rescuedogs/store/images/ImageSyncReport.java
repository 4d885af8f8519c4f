package dev.rescuedogs.store.images;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one image sync did.
 *
 * @param pending distinct image URLs of the session's dogs that had no stored copy
 * @param uploaded images written to the bucket
 * @param reused images whose stored copy already existed (same URL or same bytes): nothing uploaded
 * @param failed images that could not be stored; they are tried again by the next sync
 * @param failuresByReason failures per reason: {@code invalid_url}, {@code download_failed}, {@code
 *     too_large}, {@code not_an_image}, {@code upload_failed}
 * @param failures the first failures, for the logs
 */
public record ImageSyncReport(
    long sessionId,
    int pending,
    int uploaded,
    int reused,
    int failed,
    Map<String, Integer> failuresByReason,
    List<ImageFailure> failures) {

  public ImageSyncReport {
    failuresByReason = Collections.unmodifiableMap(new TreeMap<>(failuresByReason));
    failures = List.copyOf(failures);
  }

  /** One image that could not be stored. */
  public record ImageFailure(String url, String reason, String message) {}
}
