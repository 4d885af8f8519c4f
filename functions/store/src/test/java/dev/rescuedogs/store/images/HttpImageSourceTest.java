package dev.rescuedogs.store.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpImageSourceTest {

  private static final byte[] PNG = FakeImages.encoded("png", 3, 2, 1);

  private HttpServer server;
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final HttpImageSource source =
      new HttpImageSource("rescuedogs-test/1.0", Duration.ofSeconds(5));

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/dog.png",
        exchange -> {
          userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
          exchange.getResponseHeaders().add("Content-Type", "image/png");
          exchange.sendResponseHeaders(200, PNG.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(PNG);
          }
        });
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/dog.png");
          exchange.sendResponseHeaders(301, -1);
          exchange.close();
        });
    server.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.createContext(
        "/chunked-large",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(new byte[5000]);
          } catch (IOException ignored) {
            // The client stops reading at the cap.
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void downloadsTheBodyWithItsContentType() throws IOException {
    DownloadedImage image = source.download(url("/dog.png"), 10_000);

    assertThat(image.bytes()).isEqualTo(PNG);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(userAgent.get()).isEqualTo("rescuedogs-test/1.0");
  }

  @Test
  void followsRedirects() throws IOException {
    assertThat(source.download(url("/moved"), 10_000).bytes()).isEqualTo(PNG);
  }

  @Test
  void anErrorStatusIsAFailedDownload() {
    assertThatThrownBy(() -> source.download(url("/missing"), 10_000))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void stopsAtTheSizeCap() {
    assertThatThrownBy(() -> source.download(url("/dog.png"), PNG.length - 1))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("announced");
    assertThatThrownBy(() -> source.download(url("/chunked-large"), 1000))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("more than 1000 bytes");
  }
}
