package dev.rescuedogs.api.statistics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/animals/statistics}: totals of the default catalog, per country and per organization.
 */
public final class StatisticsRoutes {

  /** One scan, three groupings: overall, per dog country, per organization. */
  public static final Sql STATISTICS_SQL =
      new Sql()
          .add(
              "SELECT GROUPING("
                  + CatalogSql.DOG_COUNTRY
                  + ") AS no_country, GROUPING(o.slug) AS no_organization, "
                  + CatalogSql.DOG_COUNTRY
                  + " AS country, o.slug, min(o.name) AS name, min(o.country) AS organization_country,"
                  + " count(*) AS dogs, count(*) FILTER (WHERE d.created_at >= now() - interval '7 days') AS new_this_week")
          .add(CatalogSql.from(CatalogFilters.defaults()))
          .add(CatalogSql.where(CatalogFilters.defaults()))
          .add(" GROUP BY GROUPING SETS ((), (" + CatalogSql.DOG_COUNTRY + "), (o.slug))");

  private final ConnectionPool pool;

  public StatisticsRoutes(ConnectionPool pool) {
    this.pool = pool;
  }

  public List<Route> routes() {
    return List.of(new Route("/api/animals/statistics", Set.of(), this::statistics));
  }

  private HttpResponse statistics(RouteRequest request) {
    request.parameters().requireValid();
    ObjectNode body = Json.object();
    body.put("total_dogs", 0);
    body.put("new_this_week", 0);
    body.put("total_organizations", 0);
    ArrayNode countries = body.putArray("countries");
    ArrayNode organizations = body.putArray("organizations");
    pool.withConnection(
        connection ->
            STATISTICS_SQL.list(
                connection,
                row -> {
                  boolean overall =
                      row.getInt("no_country") == 1 && row.getInt("no_organization") == 1;
                  if (overall) {
                    body.put("total_dogs", row.getLong("dogs"));
                    body.put("new_this_week", row.getLong("new_this_week"));
                  } else if (row.getInt("no_country") == 0) {
                    ObjectNode country = countries.addObject();
                    country.put("value", row.getString("country"));
                    country.put("label", Vocabulary.countryName(row.getString("country")));
                    country.put("count", row.getLong("dogs"));
                  } else {
                    ObjectNode organization = organizations.addObject();
                    organization.put("slug", row.getString("slug"));
                    organization.put("name", row.getString("name"));
                    organization.put("country", row.getString("organization_country"));
                    organization.put("dog_count", row.getLong("dogs"));
                    organization.put("new_this_week", row.getLong("new_this_week"));
                    organization
                        .putObject("links")
                        .put("self", "/api/organizations/" + row.getString("slug"));
                  }
                  return null;
                }));
    body.put("total_organizations", organizations.size());
    sortByCount(countries, "count");
    sortByCount(organizations, "dog_count");
    return HttpResponse.json(Json.bytes(body), CachePolicy.SUMMARY);
  }

  private static void sortByCount(ArrayNode array, String field) {
    List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    items.sort(
        java.util.Comparator.comparingLong(
                (com.fasterxml.jackson.databind.JsonNode item) -> item.get(field).asLong())
            .reversed()
            .thenComparing(item -> item.path("value").asText(item.path("slug").asText())));
    array.removeAll();
    items.forEach(array::add);
  }
}
