package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.http.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The public shape of dogs. Only these columns ever leave the database through the API; free-form
 * scraped data ({@code properties}) is read for the documented compatibility keys only.
 */
public final class AnimalJson {

  /** Columns of a catalog entry ({@code d} = dogs, {@code o} = organizations). */
  public static final String SUMMARY_COLUMNS =
      "d.id, d.slug, d.name, d.status, d.availability_confidence, d.standardized_breed, d.primary_breed,"
          + " d.secondary_breed, d.breed_type, d.breed_group, d.breed_slug, d.age_text, d.age_min_months,"
          + " d.age_max_months, d.age_category, d.sex, d.standardized_size, "
          + CatalogSql.DOG_COUNTRY
          + " AS dog_country, d.adoption_url, d.created_at, d.updated_at, o.slug AS organization_slug,"
          + " o.name AS organization_name, o.country AS organization_country";

  /** Primary image columns, evaluated per row of an already limited page {@code p}. */
  public static final String PRIMARY_IMAGE_JOIN =
      " LEFT JOIN LATERAL (SELECT coalesce(i.stored_url, i.original_url) AS image_url, i.width AS image_width,"
          + " i.height AS image_height, i.placeholder AS image_placeholder,"
          + " i.stored_url IS NOT NULL AS image_stored"
          + " FROM dog_images i WHERE i.dog_id = p.id ORDER BY i.position LIMIT 1) img ON true";

  private AnimalJson() {}

  /** A catalog entry from a row with {@link #SUMMARY_COLUMNS} and the primary image columns. */
  public static ObjectNode summary(ResultSet row, ImageVariants variants) throws SQLException {
    ObjectNode dog = Json.object();
    dog.put("id", row.getLong("id"));
    dog.put("slug", row.getString("slug"));
    dog.put("name", row.getString("name"));
    dog.put("status", row.getString("status"));
    dog.put("availability_confidence", row.getString("availability_confidence"));
    dog.set("breed", breed(row, false));
    dog.set("age", age(row));
    dog.put("sex", row.getString("sex"));
    dog.put("size", row.getString("standardized_size"));
    dog.put("location_country", row.getString("dog_country"));
    dog.set(
        "primary_image",
        image(
            row.getString("image_url"),
            Rows.integer(row, "image_width"),
            Rows.integer(row, "image_height"),
            row.getString("image_placeholder"),
            row.getBoolean("image_stored"),
            variants));
    ObjectNode organization = dog.putObject("organization");
    organization.put("slug", row.getString("organization_slug"));
    organization.put("name", row.getString("organization_name"));
    organization.put("country", row.getString("organization_country"));
    dog.put("added_at", Json.timestamp(Rows.timestamp(row, "created_at")));
    dog.put("updated_at", Json.timestamp(Rows.timestamp(row, "updated_at")));
    ObjectNode links = dog.putObject("links");
    links.put("self", "/api/animals/" + row.getString("slug"));
    links.put("adoption", row.getString("adoption_url"));
    return dog;
  }

  static ObjectNode breed(ResultSet row, boolean detailed) throws SQLException {
    ObjectNode breed = Json.object();
    breed.put("label", row.getString("standardized_breed"));
    breed.put("primary", row.getString("primary_breed"));
    breed.put("secondary", row.getString("secondary_breed"));
    breed.put("type", row.getString("breed_type"));
    breed.put("group", row.getString("breed_group"));
    breed.put("slug", row.getString("breed_slug"));
    if (detailed) {
      breed.put("stated", row.getString("breed_raw"));
      breed.put("confidence", Rows.decimal(row, "breed_confidence"));
    }
    return breed;
  }

  static ObjectNode age(ResultSet row) throws SQLException {
    ObjectNode age = Json.object();
    age.put("text", row.getString("age_text"));
    age.put("min_months", Rows.integer(row, "age_min_months"));
    age.put("max_months", Rows.integer(row, "age_max_months"));
    age.put("category", row.getString("age_category"));
    return age;
  }

  /**
   * An image: its URL, size and blurred placeholder (data URI) when known, and its sized variants
   * ({@link ImageVariants}).
   */
  static JsonNode image(
      String url,
      Integer width,
      Integer height,
      String placeholder,
      boolean stored,
      ImageVariants variants) {
    if (url == null) {
      return Json.object().nullNode();
    }
    ObjectNode image = Json.object();
    image.put("url", url);
    image.put("width", width);
    image.put("height", height);
    image.put("placeholder", placeholder);
    image.set("variants", variants.of(url, stored));
    return image;
  }

  /**
   * A compatibility answer from the scraped properties: {@code yes}, {@code no} or {@code unknown}.
   * Sites write "Yes", "no", true or false; anything else (e.g. "with older children") is unknown.
   */
  static String compatibility(String value) {
    if (value == null) {
      return "unknown";
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> "yes";
      case "no", "false" -> "no";
      default -> "unknown";
    };
  }

  /** The gallery from the detail query's JSON aggregate. */
  static ArrayNode images(String json, ImageVariants variants) {
    ArrayNode images = Json.array();
    if (json == null) {
      return images;
    }
    for (JsonNode image : Json.parse(json)) {
      ObjectNode item = images.addObject();
      item.put("position", image.path("position").asInt());
      String url = image.path("url").asText();
      item.put("url", url);
      item.set("width", image.get("width"));
      item.set("height", image.get("height"));
      item.set("placeholder", image.get("placeholder"));
      item.set("variants", variants.of(url, image.path("stored").asBoolean(false)));
    }
    return images;
  }
}
