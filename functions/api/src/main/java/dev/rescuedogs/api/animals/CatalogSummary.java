package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Catalog counts read from the summary of migration V11 ({@code catalog_facet_counts}): per
 * availability confidence, the dogs of each facet value and of each pair of facet values. That
 * answers the facet counts and the total of any filter set whose filters are facets on at most one
 * column (the organization-level filters, {@code organization} and {@code available_to}, are both
 * conditions on the organization) plus the availability confidence: the default catalog and every
 * single-filter menu, a few hundred summary rows instead of every catalog entry. Each statement
 * also checks that the summary is current (built at the last {@code catalog_version}); when it is
 * not, the reader gets nothing and counts from the dogs.
 */
public final class CatalogSummary {

  /** The summary's name of the column each facet counts; ships-to counts are per organization. */
  private static final Map<Facet, String> COLUMN = new EnumMap<>(Facet.class);

  static {
    COLUMN.put(Facet.SIZE, "size");
    COLUMN.put(Facet.AGE_CATEGORY, "age_category");
    COLUMN.put(Facet.SEX, "sex");
    COLUMN.put(Facet.BREED, "breed");
    COLUMN.put(Facet.BREED_GROUP, "breed_group");
    COLUMN.put(Facet.ORGANIZATION, "organization");
    COLUMN.put(Facet.LOCATION_COUNTRY, "location_country");
    COLUMN.put(Facet.AVAILABLE_TO, "organization");
  }

  private static final String ORGANIZATION = "organization";

  private static final String FRESH =
      "WITH fresh AS (SELECT s.version = v.last_value AND v.is_called AS current"
          + " FROM catalog_facet_state s CROSS JOIN catalog_version v)"
          + " SELECT NULL AS facet, NULL AS value, NULL AS label,"
          + " CASE WHEN current THEN 1 ELSE 0 END::bigint AS dogs FROM fresh";

  /** One summed count: a facet's value, or the total when {@code facet} is null. */
  public record Count(Facet facet, String value, String label, long dogs) {}

  private final CatalogFilters filters;
  private final CatalogOrganizations organizations;

  private CatalogSummary(CatalogFilters filters, CatalogOrganizations organizations) {
    this.filters = filters;
    this.organizations = organizations;
  }

  /** The summary's reader for these filters, or empty when they need more than it holds. */
  public static Optional<CatalogSummary> of(
      CatalogFilters filters, CatalogOrganizations organizations) {
    boolean onlyFacets =
        filters.onlyAvailable()
            && filters.breedTypes().isEmpty()
            && filters.goodWithDogs() == null
            && filters.goodWithCats() == null
            && filters.goodWithChildren() == null
            && filters.text() == null
            && filters.near() == null
            && filters.addedSince() == null;
    if (!onlyFacets || filteredColumns(filters).size() > 1) {
      return Optional.empty();
    }
    return Optional.of(new CatalogSummary(filters, organizations));
  }

  private static Set<String> filteredColumns(CatalogFilters filters) {
    Set<String> columns = new HashSet<>();
    for (Facet facet : Facet.values()) {
      if (CatalogSql.isSet(filters, facet)) {
        columns.add(COLUMN.get(facet));
      }
    }
    return columns;
  }

  /** The statement behind {@link #facets}: the freshness row, every facet's counts, the total. */
  public Sql facetsSql() {
    Sql sql = new Sql().add(FRESH);
    for (Facet facet : Facet.values()) {
      sql.add(" UNION ALL ").add(branch(facet));
    }
    return sql.add(" UNION ALL ").add(branch(null));
  }

  /** The statement behind {@link #total}: the freshness row and the total. */
  public Sql totalSql() {
    return new Sql().add(FRESH).add(" UNION ALL ").add(branch(null));
  }

  /** Every facet's options and the total (facet null), or empty when the summary is stale. */
  public Optional<List<Count>> facets(Connection connection) throws SQLException {
    return read(connection, facetsSql());
  }

  /** The number of dogs under all filters, or empty when the summary is stale. */
  public OptionalLong total(Connection connection) throws SQLException {
    Optional<List<Count>> counts = read(connection, totalSql());
    if (counts.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(counts.get().stream().mapToLong(Count::dogs).sum());
  }

  private static Optional<List<Count>> read(Connection connection, Sql sql) throws SQLException {
    List<Count> counts = new ArrayList<>();
    boolean[] current = {false};
    sql.list(
        connection,
        row -> {
          String facet = row.getString("facet");
          if (facet == null) {
            current[0] = row.getLong("dogs") == 1;
          } else {
            counts.add(
                new Count(
                    facet.equals("total") ? null : Facet.valueOf(facet),
                    row.getString("value"),
                    row.getString("label"),
                    row.getLong("dogs")));
          }
          return null;
        });
    return current[0] ? Optional.of(counts) : Optional.empty();
  }

  /**
   * The counts of one facet (the total when null) under the other filters: the facet's column
   * alone, or paired with the one column the other filters are on.
   */
  private Sql branch(Facet facet) {
    String column = facet == null ? null : COLUMN.get(facet);
    // The other filters' column and accepted values (at most one column: see of()).
    String byColumn = null;
    List<String> byValues = null;
    for (Facet other : Facet.values()) {
      if (other == facet || !CatalogSql.isSet(filters, other)) {
        continue;
      }
      byColumn = COLUMN.get(other);
      byValues =
          byColumn.equals(ORGANIZATION)
              ? organizationIds(facet == null ? Set.of() : EnumSet.of(facet))
              : values(other);
    }
    // Facet and column names are constants of this class; only the filters' values are bound.
    Sql sql =
        new Sql()
            .add(
                "SELECT '"
                    + (facet == null ? "total" : facet.name())
                    + "' AS facet, c.value, min(c.label) AS label, sum(c.dogs)::bigint AS dogs"
                    + " FROM catalog_facet_counts c WHERE (SELECT current FROM fresh)");
    if (column == null && byColumn != null) {
      // The total under a filter on one column: that column's counts of the accepted values.
      sql.add(" AND c.facet = '" + byColumn + "' AND c.by_facet = '' AND c.by_value = ''")
          .add(" AND c.value = ANY(?)", Sql.textArray(byValues));
    } else if (column == null) {
      sql.add(" AND c.facet = 'total' AND c.by_facet = '' AND c.by_value = ''");
    } else if (byColumn == null) {
      sql.add(" AND c.facet = '" + column + "' AND c.by_facet = '' AND c.by_value = ''");
    } else if (byColumn.equals(column)) {
      // Organizations restricted by the other organization-level filter.
      sql.add(" AND c.facet = '" + column + "' AND c.by_facet = '' AND c.by_value = ''")
          .add(" AND c.value = ANY(?)", Sql.textArray(byValues));
    } else {
      sql.add(" AND c.facet = '" + column + "' AND c.by_facet = '" + byColumn + "'")
          .add(" AND c.by_value = ANY(?)", Sql.textArray(byValues));
    }
    return sql.add(
        " AND c.availability_confidence = ANY(?) GROUP BY c.value",
        Sql.textArray(filters.confidences()));
  }

  /**
   * The active organizations passing the organization-level filters but those in {@code without}.
   */
  private List<String> organizationIds(Set<Facet> without) {
    List<String> ids = new ArrayList<>();
    for (long id : organizations.ids(filters, without)) {
      ids.add(Long.toString(id));
    }
    return ids;
  }

  private List<String> values(Facet facet) {
    Set<String> values =
        switch (facet) {
          case SIZE -> filters.sizes();
          case AGE_CATEGORY -> filters.ageCategories();
          case SEX -> filters.sexes();
          case BREED -> filters.breedSlugs();
          case BREED_GROUP -> filters.breedGroups();
          case LOCATION_COUNTRY -> filters.locationCountries();
          case ORGANIZATION, AVAILABLE_TO ->
              throw new IllegalArgumentException(facet.name().toLowerCase(Locale.ROOT));
        };
    return List.copyOf(values);
  }
}
