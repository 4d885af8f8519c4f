package dev.rescuedogs.store.organization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Location;
import dev.rescuedogs.organizations.OrganizationConfig.ServiceRegion;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.slug.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Brings the {@code organizations}, {@code organization_locations} and {@code service_regions}
 * tables in line with the organization configs, in one transaction.
 *
 * <ul>
 *   <li>Organizations are matched by config id; a new one gets a slug made from its name (accents
 *       transliterated, a numeric suffix when taken) that later syncs never change, even when the
 *       name changes.
 *   <li>{@code enabled: false} makes an organization inactive; enabling it again reactivates it.
 *   <li>Locations and service regions are replaced by the config's when they differ.
 *   <li>An organization whose config is gone is deactivated, never deleted: its dogs and history
 *       stay.
 * </ul>
 */
public final class OrganizationSync {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;

  public OrganizationSync(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public OrganizationSync(DataSource dataSource) {
    this(Database.jdbi(dataSource));
  }

  /**
   * Syncs the database with {@code configs}, the complete set of organizations.
   *
   * @throws IllegalArgumentException when the list is empty (which would deactivate every
   *     organization, almost certainly a mistake), holds an id twice, or a config lacks a required
   *     field
   */
  public SyncSummary sync(List<OrganizationConfig> configs) {
    List<OrganizationConfig> sorted = checked(configs);
    return jdbi.inTransaction(handle -> sync(handle, sorted));
  }

  private SyncSummary sync(Handle handle, List<OrganizationConfig> configs) {
    // Two syncs at once could pick the same slug for two new organizations; readers are not
    // blocked.
    handle.execute("LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE");
    Map<String, Long> idsByConfigId = new TreeMap<>();
    handle
        .createQuery("SELECT config_id, id FROM organizations")
        .map((rs, ctx) -> Map.entry(rs.getString("config_id"), rs.getLong("id")))
        .forEach(entry -> idsByConfigId.put(entry.getKey(), entry.getValue()));
    Set<String> takenSlugs =
        new HashSet<>(
            handle.createQuery("SELECT slug FROM organizations").mapTo(String.class).list());

    List<String> inserted = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (OrganizationConfig config : configs) {
      Long id = idsByConfigId.get(config.id());
      if (id == null) {
        String slug = uniqueSlug(config, takenSlugs);
        takenSlugs.add(slug);
        long newId = insert(handle, config, slug);
        replaceLocations(handle, newId, nullToEmpty(config.locations()));
        replaceServiceRegions(handle, newId, serviceRegions(config));
        inserted.add(config.id());
      } else {
        boolean rowChanged = updateIfChanged(handle, id, config);
        boolean locationsChanged = syncLocations(handle, id, nullToEmpty(config.locations()));
        boolean regionsChanged = syncServiceRegions(handle, id, serviceRegions(config));
        if (locationsChanged || regionsChanged) {
          handle
              .createUpdate("UPDATE organizations SET updated_at = now() WHERE id = :id")
              .bind("id", id)
              .execute();
        }
        (rowChanged || locationsChanged || regionsChanged ? updated : unchanged).add(config.id());
      }
    }

    String[] syncedIds = configs.stream().map(OrganizationConfig::id).toArray(String[]::new);
    handle
        .createUpdate(
            "UPDATE organizations SET last_config_sync = now()"
                + " WHERE config_id = ANY(CAST(:ids AS text[]))")
        .bind("ids", syncedIds)
        .execute();
    List<String> deactivated =
        handle
            .createUpdate(
                "UPDATE organizations SET active = false, updated_at = now()"
                    + " WHERE active AND NOT (config_id = ANY(CAST(:ids AS text[])))")
            .bind("ids", syncedIds)
            .executeAndReturnGeneratedKeys("config_id")
            .mapTo(String.class)
            .list();
    return new SyncSummary(
        inserted, updated, unchanged, new TreeSet<>(deactivated).stream().toList());
  }

  private static long insert(Handle handle, OrganizationConfig config, String slug) {
    return bindColumns(
            handle.createUpdate(
                "INSERT INTO organizations (config_id, slug, name, website_url, description,"
                    + " country, city, ships_to, social, adoption_fee_amount,"
                    + " adoption_fee_currency, established_year, logo_url, active, monitoring)"
                    + " VALUES (:configId, :slug, :name, :website, :description, :country, :city,"
                    + " CAST(:shipsTo AS text[]), CAST(:social AS jsonb), :feeAmount, :feeCurrency,"
                    + " :establishedYear, :logoUrl, :active, CAST(:monitoring AS jsonb))"),
            config)
        .bind("configId", config.id())
        .bind("slug", slug)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Updates the row when any column differs from the config; true when it did. */
  private static boolean updateIfChanged(Handle handle, long id, OrganizationConfig config) {
    String values =
        "(CAST(:name AS text), CAST(:website AS text), CAST(:description AS text), CAST(:country AS"
            + " text), CAST(:city AS text), CAST(:shipsTo AS text[]), CAST(:social AS jsonb),"
            + " CAST(:feeAmount AS numeric), CAST(:feeCurrency AS text), CAST(:establishedYear AS"
            + " smallint), CAST(:logoUrl AS text), CAST(:active AS boolean),"
            + " CAST(:monitoring AS jsonb))";
    String columns =
        "(name, website_url, description, country, city, ships_to, social, adoption_fee_amount,"
            + " adoption_fee_currency, established_year, logo_url, active, monitoring)";
    return bindColumns(
                handle.createUpdate(
                    "UPDATE organizations SET "
                        + columns
                        + " = "
                        + values
                        + ", updated_at = now() WHERE id = :id AND "
                        + columns
                        + " IS DISTINCT FROM "
                        + values),
                config)
            .bind("id", id)
            .execute()
        == 1;
  }

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindColumns(
      T statement, OrganizationConfig config) {
    return statement
        .bind("name", config.name().strip())
        .bind("website", config.website().toString())
        .bind("description", config.description())
        .bind("country", config.country())
        .bind("city", config.city())
        .bind("shipsTo", shipsTo(config))
        .bind("social", socialJson(config))
        .bind("feeAmount", config.adoptionFee() == null ? null : config.adoptionFee().amount())
        .bind("feeCurrency", config.adoptionFee() == null ? null : config.adoptionFee().currency())
        .bind("establishedYear", config.establishedYear())
        .bind("logoUrl", config.logoUrl() == null ? null : config.logoUrl().toString())
        .bind("active", config.enabled())
        .bind("monitoring", MonitoringJson.write(config.monitoring()));
  }

  private static boolean syncLocations(Handle handle, long organizationId, List<Location> wanted) {
    List<Location> current =
        handle
            .createQuery(
                "SELECT name, city, country, latitude, longitude FROM organization_locations"
                    + " WHERE organization_id = :id ORDER BY position")
            .bind("id", organizationId)
            .map(
                (rs, ctx) ->
                    new Location(
                        rs.getString("name"),
                        rs.getString("city"),
                        rs.getString("country"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude")))
            .list();
    if (current.equals(wanted)) {
      return false;
    }
    replaceLocations(handle, organizationId, wanted);
    return true;
  }

  private static void replaceLocations(
      Handle handle, long organizationId, List<Location> locations) {
    handle
        .createUpdate("DELETE FROM organization_locations WHERE organization_id = :id")
        .bind("id", organizationId)
        .execute();
    if (locations.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO organization_locations (organization_id, position, name, city, country,"
                + " latitude, longitude) VALUES (:organizationId, :position, :name, :city,"
                + " :country, :latitude, :longitude)");
    for (int position = 0; position < locations.size(); position++) {
      Location location = locations.get(position);
      batch
          .bind("organizationId", organizationId)
          .bind("position", position)
          .bind("name", location.name())
          .bind("city", location.city())
          .bind("country", location.country())
          .bind("latitude", location.latitude())
          .bind("longitude", location.longitude())
          .add();
    }
    batch.execute();
  }

  private static boolean syncServiceRegions(
      Handle handle, long organizationId, Set<ServiceRegion> wanted) {
    Set<ServiceRegion> current =
        new HashSet<>(
            handle
                .createQuery(
                    "SELECT country, region FROM service_regions WHERE organization_id = :id")
                .bind("id", organizationId)
                .map(
                    (rs, ctx) -> new ServiceRegion(rs.getString("country"), rs.getString("region")))
                .list());
    if (current.equals(wanted)) {
      return false;
    }
    replaceServiceRegions(handle, organizationId, wanted);
    return true;
  }

  private static void replaceServiceRegions(
      Handle handle, long organizationId, Set<ServiceRegion> regions) {
    handle
        .createUpdate("DELETE FROM service_regions WHERE organization_id = :id")
        .bind("id", organizationId)
        .execute();
    if (regions.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO service_regions (organization_id, country, region)"
                + " VALUES (:organizationId, :country, :region)");
    for (ServiceRegion region : regions) {
      batch
          .bind("organizationId", organizationId)
          .bind("country", region.country())
          .bind("region", region.region())
          .add();
    }
    batch.execute();
  }

  /** The config's service regions without duplicates; a blank region means the whole country. */
  private static Set<ServiceRegion> serviceRegions(OrganizationConfig config) {
    Set<ServiceRegion> regions = new LinkedHashSet<>();
    for (ServiceRegion region : nullToEmpty(config.serviceRegions())) {
      String name =
          region.region() == null || region.region().isBlank() ? null : region.region().strip();
      regions.add(new ServiceRegion(region.country(), name));
    }
    return regions;
  }

  /** Sorted and without duplicates, so the same set always compares equal in the database. */
  private static String[] shipsTo(OrganizationConfig config) {
    return new TreeSet<>(nullToEmpty(config.shipsTo())).toArray(String[]::new);
  }

  private static String socialJson(OrganizationConfig config) {
    Map<String, String> links = new TreeMap<>();
    if (config.social() != null) {
      config.social().forEach((network, url) -> links.put(network, url.toString()));
    }
    try {
      return JSON.writeValueAsString(links);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write social links as JSON", e);
    }
  }

  private static String uniqueSlug(OrganizationConfig config, Set<String> taken) {
    String base = Slugs.slugify(config.name(), Slugs.MAX_ORGANIZATION_SLUG_LENGTH);
    if (base.isEmpty()) {
      base = Slugs.slugify(config.id(), Slugs.MAX_ORGANIZATION_SLUG_LENGTH);
    }
    String slug = base;
    for (int suffix = 2; taken.contains(slug); suffix++) {
      String tail = "-" + suffix;
      String head = Slugs.slugify(base, Slugs.MAX_ORGANIZATION_SLUG_LENGTH - tail.length());
      slug = head + tail;
    }
    return slug;
  }

  private static List<OrganizationConfig> checked(List<OrganizationConfig> configs) {
    Objects.requireNonNull(configs, "configs");
    if (configs.isEmpty()) {
      throw new IllegalArgumentException(
          "no organization configs to sync: refusing to deactivate every organization");
    }
    Set<String> seen = new HashSet<>();
    for (OrganizationConfig config : configs) {
      if (config.id() == null || config.id().isBlank()) {
        throw new IllegalArgumentException("an organization config has no id");
      }
      if (!seen.add(config.id())) {
        throw new IllegalArgumentException(
            "organization config id '" + config.id() + "' appears twice");
      }
      requirePresent(config, config.name(), "name");
      requirePresent(config, config.website(), "website");
      requirePresent(config, config.country(), "country");
    }
    List<OrganizationConfig> sorted = new ArrayList<>(configs);
    // Deterministic slug choice when two new organizations share a name.
    sorted.sort(Comparator.comparing(OrganizationConfig::id));
    return sorted;
  }

  private static void requirePresent(OrganizationConfig config, Object value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException(
          "organization config '" + config.id() + "' has no " + field);
    }
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
