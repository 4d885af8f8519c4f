package dev.rescuedogs.store;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.AdoptionFee;
import dev.rescuedogs.organizations.OrganizationConfig.Location;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfig.ServiceRegion;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/** Rows and configs for store tests. */
public final class StoreFixtures {

  /** How many migration scripts this module ships; each is V{n}, numbered from 1 without gaps. */
  public static final int MIGRATION_COUNT = countMigrations();

  /** The schema version after every migration ran. */
  public static final String LATEST_VERSION = String.valueOf(MIGRATION_COUNT);

  private static int countMigrations() {
    try {
      URI location = StoreFixtures.class.getResource("/db/migration").toURI();
      // Other modules' tests see this module as a jar under `verify` (classes only under `test`).
      if (location.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
          return countScripts(jar.provider().getPath(location));
        }
      }
      return countScripts(Path.of(location));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the migration scripts", e);
    }
  }

  private static int countScripts(Path directory) throws IOException {
    try (Stream<Path> scripts = Files.list(directory)) {
      return (int)
          scripts.filter(path -> path.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
    }
  }

  private StoreFixtures() {}

  /** A complete, enabled config based in Germany that ships to DE and AT. */
  public static OrganizationConfig config(String id, String name) {
    return new OrganizationConfig(
        id,
        name,
        true,
        new ScraperSettings(
            id,
            Technology.STATIC,
            List.of(URI.create("https://" + id + ".example.org/dogs")),
            new Politeness(2.0, 3, 30, 2)),
        URI.create("https://" + id + ".example.org"),
        "Rescues dogs.",
        "DE",
        "Berlin",
        List.of(new Location("Shelter", "Berlin", "DE", 52.52, 13.405)),
        List.of(new ServiceRegion("DE", null), new ServiceRegion("AT", "Tirol")),
        List.of("DE", "AT"),
        Map.of("facebook", URI.create("https://facebook.com/" + id)),
        new AdoptionFee(new BigDecimal("350.00"), "EUR"),
        2010,
        URI.create("https://" + id + ".example.org/logo.png"));
  }

  /** Inserts an organization row directly and returns its id. */
  public static long insertOrganization(Handle handle, String configId) {
    return handle
        .createUpdate(
            "INSERT INTO organizations (config_id, slug, name, website_url, country)"
                + " VALUES (:configId, :configId, :configId, 'https://example.org', 'DE')")
        .bind("configId", configId)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Inserts a minimal available dog and returns its id. */
  public static long insertDog(Handle handle, long organizationId, String externalId, String slug) {
    return handle
        .createUpdate(
            "INSERT INTO dogs (organization_id, external_id, slug, name, adoption_url)"
                + " VALUES (:org, :externalId, :slug, 'Buddy', 'https://example.org/dogs/1')")
        .bind("org", organizationId)
        .bind("externalId", externalId)
        .bind("slug", slug)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Opens a running scrape session and returns its id. */
  public static long insertSession(Handle handle, long organizationId, String runId) {
    return handle
        .createUpdate("INSERT INTO scrape_sessions (run_id, organization_id) VALUES (:runId, :org)")
        .bind("runId", runId)
        .bind("org", organizationId)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }
}
