package dev.rescuedogs.store.images;

import java.util.Objects;

/**
 * An image's bytes as downloaded.
 *
 * @param bytes the body
 * @param contentType the {@code Content-Type} the server sent, or null
 */
public record DownloadedImage(byte[] bytes, String contentType) {

  public DownloadedImage {
    Objects.requireNonNull(bytes, "bytes");
  }
}
