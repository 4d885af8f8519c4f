package dev.rescuedogs.store.images;

/**
 * Limits of one image sync.
 *
 * @param maxBytes largest image accepted
 * @param maxImages most images handled per call (primary images first); the rest wait for the next
 *     call, so a huge backlog cannot run the function out of time
 * @param parallelism downloads in flight at once
 */
public record ImageSyncSettings(long maxBytes, int maxImages, int parallelism) {

  /** 10 MB per image. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public ImageSyncSettings {
    if (maxBytes < 1 || maxImages < 1 || parallelism < 1) {
      throw new IllegalArgumentException("maxBytes, maxImages and parallelism must be positive");
    }
  }

  /** 10 MB per image, 5,000 images per call, 4 downloads at once. */
  public static ImageSyncSettings defaults() {
    return new ImageSyncSettings(DEFAULT_MAX_BYTES, 5000, 4);
  }
}
