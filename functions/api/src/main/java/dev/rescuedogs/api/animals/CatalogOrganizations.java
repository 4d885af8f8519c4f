package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The active organizations, as the catalog queries need them: organization-level filters ({@code
 * organization}, {@code available_to}) are resolved here to organization ids, which the queries
 * bind as {@code d.organization_id = ANY(?)}. The planner then sees concrete ids and, with the
 * statistics on dogs, picks an index that fits (a join to organizations would hide how few dogs an
 * organization-level filter leaves).
 */
public final class CatalogOrganizations {

  /** What the catalog reads of an organization. */
  public record Organization(long id, String slug, String name, Set<String> shipsTo) {
    public Organization {
      shipsTo = Set.copyOf(shipsTo);
    }
  }

  static final String ACTIVE_SQL =
      "SELECT id, slug, name, ships_to FROM organizations WHERE active ORDER BY id";

  private final List<Organization> active;
  private final Map<Long, Organization> byId = new HashMap<>();

  public CatalogOrganizations(List<Organization> active) {
    this.active = List.copyOf(active);
    this.active.forEach(organization -> byId.put(organization.id(), organization));
  }

  /** Reads the active organizations. */
  public static CatalogOrganizations load(Connection connection) throws SQLException {
    return new CatalogOrganizations(
        new Sql()
            .add(ACTIVE_SQL)
            .list(
                connection,
                row ->
                    new Organization(
                        row.getLong("id"),
                        row.getString("slug"),
                        row.getString("name"),
                        Set.of(Rows.textArray(row, "ships_to")))));
  }

  public List<Organization> active() {
    return active;
  }

  public Optional<Organization> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Ids of the active organizations that pass the organization-level filters, except those of the
   * facets in {@code without}; empty when none does.
   */
  public long[] ids(CatalogFilters filters, Set<Facet> without) {
    boolean bySlug = !without.contains(Facet.ORGANIZATION) && !filters.organizations().isEmpty();
    boolean byShipsTo = !without.contains(Facet.AVAILABLE_TO) && !filters.availableTo().isEmpty();
    List<Long> ids = new ArrayList<>();
    for (Organization organization : active) {
      if (bySlug && !filters.organizations().contains(organization.slug())) {
        continue;
      }
      if (byShipsTo && filters.availableTo().stream().noneMatch(organization.shipsTo()::contains)) {
        continue;
      }
      ids.add(organization.id());
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }
}
