package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.db.ShortLivedCache;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Reads dogs for the catalog endpoints. */
public final class AnimalRepository {

  /** Field changes a dog's public history shows; other columns' changes stay internal. */
  public static final Set<String> PUBLIC_HISTORY_FIELDS =
      Set.of(
          "name",
          "standardized_breed",
          "primary_breed",
          "secondary_breed",
          "breed_group",
          "breed_type",
          "age_text",
          "age_category",
          "sex",
          "standardized_size",
          "location_country",
          "adoption_url");

  private static final String DETAIL_SQL =
      "SELECT d.*, "
          + CatalogSql.DOG_COUNTRY
          + " AS dog_country, o.id AS organization_id, o.slug AS organization_slug,"
          + " o.name AS organization_name, o.country AS organization_country, o.city AS organization_city,"
          + " o.website_url AS organization_website, o.logo_url AS organization_logo, o.ships_to AS organization_ships_to,"
          + " o.adoption_fee_amount, o.adoption_fee_currency,"
          + " (SELECT json_agg(json_build_object('position', i.position, 'url', coalesce(i.stored_url, i.original_url),"
          + " 'width', i.width, 'height', i.height, 'placeholder', i.placeholder, 'stored', i.stored_url IS NOT NULL)"
          + " ORDER BY i.position) FROM dog_images i WHERE i.dog_id = d.id) AS images"
          + " FROM dogs d JOIN organizations o ON o.id = d.organization_id WHERE d.slug = ?";

  /** How long a list total is reused; see {@link ShortLivedCache}. */
  public static final java.time.Duration TOTALS_TTL = java.time.Duration.ofSeconds(60);

  private final ConnectionPool pool;
  private final ActiveOrganizations organizations;
  private final ImageVariants imageVariants;
  private final ShortLivedCache<Long> totals = new ShortLivedCache<>(TOTALS_TTL, 2000);

  public AnimalRepository(
      ConnectionPool pool, ActiveOrganizations organizations, ImageVariants imageVariants) {
    this.pool = pool;
    this.organizations = organizations;
    this.imageVariants = imageVariants;
  }

  /** A page of the catalog and the total count (reused for {@link #TOTALS_TTL}). */
  public CatalogPage page(CatalogQuery query) {
    CatalogOrganizations active = organizations.current();
    Sql pageSql = query.pageSql(active);
    Sql countSql = query.countSql(active);
    CatalogPage page =
        pool.withConnection(
            connection -> {
              List<ObjectNode> dogs = new ArrayList<>();
              ArrayNode lastKey = null;
              boolean more = false;
              try (PreparedStatement statement = pageSql.prepare(connection);
                  ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  if (dogs.size() == query.limit()) {
                    more = true;
                    break;
                  }
                  ObjectNode dog = AnimalJson.summary(rows, imageVariants);
                  if (query.filters().near() != null) {
                    dog.put("distance_km", Math.round(rows.getDouble("distance_km") * 10) / 10.0);
                  }
                  dogs.add(dog);
                  lastKey = query.keyOf(rows);
                }
              }
              return new CatalogPage(dogs, more ? lastKey : null, 0);
            });
    Optional<CatalogSummary> summary = CatalogSummary.of(query.filters(), active);
    long total =
        totals.get(
            query.filters().canonical(),
            () ->
                pool.withConnection(
                    connection -> {
                      if (summary.isPresent()) {
                        OptionalLong counted = summary.get().total(connection);
                        if (counted.isPresent()) {
                          return counted.getAsLong();
                        }
                      }
                      return countSql.list(connection, row -> row.getLong(1)).get(0);
                    }));
    return new CatalogPage(page.dogs(), page.nextKey(), total);
  }

  /** The statement behind {@link #bySlug}. */
  public static Sql detailSql(String slug) {
    return new Sql().add(DETAIL_SQL, slug);
  }

  /** The dog with this slug, in full. */
  public Optional<ObjectNode> bySlug(String slug) {
    return pool.withConnection(
        connection -> detailSql(slug).list(connection, this::detail).stream().findFirst());
  }

  /** The slug of the dog with this id. */
  public Optional<String> slugOf(long id) {
    return pool.withConnection(
        connection ->
            new Sql()
                    .add("SELECT slug FROM dogs WHERE id = ?", id)
                    .list(connection, row -> row.getString(1))
                    .stream()
                    .findFirst());
  }

  /** Id, slug and name of the dog with this slug. */
  public Optional<ObjectNode> identity(String slug) {
    return pool.withConnection(
        connection ->
            new Sql()
                    .add("SELECT id, slug, name FROM dogs WHERE slug = ?", slug)
                    .list(
                        connection,
                        row -> {
                          ObjectNode dog = Json.object();
                          dog.put("id", row.getLong("id"));
                          dog.put("slug", row.getString("slug"));
                          dog.put("name", row.getString("name"));
                          return dog;
                        })
                    .stream()
                    .findFirst());
  }

  /**
   * A page of a dog's history, newest first; {@code after} is the (occurred_at micros, id) key of
   * the last event of the previous page.
   */
  public List<ObjectNode> history(long dogId, ArrayNode after, int limit) {
    Sql sql =
        new Sql()
            .add(
                "SELECT id, event_type, field, old_value::text AS old_value, new_value::text AS new_value, occurred_at"
                    + " FROM dog_events WHERE dog_id = ? AND (event_type <> 'field_changed' OR field = ANY(?))",
                dogId,
                Sql.textArray(PUBLIC_HISTORY_FIELDS));
    if (after != null) {
      sql.add(
          " AND (occurred_at, id) < (?, ?)",
          java.time.Instant.EPOCH
              .plus(after.get(0).asLong(), java.time.temporal.ChronoUnit.MICROS)
              .atOffset(java.time.ZoneOffset.UTC),
          after.get(1).asLong());
    }
    sql.add(" ORDER BY occurred_at DESC, id DESC LIMIT ?", limit + 1);
    return pool.withConnection(
        connection ->
            sql.list(
                connection,
                row -> {
                  ObjectNode event = Json.object();
                  event.put("type", row.getString("event_type"));
                  event.put("occurred_at", Json.timestamp(Rows.timestamp(row, "occurred_at")));
                  if (row.getString("field") != null) {
                    event.put("field", row.getString("field"));
                  }
                  event.set("from", jsonOrNull(row.getString("old_value")));
                  event.set("to", jsonOrNull(row.getString("new_value")));
                  ArrayNode key = event.putArray("_key");
                  key.add(
                      java.time.temporal.ChronoUnit.MICROS.between(
                          java.time.Instant.EPOCH, Rows.timestamp(row, "occurred_at").toInstant()));
                  key.add(row.getLong("id"));
                  return event;
                }));
  }

  /** Up to {@code limit} dogs of the default catalog, picked at random. */
  public List<ObjectNode> random(int limit) {
    CatalogFilters filters = CatalogFilters.defaults();
    Sql sql =
        new Sql()
            .add("SELECT p.*, img.* FROM (SELECT " + AnimalJson.SUMMARY_COLUMNS)
            .add(CatalogSql.from(filters))
            .add(CatalogSql.where(filters))
            .add(" ORDER BY random() LIMIT ?) p" + AnimalJson.PRIMARY_IMAGE_JOIN, limit);
    return pool.withConnection(
        connection -> sql.list(connection, row -> AnimalJson.summary(row, imageVariants)));
  }

  /**
   * The dogs with these ids, whatever their status (favourites may have been adopted meanwhile).
   */
  public List<ObjectNode> byIds(long[] ids) {
    Sql sql =
        new Sql()
            .add(
                "SELECT p.*, img.* FROM (SELECT "
                    + AnimalJson.SUMMARY_COLUMNS
                    + " FROM dogs d JOIN organizations o ON o.id = d.organization_id WHERE d.id = ANY(?)) p"
                    + AnimalJson.PRIMARY_IMAGE_JOIN,
                (Object) ids);
    return pool.withConnection(
        connection -> sql.list(connection, row -> AnimalJson.summary(row, imageVariants)));
  }

  private static JsonNode jsonOrNull(String json) {
    return json == null ? Json.object().nullNode() : Json.parse(json);
  }

  private ObjectNode detail(ResultSet row) throws java.sql.SQLException {
    ObjectNode dog = Json.object();
    String slug = row.getString("slug");
    dog.put("id", row.getLong("id"));
    dog.put("slug", slug);
    dog.put("name", row.getString("name"));
    dog.put("status", row.getString("status"));
    ObjectNode availability = dog.putObject("availability");
    availability.put("confidence", row.getString("availability_confidence"));
    availability.put("first_seen_at", Json.timestamp(Rows.timestamp(row, "first_seen_at")));
    availability.put("last_seen_at", Json.timestamp(Rows.timestamp(row, "last_seen_at")));
    availability.put("status_since", Json.timestamp(Rows.timestamp(row, "status_changed_at")));
    availability.put("consecutive_runs_missing", row.getInt("consecutive_runs_missing"));
    availability.put("listed", row.getBoolean("active"));
    dog.set("breed", AnimalJson.breed(row, true));
    dog.set("age", AnimalJson.age(row));
    dog.put("sex", row.getString("sex"));
    ObjectNode size = dog.putObject("size");
    size.put("category", row.getString("standardized_size"));
    size.put("source", row.getString("size_source"));
    size.put("stated", row.getString("size_raw"));
    size.put("weight_kg", Rows.decimal(row, "weight_kg"));
    size.put("height_cm", Rows.decimal(row, "height_cm"));
    ObjectNode location = dog.putObject("location");
    location.put("country", row.getString("dog_country"));
    location.put("text", row.getString("location_text"));
    location.put("latitude", Rows.float8(row, "latitude"));
    location.put("longitude", Rows.float8(row, "longitude"));
    dog.put("description", row.getString("description"));
    JsonNode properties = Json.parse(row.getString("properties"));
    ObjectNode goodWith = dog.putObject("good_with");
    goodWith.put("dogs", AnimalJson.compatibility(text(properties.get("good_with_dogs"))));
    goodWith.put("cats", AnimalJson.compatibility(text(properties.get("good_with_cats"))));
    goodWith.put("children", AnimalJson.compatibility(text(properties.get("good_with_children"))));
    ArrayNode images = AnimalJson.images(row.getString("images"), imageVariants);
    dog.set("primary_image", images.isEmpty() ? Json.object().nullNode() : images.get(0));
    dog.set("images", images);
    ObjectNode organization = dog.putObject("organization");
    organization.put("id", row.getLong("organization_id"));
    organization.put("slug", row.getString("organization_slug"));
    organization.put("name", row.getString("organization_name"));
    organization.put("country", row.getString("organization_country"));
    organization.put("city", row.getString("organization_city"));
    organization.put("website_url", row.getString("organization_website"));
    organization.put("logo_url", row.getString("organization_logo"));
    ArrayNode shipsTo = organization.putArray("ships_to");
    for (String country : Rows.textArray(row, "organization_ships_to")) {
      shipsTo.add(country);
    }
    if (row.getBigDecimal("adoption_fee_amount") != null) {
      ObjectNode fee = organization.putObject("adoption_fee");
      fee.put("amount", row.getBigDecimal("adoption_fee_amount"));
      fee.put("currency", row.getString("adoption_fee_currency"));
    } else {
      organization.putNull("adoption_fee");
    }
    dog.put("added_at", Json.timestamp(Rows.timestamp(row, "created_at")));
    dog.put("updated_at", Json.timestamp(Rows.timestamp(row, "updated_at")));
    ObjectNode links = dog.putObject("links");
    links.put("self", "/api/animals/" + slug);
    links.put("history", "/api/animals/" + slug + "/history");
    links.put("organization", "/api/organizations/" + row.getString("organization_slug"));
    links.put("adoption", row.getString("adoption_url"));
    return dog;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
