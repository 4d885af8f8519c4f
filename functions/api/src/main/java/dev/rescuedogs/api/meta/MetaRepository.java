package dev.rescuedogs.api.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Json;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The vocabularies of the filter menus, counted over the default catalog. */
public final class MetaRepository {

  /** Most dogs first, then by label. */
  public static final Comparator<Option> BY_COUNT =
      Comparator.comparingLong(Option::count)
          .reversed()
          .thenComparing(option -> option.label() == null ? "" : option.label());

  private static final CatalogFilters CATALOG = CatalogFilters.defaults();

  private final ConnectionPool pool;

  public MetaRepository(ConnectionPool pool) {
    this.pool = pool;
  }

  /** Breeds (by slug) with their group and count, optionally of some breed groups only. */
  public List<ObjectNode> breeds(Set<String> breedGroups) {
    Sql sql =
        catalog(
                "d.breed_slug, min(d.primary_breed) AS label, min(d.breed_group) AS breed_group, count(*) AS n")
            .add(
                " AND d.breed_slug IS NOT NULL AND d.breed_slug <> 'unknown' AND d.primary_breed IS NOT NULL");
    if (!breedGroups.isEmpty()) {
      sql.add(" AND d.breed_group = ANY(?)", Sql.textArray(breedGroups));
    }
    sql.add(" GROUP BY d.breed_slug ORDER BY n DESC, label, d.breed_slug");
    return pool.withConnection(
        connection ->
            sql.list(
                connection,
                row -> {
                  ObjectNode breed =
                      new Option(row.getString(1), row.getString(2), row.getLong(4)).toJson();
                  breed.put("breed_group", row.getString(3));
                  return breed;
                }));
  }

  public List<Option> breedGroups() {
    return options(
        catalog("d.breed_group, count(*)")
            .add(
                " AND d.breed_group IS NOT NULL AND d.breed_group <> 'Unknown' GROUP BY d.breed_group"),
        false);
  }

  public List<Option> locationCountries() {
    return options(catalog(CatalogSql.DOG_COUNTRY + ", count(*)").add(" GROUP BY 1"), true);
  }

  public List<Option> availableCountries() {
    return options(
        new Sql()
            .add("SELECT c, count(*)")
            .add(CatalogSql.from(CATALOG))
            .add(" CROSS JOIN LATERAL unnest(o.ships_to) AS c")
            .add(CatalogSql.where(CATALOG))
            .add(" GROUP BY c"),
        true);
  }

  /**
   * Regions named in {@code country} by organizations with dogs there, with those organizations'
   * dog counts.
   */
  public List<Option> regions(String country) {
    Sql sql =
        new Sql()
            .add("SELECT sr.region, count(*)")
            .add(CatalogSql.from(CATALOG))
            .add(
                " JOIN service_regions sr ON sr.organization_id = o.id AND sr.country = ? AND sr.region IS NOT NULL",
                country)
            .add(CatalogSql.where(CATALOG))
            .add(" GROUP BY sr.region");
    return options(sql, false);
  }

  private static Sql catalog(String columns) {
    return new Sql()
        .add("SELECT " + columns)
        .add(CatalogSql.from(CATALOG))
        .add(CatalogSql.where(CATALOG));
  }

  private List<Option> options(Sql sql, boolean countries) {
    return pool.withConnection(
        connection -> {
          List<Option> options =
              new java.util.ArrayList<>(
                  sql.list(
                      connection,
                      row -> {
                        String value = row.getString(1);
                        return new Option(
                            value,
                            countries ? Vocabulary.countryName(value) : value,
                            row.getLong(2));
                      }));
          options.sort(BY_COUNT);
          return options;
        });
  }

  static ObjectNode list(List<?> items) {
    ObjectNode body = Json.object();
    var data = body.putArray("data");
    for (Object item : items) {
      data.add(item instanceof Option option ? option.toJson() : (ObjectNode) item);
    }
    return body;
  }
}
