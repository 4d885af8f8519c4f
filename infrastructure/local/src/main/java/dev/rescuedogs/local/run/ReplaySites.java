package dev.rescuedogs.local.run;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.replay.ReplayServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The organizations' sites as the project's own replay copies (the scraping module's test sites,
 * {@code functions/scraping/src/test/resources/sites/<organization>}, which the build bundles into
 * the tool under {@value #BUNDLED}), each served by a {@link ReplayServer} on a loopback port. The
 * scrapers reach a copy through their site mapping, so the URLs they record stay the real site's;
 * image URLs on a site's hosts are fetched from its copy too.
 */
public final class ReplaySites implements AutoCloseable {

  /** Where the build puts the copies among the tool's resources. */
  static final String BUNDLED = "replay-sites";

  private final Map<String, ReplayServer> servers;
  private final Map<String, ReplayServer> byHost;
  private final List<String> withoutCopy;

  /** The jar's file system when this opened it (and closes it), else null. */
  private final FileSystem bundle;

  private final String source;

  private ReplaySites(
      Map<String, ReplayServer> servers,
      Map<String, ReplayServer> byHost,
      List<String> withoutCopy,
      FileSystem bundle,
      String source) {
    this.servers = servers;
    this.byHost = byHost;
    this.withoutCopy = List.copyOf(withoutCopy);
    this.bundle = bundle;
    this.source = source;
  }

  /**
   * Serves the copy of each organization that has one.
   *
   * @param directory the folder holding one copy per organization id, or null for the copies
   *     bundled with the tool
   */
  public static ReplaySites start(List<OrganizationConfig> organizations, Path directory) {
    FileSystem bundle = null;
    Path root = directory;
    if (root == null) {
      URI location = bundledLocation();
      if (location.getScheme().equals("jar")) {
        // Served straight from the tool's jar: the copies are read-only resources.
        URI jar = URI.create(location.toString().substring(0, location.toString().indexOf("!/")));
        try {
          bundle = FileSystems.newFileSystem(jar, Map.of());
          root = bundle.getPath("/" + BUNDLED);
        } catch (FileSystemAlreadyExistsException openedElsewhere) {
          root = FileSystems.getFileSystem(jar).getPath("/" + BUNDLED);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot open the tool's jar " + jar, e);
        }
      } else {
        root = Path.of(location);
      }
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no replay copies at " + root);
    }
    Map<String, ReplayServer> servers = new LinkedHashMap<>();
    Map<String, ReplayServer> byHost = new LinkedHashMap<>();
    List<String> withoutCopy = new ArrayList<>();
    try {
      for (OrganizationConfig organization : organizations) {
        Path site = root.resolve(organization.id());
        if (!Files.isDirectory(site)) {
          withoutCopy.add(organization.id());
          continue;
        }
        ReplayServer server = ReplayServer.serving(site);
        servers.put(organization.id(), server);
        for (URI url : siteUrls(organization)) {
          byHost.putIfAbsent(host(url), server);
        }
      }
    } catch (RuntimeException e) {
      servers.values().forEach(ReplayServer::close);
      closeQuietly(bundle);
      throw e;
    }
    return new ReplaySites(
        servers,
        byHost,
        withoutCopy,
        bundle,
        directory == null ? "the copies bundled with the tool" : directory.toString());
  }

  /** Where an organization's copy is served, if it has one. */
  public Optional<URI> baseUri(String organizationId) {
    return Optional.ofNullable(servers.get(organizationId)).map(ReplayServer::baseUri);
  }

  /** The organizations asked for that have no copy. */
  public List<String> withoutCopy() {
    return withoutCopy;
  }

  /** The same URL on the copy of the site whose host it names, if one is served. */
  public Optional<URI> onCopy(URI url) {
    if (url.getHost() == null) {
      return Optional.empty();
    }
    ReplayServer server = byHost.get(host(url));
    if (server == null) {
      return Optional.empty();
    }
    String pathAndQuery =
        (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    return Optional.of(server.url(pathAndQuery));
  }

  /** Where the copies come from, for messages. */
  public String describe() {
    return source;
  }

  @Override
  public void close() {
    servers.values().forEach(ReplayServer::close);
    closeQuietly(bundle);
  }

  private static List<URI> siteUrls(OrganizationConfig organization) {
    List<URI> urls = new ArrayList<>(organization.scraper().listingUrls());
    urls.add(organization.website());
    return urls;
  }

  /** A site's host without {@code www.}: the copy answers for both. */
  private static String host(URI url) {
    return url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  private static URI bundledLocation() {
    URL marker = ReplaySites.class.getResource("/" + BUNDLED);
    if (marker == null) {
      throw new IllegalStateException(
          "the tool was built without its replay copies (" + BUNDLED + "): rebuild it with Maven");
    }
    try {
      return marker.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unreadable location of the replay copies: " + marker, e);
    }
  }

  private static void closeQuietly(FileSystem fileSystem) {
    if (fileSystem == null) {
      return;
    }
    try {
      fileSystem.close();
    } catch (IOException ignored) {
      // Read-only: nothing is lost.
    }
  }
}
