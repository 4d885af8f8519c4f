package dev.rescuedogs.store.images;

import java.io.IOException;

/** An image body larger than the size cap; the download was abandoned. */
public final class ImageTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public ImageTooLargeException(String message) {
    super(message);
  }
}
