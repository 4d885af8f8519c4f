package dev.rescuedogs.standardize.images;

import dev.rescuedogs.store.images.DownloadedImage;
import dev.rescuedogs.store.images.ImageSource;
import dev.rescuedogs.store.images.ImageTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Downloads images from the organizations' sites with java.net.http: an honest User-Agent, connect
 * and request timeouts, a size cap enforced while reading, only http(s), at most {@value
 * #MAX_REDIRECTS} redirects. Each hop's host is resolved and refused when it is a loopback,
 * link-local, site-local or wildcard address (unless private addresses are allowed, for a local
 * copy of a site): the URLs come from scraped pages, and must not reach the function's own network.
 */
public final class HttpImageSource implements ImageSource {

  static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final String userAgent;
  private final Duration requestTimeout;
  private final boolean allowPrivateAddresses;

  public HttpImageSource(String userAgent, boolean allowPrivateAddresses) {
    this(userAgent, Duration.ofSeconds(10), Duration.ofSeconds(30), allowPrivateAddresses);
  }

  public HttpImageSource(
      String userAgent,
      Duration connectTimeout,
      Duration requestTimeout,
      boolean allowPrivateAddresses) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.allowPrivateAddresses = allowPrivateAddresses;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public DownloadedImage download(URI url, long maxBytes) throws IOException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      requireFetchable(current);
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        response.body().close();
        if (location == null) {
          throw new IOException("HTTP " + status + " without a Location from " + current);
        }
        current = current.resolve(location.strip());
        continue;
      }
      try (InputStream body = response.body()) {
        if (status < 200 || status >= 300) {
          throw new IOException("HTTP " + status + " from " + current);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          throw new ImageTooLargeException(
              current + " declares " + declared + " bytes, more than the cap of " + maxBytes);
        }
        return new DownloadedImage(
            readCapped(body, maxBytes, current),
            response.headers().firstValue("Content-Type").orElse(null));
      }
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
  }

  private HttpResponse<InputStream> send(URI url) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(requestTimeout)
            .header("User-Agent", userAgent)
            .header("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot request " + url + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readCapped(InputStream body, long maxBytes, URI url) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
      total += read;
      if (total > maxBytes) {
        throw new ImageTooLargeException(url + " is larger than the cap of " + maxBytes + " bytes");
      }
      bytes.write(buffer, 0, read);
    }
    return bytes.toByteArray();
  }

  private void requireFetchable(URI url) throws IOException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("not an http(s) URL: " + url);
    }
    if (url.getHost() == null) {
      throw new IOException("no host in " + url);
    }
    if (allowPrivateAddresses) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(url.getHost());
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + url.getHost(), e);
    }
    for (InetAddress address : addresses) {
      if (address.isLoopbackAddress()
          || address.isLinkLocalAddress()
          || address.isSiteLocalAddress()
          || address.isAnyLocalAddress()
          || address.isMulticastAddress()) {
        throw new IOException(
            "refusing " + url + ": " + url.getHost() + " resolves to a private address");
      }
    }
  }
}
