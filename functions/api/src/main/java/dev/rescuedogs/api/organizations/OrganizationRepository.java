package dev.rescuedogs.api.organizations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.AnimalJson;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.ImageVariants;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads organizations with live counts of their dogs in the default catalog. */
public final class OrganizationRepository {

  /** Dogs of organization {@code o} in the default catalog: count and added in the last 7 days. */
  private static final String COUNTS_JOIN =
      " LEFT JOIN LATERAL (SELECT count(*) AS dog_count,"
          + " count(*) FILTER (WHERE d.created_at >= now() - interval '7 days') AS new_this_week"
          + " FROM dogs d WHERE d.organization_id = o.id AND d.status = 'available' AND d.active"
          + " AND d.availability_confidence IN ('high', 'medium')) counts ON true";

  private static final String COLUMNS =
      "o.id, o.slug, o.name, o.description, o.country, o.city, o.website_url, o.logo_url, o.ships_to, o.social,"
          + " o.adoption_fee_amount, o.adoption_fee_currency, o.established_year, o.active,"
          + " counts.dog_count, counts.new_this_week";

  private final ConnectionPool pool;
  private final ImageVariants imageVariants;

  public OrganizationRepository(ConnectionPool pool, ImageVariants imageVariants) {
    this.pool = pool;
    this.imageVariants = imageVariants;
  }

  /** Active organizations matching the filters, by name, after {@code after} = (name, id). */
  public List<ObjectNode> list(Set<String> countries, String text, ArrayNode after, int limit) {
    Sql sql =
        new Sql()
            .add("SELECT " + COLUMNS + " FROM organizations o" + COUNTS_JOIN)
            .add(filters(countries, text));
    if (after != null) {
      sql.add(" AND (o.name, o.id) > (?, ?)", after.get(0).asText(), after.get(1).asLong());
    }
    sql.add(" ORDER BY o.name, o.id LIMIT ?", limit + 1);
    return pool.withConnection(
        connection ->
            sql.list(
                connection,
                row -> {
                  ObjectNode organization = summary(row);
                  ArrayNode key = organization.putArray("_key");
                  key.add(row.getString("name"));
                  key.add(row.getLong("id"));
                  return organization;
                }));
  }

  public long count(Set<String> countries, String text) {
    Sql sql = new Sql().add("SELECT count(*) FROM organizations o").add(filters(countries, text));
    return pool.withConnection(connection -> sql.list(connection, row -> row.getLong(1)).get(0));
  }

  public Optional<String> slugOf(long id) {
    return pool.withConnection(
        connection ->
            new Sql()
                    .add("SELECT slug FROM organizations WHERE id = ?", id)
                    .list(connection, row -> row.getString(1))
                    .stream()
                    .findFirst());
  }

  /** One organization with its places, regions and newest dogs. */
  public Optional<ObjectNode> bySlug(String slug, int recentDogs) {
    Sql organizationSql =
        new Sql()
            .add(
                "SELECT "
                    + COLUMNS
                    + ", (SELECT json_agg(json_build_object('name', l.name, 'city', l.city,"
                    + " 'country', l.country, 'latitude', l.latitude, 'longitude', l.longitude) ORDER BY l.position)"
                    + " FROM organization_locations l WHERE l.organization_id = o.id) AS locations,"
                    + " (SELECT json_agg(json_build_object('country', s.country, 'region', s.region)"
                    + " ORDER BY s.country, s.region NULLS FIRST) FROM service_regions s WHERE s.organization_id = o.id) AS regions"
                    + " FROM organizations o"
                    + COUNTS_JOIN
                    + " WHERE o.slug = ?",
                slug);
    CatalogFilters catalog = CatalogFilters.defaults();
    Sql recentSql =
        new Sql()
            .add("SELECT p.*, img.* FROM (SELECT " + AnimalJson.SUMMARY_COLUMNS)
            .add(CatalogSql.from(catalog))
            .add(CatalogSql.where(catalog))
            .add(
                " AND o.slug = ? ORDER BY d.created_at DESC, d.id DESC LIMIT ?) p"
                    + AnimalJson.PRIMARY_IMAGE_JOIN
                    + " ORDER BY p.created_at DESC, p.id DESC",
                slug,
                recentDogs);
    return pool.withConnection(
        connection -> {
          Optional<ObjectNode> found =
              organizationSql
                  .list(
                      connection,
                      row -> {
                        ObjectNode organization = summary(row);
                        organization.set(
                            "locations",
                            row.getString("locations") == null
                                ? Json.array()
                                : Json.parse(row.getString("locations")));
                        organization.set(
                            "service_regions",
                            row.getString("regions") == null
                                ? Json.array()
                                : Json.parse(row.getString("regions")));
                        return organization;
                      })
                  .stream()
                  .findFirst();
          if (found.isPresent()) {
            ArrayNode recent = found.get().putArray("recent_dogs");
            recentSql
                .list(connection, row -> AnimalJson.summary(row, imageVariants))
                .forEach(recent::add);
          }
          return found;
        });
  }

  private static Sql filters(Set<String> countries, String text) {
    Sql sql = new Sql().add(" WHERE o.active");
    if (!countries.isEmpty()) {
      sql.add(" AND o.country = ANY(?)", Sql.textArray(countries));
    }
    if (text != null) {
      sql.add(
          " AND search_fold(o.name) LIKE '%' || search_fold(?) || '%'", escapeLike(text.strip()));
    }
    return sql;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static ObjectNode summary(ResultSet row) throws SQLException {
    ObjectNode organization = Json.object();
    String slug = row.getString("slug");
    organization.put("id", row.getLong("id"));
    organization.put("slug", slug);
    organization.put("name", row.getString("name"));
    organization.put("description", row.getString("description"));
    organization.put("country", row.getString("country"));
    organization.put("city", row.getString("city"));
    organization.put("website_url", row.getString("website_url"));
    organization.put("logo_url", row.getString("logo_url"));
    ArrayNode shipsTo = organization.putArray("ships_to");
    for (String country : Rows.textArray(row, "ships_to")) {
      shipsTo.add(country);
    }
    organization.set("social", Json.parse(row.getString("social")));
    if (row.getBigDecimal("adoption_fee_amount") != null) {
      ObjectNode fee = organization.putObject("adoption_fee");
      fee.put("amount", row.getBigDecimal("adoption_fee_amount"));
      fee.put("currency", row.getString("adoption_fee_currency"));
    } else {
      organization.putNull("adoption_fee");
    }
    organization.put("established_year", Rows.integer(row, "established_year"));
    organization.put("active", row.getBoolean("active"));
    organization.put("dog_count", row.getLong("dog_count"));
    organization.put("new_this_week", row.getLong("new_this_week"));
    ObjectNode links = organization.putObject("links");
    links.put("self", "/api/organizations/" + slug);
    links.put("animals", "/api/animals?organization=" + slug);
    return organization;
  }
}
