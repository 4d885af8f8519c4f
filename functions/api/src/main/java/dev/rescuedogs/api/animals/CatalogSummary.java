package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catalog counts read from the summary of migration V11 ({@code catalog_facet_counts}): per
 * availability confidence, the dogs of each facet value and of each pair of facet values. It
 * answers filter sets made of the availability confidence and facet filters on at most two columns
 * (the organization-level filters, {@code organization} and {@code available_to}, are both
 * conditions on the organization). On one column, every count is in the summary: the default
 * catalog and every single-filter menu are a few hundred summary rows instead of every catalog
 * entry. On two columns A and B, the total is the pair (A=a, B=b) and the facet of A the pair (A |
 * B=b), still summary rows; only the facets of the unfiltered columns are counted from the dogs, in
 * the same statement, from the dogs that pass every filter (size=Large and sex=Male: ~10 % of the
 * catalog). Each statement also checks that the summary is current (built at the last {@code
 * catalog_version}); when it is not, it reads no dog, the reader gets nothing and counts from the
 * dogs the usual way.
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

  /** The dogs' column behind each column of the summary. */
  private static final Map<String, String> DOG_COLUMN =
      Map.of(
          "size", "d.standardized_size",
          "age_category", "d.age_category",
          "sex", "d.sex",
          "breed", "d.breed_slug",
          "breed_group", "d.breed_group",
          "organization", "d.organization_id",
          "location_country", CatalogSql.DOG_COUNTRY);

  private static final String ORGANIZATION = "organization";

  private static final String FRESH =
      "WITH fresh AS (SELECT s.version = v.last_value AND v.is_called AS current"
          + " FROM catalog_facet_state s CROSS JOIN catalog_version v)";

  private static final String FRESH_ROW =
      " SELECT NULL AS facet, NULL AS value, NULL AS label,"
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
    if (!onlyFacets || filteredColumns(filters).size() > 2) {
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

  /**
   * The statement behind {@link #facets}: the freshness row, every facet's counts, the total. The
   * facets the summary does not hold are counted from the dogs in a {@code counted} aggregate of
   * the same statement.
   */
  public Sql facetsSql() {
    List<Facet> fromDogs = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      if (otherColumns(facet).size() > 1) {
        fromDogs.add(facet);
      }
    }
    Sql sql = new Sql().add(FRESH);
    List<String> grouped = groupedColumns(fromDogs);
    if (!fromDogs.isEmpty()) {
      sql.add(", counted AS (").add(countedFromDogs(grouped)).add(")");
    }
    sql.add(FRESH_ROW);
    for (Facet facet : Facet.values()) {
      sql.add(" UNION ALL ")
          .add(fromDogs.contains(facet) ? countedBranch(facet, grouped) : branch(facet));
    }
    return sql.add(" UNION ALL ").add(branch(null));
  }

  /** The statement behind {@link #total}: the freshness row and the total. */
  public Sql totalSql() {
    return new Sql().add(FRESH).add(FRESH_ROW).add(" UNION ALL ").add(branch(null));
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

  /** The filtered columns other than the facet's own (every filtered column for the total). */
  private Set<String> otherColumns(Facet facet) {
    Set<String> columns = filteredColumns(filters);
    if (facet != null) {
      columns.remove(COLUMN.get(facet));
    }
    return columns;
  }

  /**
   * The counts of one facet (the total when null) under the other filters, from the summary: the
   * facet's column alone or paired with the one other filtered column; the total is a filtered
   * column's counts, or the pair of the two filtered columns.
   */
  private Sql branch(Facet facet) {
    // Facet and column names are constants of this class; only the filters' values are bound.
    Sql sql =
        new Sql()
            .add(
                " SELECT '"
                    + (facet == null ? "total" : facet.name())
                    + "' AS facet, c.value, min(c.label) AS label, sum(c.dogs)::bigint AS dogs"
                    + " FROM catalog_facet_counts c WHERE (SELECT current FROM fresh)");
    List<String> others = List.copyOf(new TreeSet<>(otherColumns(facet)));
    if (facet == null) {
      if (others.isEmpty()) {
        sql.add(" AND c.facet = 'total' AND c.by_facet = '' AND c.by_value = ''");
      } else {
        // The total under filters on one or two columns: the first one's counts of the accepted
        // values, alone or paired with the second one's accepted values.
        sql.add(" AND c.facet = '" + others.get(0) + "'")
            .add(" AND c.value = ANY(?)", Sql.textArray(accepted(others.get(0), null)));
        pairedWith(sql, others.size() > 1 ? others.get(1) : null, null);
      }
    } else {
      String column = COLUMN.get(facet);
      sql.add(" AND c.facet = '" + column + "'");
      if (sameColumnFiltered(facet)) {
        // Organizations restricted by the other organization-level filter.
        sql.add(" AND c.value = ANY(?)", Sql.textArray(accepted(column, facet)));
      }
      pairedWith(sql, others.isEmpty() ? null : others.get(0), facet);
    }
    return sql.add(
        " AND c.availability_confidence = ANY(?) GROUP BY c.value",
        Sql.textArray(filters.confidences()));
  }

  /** Restricts summary rows to the pairs with {@code byColumn}'s accepted values (or no pair). */
  private void pairedWith(Sql sql, String byColumn, Facet facet) {
    if (byColumn == null) {
      sql.add(" AND c.by_facet = '' AND c.by_value = ''");
    } else {
      sql.add(" AND c.by_facet = '" + byColumn + "'")
          .add(" AND c.by_value = ANY(?)", Sql.textArray(accepted(byColumn, facet)));
    }
  }

  /**
   * Whether the other organization-level filter is set (the facet's column is the organization).
   */
  private boolean sameColumnFiltered(Facet facet) {
    for (Facet other : Facet.values()) {
      if (other != facet
          && COLUMN.get(other).equals(COLUMN.get(facet))
          && CatalogSql.isSet(filters, other)) {
        return true;
      }
    }
    return false;
  }

  /** The values a filtered column accepts, ignoring the filter of {@code facet} (when not null). */
  private List<String> accepted(String column, Facet facet) {
    if (column.equals(ORGANIZATION)) {
      return organizationIds(facet == null ? Set.of() : EnumSet.of(facet));
    }
    for (Facet other : Facet.values()) {
      if (COLUMN.get(other).equals(column)) {
        return values(other);
      }
    }
    throw new IllegalArgumentException(column);
  }

  /** The dogs' columns the facets counted from the dogs group by, each once. */
  private static List<String> groupedColumns(List<Facet> fromDogs) {
    Set<String> columns = new LinkedHashSet<>();
    for (Facet facet : fromDogs) {
      columns.add(DOG_COLUMN.get(COLUMN.get(facet)));
    }
    return List.copyOf(columns);
  }

  /**
   * The facets of unfiltered columns, counted from the dogs that pass every filter (each of these
   * facets ignores only its own filter, which is not set), one grouping set per column. The scan
   * runs only while the summary is current: when it is not, the reader counts everything anew.
   */
  private Sql countedFromDogs(List<String> grouped) {
    Sql sql = new Sql().add("SELECT GROUPING(" + String.join(", ", grouped) + ") AS grouping");
    for (int i = 0; i < grouped.size(); i++) {
      sql.add(", " + grouped.get(i) + "::text AS g" + i);
    }
    sql.add(", count(*) AS dogs, min(d.primary_breed) AS breed_label")
        .add(CatalogSql.fromDogs(filters))
        .add(CatalogSql.where(filters, organizations))
        .add(" AND (SELECT current FROM fresh) GROUP BY GROUPING SETS (");
    String comma = "";
    for (String column : grouped) {
      sql.add(comma + "(" + column + ")");
      comma = ", ";
    }
    return sql.add(")");
  }

  /** One facet's counts from the {@code counted} aggregate. */
  private static Sql countedBranch(Facet facet, List<String> grouped) {
    int index = grouped.indexOf(DOG_COLUMN.get(COLUMN.get(facet)));
    // GROUPING() has a clear bit for the column grouped, the first column highest.
    int grouping = ((1 << grouped.size()) - 1) & ~(1 << (grouped.size() - 1 - index));
    String label = facet == Facet.BREED ? "breed_label" : "NULL";
    return new Sql()
        .add(
            " SELECT '"
                + facet.name()
                + "', g"
                + index
                + ", "
                + label
                + ", dogs FROM counted WHERE grouping = "
                + grouping
                + " AND g"
                + index
                + " IS NOT NULL");
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
