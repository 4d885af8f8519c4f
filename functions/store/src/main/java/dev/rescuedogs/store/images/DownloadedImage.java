package dev.rescuedogs.store.images;

import java.util.Objects;

/**
 * An image's bytes as downloaded. A class, not a record: a record's equals would compare the byte
 * array by identity.
 */
public final class DownloadedImage {

  private final byte[] bytes;
  private final String contentType;

  /**
   * An image as the server sent it.
   *
   * @param bytes the body
   * @param contentType the {@code Content-Type} the server sent, or null
   */
  public DownloadedImage(byte[] bytes, String contentType) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.contentType = contentType;
  }

  /** The body. */
  public byte[] bytes() {
    return bytes;
  }

  /** The {@code Content-Type} the server sent, or null. */
  public String contentType() {
    return contentType;
  }
}
