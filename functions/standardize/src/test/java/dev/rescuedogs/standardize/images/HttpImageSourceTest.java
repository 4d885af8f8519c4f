package dev.rescuedogs.standardize.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.rescuedogs.store.images.DownloadedImage;
import dev.rescuedogs.store.images.ImageTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpImageSourceTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
  private static final String USER_AGENT = "RescueDogsBot/1.0 (+https://example.test/bot)";

  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private HttpImageSource source;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
          String path = exchange.getRequestURI().getPath();
          switch (path) {
            case "/dog.png" -> {
              exchange.getResponseHeaders().add("Content-Type", "image/png");
              exchange.sendResponseHeaders(200, PNG.length);
              try (OutputStream body = exchange.getResponseBody()) {
                body.write(PNG);
              }
            }
            case "/moved" -> {
              exchange.getResponseHeaders().add("Location", "/dog.png");
              exchange.sendResponseHeaders(301, -1);
            }
            case "/loop" -> {
              exchange.getResponseHeaders().add("Location", "/loop");
              exchange.sendResponseHeaders(302, -1);
            }
            case "/huge-chunked" -> {
              exchange.sendResponseHeaders(200, 0);
              try (OutputStream body = exchange.getResponseBody()) {
                body.write(new byte[64 * 1024]);
              }
            }
            default -> exchange.sendResponseHeaders(404, -1);
          }
          exchange.close();
        });
    server.start();
    source = new HttpImageSource(USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(5), true);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void shouldDownloadTheImage_withAnHonestUserAgent() throws IOException {
    DownloadedImage image = source.download(url("/dog.png"), 1024);

    assertThat(image.bytes()).isEqualTo(PNG);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(userAgents).containsExactly(USER_AGENT);
  }

  @Test
  void shouldFollowRedirects_butNotForever() throws IOException {
    assertThat(source.download(url("/moved"), 1024).bytes()).isEqualTo(PNG);
    assertThatThrownBy(() -> source.download(url("/loop"), 1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void shouldFail_onAnErrorStatus() {
    assertThatThrownBy(() -> source.download(url("/gone.jpg"), 1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void shouldStopReading_beyondTheSizeCap() {
    assertThatThrownBy(() -> source.download(url("/dog.png"), 4))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("declares 10 bytes");
    assertThatThrownBy(() -> source.download(url("/huge-chunked"), 1000))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("larger than the cap of 1000 bytes");
  }

  @Test
  void shouldRefusePrivateAddressesAndOtherSchemes_inProduction() {
    HttpImageSource production = new HttpImageSource(USER_AGENT, false);

    assertThatThrownBy(() -> production.download(url("/dog.png"), 1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("resolves to a private address");
    assertThatThrownBy(() -> production.download(URI.create("file:///etc/passwd"), 1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an http(s) URL");
    assertThat(userAgents).isEmpty();
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }
}
