package dev.rescuedogs.store.images;

import java.io.IOException;
import java.net.URI;

/** Fetches an image from the organization's site. */
public interface ImageSource {

  /**
   * Downloads the image at {@code url}.
   *
   * @param maxBytes the largest body accepted: an implementation should stop reading beyond it and
   *     throw {@link ImageTooLargeException} (the sync also checks the size it gets)
   * @throws IOException when the image cannot be fetched (connection, timeout, HTTP error status)
   */
  DownloadedImage download(URI url, long maxBytes) throws IOException;
}
