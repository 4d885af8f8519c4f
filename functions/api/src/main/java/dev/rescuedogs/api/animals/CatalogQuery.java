package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One catalog request: filters, order, page size and where the page starts.
 *
 * @param seed the random order's seed (only for {@link Sort#RANDOM})
 * @param after sort key of the last dog of the previous page (from the cursor), or null for the
 *     first page
 */
public record CatalogQuery(
    CatalogFilters filters, Sort sort, String seed, int limit, ArrayNode after) {

  /** What a cursor must match to continue this query. */
  public String canonical() {
    return filters.canonical() + ";sort=" + sort.parameter() + ";seed=" + seed;
  }

  /** The page query: one more row than asked, to know whether another page follows. */
  public Sql pageSql(CatalogOrganizations organizations) {
    String direction = sort.ascending() ? "ASC" : "DESC";
    Sql inner =
        new Sql()
            .add("SELECT " + AnimalJson.SUMMARY_COLUMNS + ", ")
            .add(sortKey())
            .add(" AS sort_key");
    if (filters.near() != null) {
      inner.add(", ").add(CatalogSql.distance(filters)).add(" AS distance_km");
    }
    inner.add(CatalogSql.from(filters)).add(CatalogSql.where(filters, organizations));
    if (after != null) {
      inner
          .add(" AND (")
          .add(sortKey())
          .add(
              ", d.id) " + (sort.ascending() ? ">" : "<") + " (?, ?)",
              keyValue(after.get(0)),
              after.get(1).asLong());
    }
    inner.add(" ORDER BY sort_key " + direction + ", d.id " + direction + " LIMIT ?", limit + 1);
    return new Sql()
        .add(CatalogSql.with(filters))
        .add("SELECT p.*, img.* FROM (")
        .add(inner)
        .add(
            ") p"
                + AnimalJson.PRIMARY_IMAGE_JOIN
                + " ORDER BY p.sort_key "
                + direction
                + ", p.id "
                + direction);
  }

  /** How many dogs match the filters. */
  public Sql countSql(CatalogOrganizations organizations) {
    return new Sql()
        .add(CatalogSql.with(filters))
        .add("SELECT count(*)")
        .add(CatalogSql.fromDogs(filters))
        .add(CatalogSql.where(filters, organizations));
  }

  private Sql sortKey() {
    return switch (sort) {
      case NEWEST, OLDEST -> new Sql().add("d.created_at");
      case NAME_ASC, NAME_DESC -> new Sql().add("d.name");
      case DISTANCE -> CatalogSql.distance(filters);
      case RANDOM -> new Sql().add("md5(? || d.id::text)", seed);
    };
  }

  /** Whether a decoded cursor key has the shape this sort writes. */
  public boolean acceptsKey(ArrayNode key) {
    if (key.size() != 2 || !key.get(1).canConvertToLong() || !key.get(1).isIntegralNumber()) {
      return false;
    }
    JsonNode value = key.get(0);
    return switch (sort) {
      // Microseconds since 1970, up to the year 2100.
      case NEWEST, OLDEST ->
          value.isIntegralNumber()
              && value.canConvertToLong()
              && value.asLong() >= 0
              && value.asLong() <= 4_102_444_800_000_000L;
      case DISTANCE ->
          value.isNumber()
              && Double.isFinite(value.asDouble())
              && value.asDouble() >= 0
              && value.asDouble() <= 20_100;
      case NAME_ASC, NAME_DESC -> value.isTextual() && value.asText().length() <= 200;
      case RANDOM -> value.isTextual() && value.asText().matches("[0-9a-f]{32}");
    };
  }

  /** The cursor key of a row: its sort value and id. */
  public ArrayNode keyOf(java.sql.ResultSet row) throws java.sql.SQLException {
    ArrayNode key = Json.array();
    switch (sort) {
      case NEWEST, OLDEST -> {
        Instant time = row.getObject("sort_key", OffsetDateTime.class).toInstant();
        key.add(ChronoUnit.MICROS.between(Instant.EPOCH, time));
      }
      case DISTANCE -> key.add(row.getDouble("sort_key"));
      default -> key.add(row.getString("sort_key"));
    }
    key.add(row.getLong("id"));
    return key;
  }

  private Object keyValue(JsonNode value) {
    return switch (sort) {
      case NEWEST, OLDEST ->
          Instant.EPOCH.plus(value.asLong(), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
      case DISTANCE -> value.asDouble();
      default -> value.asText();
    };
  }
}
