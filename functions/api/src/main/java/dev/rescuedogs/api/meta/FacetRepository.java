package dev.rescuedogs.api.meta;

import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.ShortLivedCache;
import dev.rescuedogs.api.db.Sql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for filter menus. Facet counts read the matching dogs once (a materialized CTE that also
 * evaluates each facet's own filter as a flag) and aggregate that set once per facet, each facet
 * ignoring its own flag.
 */
public final class FacetRepository {

  private static final Map<Facet, String> FLAG = new EnumMap<>(Facet.class);
  private static final Map<Facet, String> VALUE = new EnumMap<>(Facet.class);

  static {
    for (Facet facet : Facet.values()) {
      FLAG.put(facet, "f_" + facet.name().toLowerCase(java.util.Locale.ROOT));
    }
    VALUE.put(Facet.SIZE, "standardized_size, standardized_size");
    VALUE.put(Facet.AGE_CATEGORY, "age_category, age_category");
    VALUE.put(Facet.SEX, "sex, sex");
    VALUE.put(Facet.BREED, "breed_slug, min(primary_breed)");
    VALUE.put(Facet.BREED_GROUP, "breed_group, breed_group");
    VALUE.put(Facet.ORGANIZATION, "organization_slug, min(organization_name)");
    VALUE.put(Facet.LOCATION_COUNTRY, "dog_country, dog_country");
    VALUE.put(Facet.AVAILABLE_TO, "c, c");
  }

  private final ConnectionPool pool;
  private final ShortLivedCache<FacetCounts> cache = new ShortLivedCache<>(Duration.ofSeconds(60), 500);

  public FacetRepository(ConnectionPool pool) {
    this.pool = pool;
  }

  /** The statement behind {@link #facets}: rows of (facet, value, label, count); facet 'TOTAL' has the total. */
  public static Sql facetSql(CatalogFilters filters) {
    Sql sql = new Sql();
    if (filters.near() != null) {
      sql.add(CatalogSql.with(filters)).add(", base AS MATERIALIZED (");
    } else {
      sql.add("WITH base AS MATERIALIZED (");
    }
    sql.add("SELECT d.standardized_size, d.age_category, d.sex, d.breed_slug, d.primary_breed, d.breed_group,"
        + " o.slug AS organization_slug, o.name AS organization_name, " + CatalogSql.DOG_COUNTRY + " AS dog_country,"
        + " o.ships_to");
    for (Facet facet : Facet.values()) {
      sql.add(", ").add(CatalogSql.facetCondition(filters, facet)).add(" AS " + FLAG.get(facet));
    }
    sql.add(CatalogSql.from(filters)).add(CatalogSql.where(filters, EnumSet.allOf(Facet.class))).add(")");
    for (Facet facet : Facet.values()) {
      String value = VALUE.get(facet);
      String column = value.substring(0, value.indexOf(','));
      sql.add(" SELECT '" + facet.name() + "' AS facet, " + value + ", count(*) FROM base");
      if (facet == Facet.AVAILABLE_TO) {
        sql.add(" CROSS JOIN LATERAL unnest(base.ships_to) AS c");
      }
      sql.add(" WHERE " + column + " IS NOT NULL");
      for (Facet other : Facet.values()) {
        if (other != facet && CatalogSql.isSet(filters, other)) {
          sql.add(" AND " + FLAG.get(other));
        }
      }
      sql.add(" GROUP BY " + column + " UNION ALL");
    }
    sql.add(" SELECT 'TOTAL', NULL, NULL, count(*) FROM base WHERE true");
    for (Facet facet : Facet.values()) {
      if (CatalogSql.isSet(filters, facet)) {
        sql.add(" AND " + FLAG.get(facet));
      }
    }
    return sql;
  }

  /** Options per facet, most frequent first, and the total under all filters (reused for 60 s). */
  public FacetCounts facets(CatalogFilters filters) {
    return cache.get(filters.canonical(), () -> count(filters));
  }

  private FacetCounts count(CatalogFilters filters) {
    Sql sql = facetSql(filters);
    return pool.withConnection(connection -> {
      Map<Facet, List<Option>> options = new LinkedHashMap<>();
      for (Facet facet : Facet.values()) {
        options.put(facet, new ArrayList<>());
      }
      long[] total = {0};
      sql.list(connection, row -> {
        String facet = row.getString(1);
        if (facet.equals("TOTAL")) {
          total[0] = row.getLong(4);
        } else {
          Facet which = Facet.valueOf(facet);
          options.get(which).add(new Option(row.getString(2), label(which, row.getString(2), row.getString(3)),
              row.getLong(4)));
        }
        return null;
      });
      options.values().forEach(list -> list.sort(MetaRepository.BY_COUNT));
      return new FacetCounts(options, total[0]);
    });
  }

  static String label(Facet facet, String value, String label) {
    switch (facet) {
      case SIZE:
        return Vocabulary.sizeLabel(value);
      case LOCATION_COUNTRY:
      case AVAILABLE_TO:
        return Vocabulary.countryName(value);
      default:
        return label;
    }
  }

  /** The counts of every facet. */
  public record FacetCounts(Map<Facet, List<Option>> options, long total) {}
}
