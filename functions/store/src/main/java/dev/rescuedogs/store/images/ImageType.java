package dev.rescuedogs.store.images;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The image formats the catalog accepts, recognised by their leading bytes (the declared content
 * type is often wrong or generic).
 */
public enum ImageType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp"),
  GIF("image/gif", "gif"),
  AVIF("image/avif", "avif");

  private final String mediaType;
  private final String extension;

  ImageType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** File extension of the stored object's key. */
  public String extension() {
    return extension;
  }

  /** The format of the bytes, or null when they are none of the accepted formats. */
  public static ImageType detect(byte[] bytes) {
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) {
      return GIF;
    }
    if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
      return WEBP;
    }
    if (isAvif(bytes)) {
      return AVIF;
    }
    return null;
  }

  /**
   * Whether a declared content type allows the body to be an image: an image type, a generic binary
   * type, or none at all. HTML error pages served with status 200 are the usual reject.
   */
  public static boolean declaredAsPossibleImage(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.startsWith("image/")
        || mediaType.equals("application/octet-stream")
        || mediaType.equals("binary/octet-stream");
  }

  /** An ISO base media file whose ftyp box names an AVIF brand (major or compatible). */
  private static boolean isAvif(byte[] bytes) {
    if (!ascii(bytes, 4, "ftyp") || bytes.length < 12) {
      return false;
    }
    long boxSize =
        ((bytes[0] & 0xFFL) << 24)
            | ((bytes[1] & 0xFF) << 16)
            | ((bytes[2] & 0xFF) << 8)
            | (bytes[3] & 0xFF);
    int end = (int) Math.min(Math.max(boxSize, 12), Math.min(bytes.length, 256));
    for (int offset = 8; offset + 4 <= end; offset += 4) {
      if (offset == 12) {
        continue; // minor version, not a brand
      }
      if (ascii(bytes, offset, "avif") || ascii(bytes, offset, "avis")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] bytes, int offset, String text) {
    byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (bytes[offset + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
