package dev.rescuedogs.scraping.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.scraping.support.TestSites;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay server's header sidecars: what a copy on disk sends beside a file's body. */
class ReplayServerSidecarTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path site;
  private ReplayServer server;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(site.resolve("api"));
    Files.writeString(site.resolve("api/posts@page=1.json"), "[{\"id\":1}]");
    Files.writeString(
        site.resolve("api/posts@page=1.json.headers"),
        "# as WordPress sends them\n\nX-WP-TotalPages: 2\nX-WP-Total : 3\n");
    Files.write(
        site.resolve("legacy.html"),
        "<meta charset=\"windows-1252\"><p>Chlo\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(site.resolve("legacy.html.headers"), "Content-Type: text/html\n");
    server = ReplayServer.serving(site);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFileIsSentWithItsSidecarsHeaders() throws Exception {
    HttpResponse<String> response = get("/api/posts?page=1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[{\"id\":1}]");
    assertThat(response.headers().firstValue("X-WP-TotalPages")).contains("2");
    assertThat(response.headers().firstValue("X-WP-Total")).contains("3");
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
  }

  @Test
  void aSidecarContentTypeReplacesTheOneGuessedFromTheExtension() throws Exception {
    HttpResponse<String> response = get("/legacy.html");

    assertThat(response.headers().firstValue("Content-Type")).contains("text/html");
  }

  @Test
  void aFileWithoutSidecarGetsOnlyTheServersHeaders() throws Exception {
    Files.writeString(site.resolve("plain.html"), "<p>plain</p>");

    HttpResponse<String> response = get("/plain.html");

    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(response.headers().firstValue("X-WP-TotalPages")).isEmpty();
  }

  @Test
  void conditionalGetsStillUseTheServersOwnValidators() throws Exception {
    Files.writeString(
        site.resolve("api/posts@page=1.json.headers"), "X-WP-TotalPages: 2\nETag: \"sidecar\"\n");
    String etag = get("/api/posts?page=1").headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isNotEqualTo("\"sidecar\"");

    HttpResponse<String> revalidated = get("/api/posts?page=1", "If-None-Match", etag);

    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(revalidated.headers().firstValue("X-WP-TotalPages")).contains("2");
  }

  @Test
  void aScriptedReplyReplacesTheSidecar() throws Exception {
    server.always("/api/posts", Reply.file());

    HttpResponse<String> response = get("/api/posts?page=1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-WP-TotalPages")).isEmpty();
  }

  @Test
  void sidecarsAreNeverServed() throws Exception {
    assertThat(get("/legacy.html.headers").statusCode()).isEqualTo(404);
    assertThat(get("/api/posts@page=1.json.headers").statusCode()).isEqualTo(404);
  }

  @Test
  void aBrokenSidecarIsAServerErrorNamingTheLine() throws Exception {
    Files.writeString(site.resolve("legacy.html.headers"), "text/html\n");

    HttpResponse<String> response = get("/legacy.html");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("legacy.html.headers", "'text/html'");
  }

  @Test
  void theProjectsWordPressCopyAnnouncesItsPagesWithoutScripting() throws Exception {
    try (ReplayServer wordPress = ReplayServer.serving(TestSites.site("hunderettung-europa"))) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      wordPress.url(
                          "/wp-json/wp/v2/categories?per_page=100&orderby=id"
                              + "&_fields=id,name,slug,parent&page=1"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-WP-TotalPages")).contains("2");
      assertThat(response.headers().firstValue("X-WP-Total")).contains("23");
    }
  }

  private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.url(pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
