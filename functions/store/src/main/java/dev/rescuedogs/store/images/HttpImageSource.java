package dev.rescuedogs.store.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Downloads images over HTTP(S) with the JDK client: redirects followed (never from https to http),
 * a timeout per request, the body read only up to the size cap.
 */
public final class HttpImageSource implements ImageSource {

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;

  /**
   * @param userAgent sent with every request, so organizations can tell who fetches their images
   * @param timeout for connecting and for the whole response
   */
  public HttpImageSource(String userAgent, Duration timeout) {
    this(
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        userAgent,
        timeout);
  }

  public HttpImageSource(HttpClient client, String userAgent, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public DownloadedImage download(URI url, long maxBytes) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header(
                "Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " for " + url);
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        throw new ImageTooLargeException(
            length.getAsLong() + " bytes announced, more than " + maxBytes);
      }
      return new DownloadedImage(
          readAtMost(body, maxBytes), response.headers().firstValue("Content-Type").orElse(null));
    }
  }

  private static byte[] readAtMost(InputStream body, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int read;
    while ((read = body.read(buffer)) != -1) {
      total += read;
      if (total > maxBytes) {
        throw new ImageTooLargeException("more than " + maxBytes + " bytes");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
