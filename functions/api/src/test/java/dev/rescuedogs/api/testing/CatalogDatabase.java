package dev.rescuedogs.api.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Writes catalog rows for tests and benchmarks (the API itself only reads). */
public final class CatalogDatabase {

  private final DataSource dataSource;

  public CatalogDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** An organization with one location per {@code places} entry (name, country, lat, lon). */
  public long organization(
      String slug,
      String name,
      String country,
      boolean active,
      List<String> shipsTo,
      List<Object[]> places,
      List<String[]> serviceRegions) {
    try (Connection connection = dataSource.getConnection()) {
      long id;
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO organizations (config_id, slug, name, website_url, country, city, ships_to, active,"
                  + " adoption_fee_amount, adoption_fee_currency, logo_url, description, social)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 350.00, 'EUR', ?, ?, '{\"facebook\": \"https://facebook.com/x\"}')"
                  + " RETURNING id")) {
        statement.setString(1, slug);
        statement.setString(2, slug);
        statement.setString(3, name);
        statement.setString(4, "https://" + slug + ".example.org");
        statement.setString(5, country);
        statement.setString(6, "City of " + name);
        statement.setArray(7, connection.createArrayOf("text", shipsTo.toArray()));
        statement.setBoolean(8, active);
        statement.setString(9, "https://" + slug + ".example.org/logo.png");
        statement.setString(10, name + " rescues dogs.");
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          id = rows.getLong(1);
        }
      }
      int position = 0;
      for (Object[] place : places) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO organization_locations (organization_id, position, name, country, latitude, longitude)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
          statement.setLong(1, id);
          statement.setInt(2, position++);
          statement.setString(3, (String) place[0]);
          statement.setString(4, (String) place[1]);
          statement.setDouble(5, (Double) place[2]);
          statement.setDouble(6, (Double) place[3]);
          statement.executeUpdate();
        }
      }
      for (String[] region : serviceRegions) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO service_regions (organization_id, country, region) VALUES (?, ?, ?)")) {
          statement.setLong(1, id);
          statement.setString(2, region[0]);
          statement.setString(3, region.length > 1 ? region[1] : null);
          statement.executeUpdate();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts dogs in batches; returns their ids in order. Slugs are name-breed-id. */
  public List<Long> dogs(List<DogRow> dogs) {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT nextval(pg_get_serial_sequence('dogs', 'id')) FROM generate_series(1, "
                      + dogs.size()
                      + ")")) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO dogs (id, organization_id, external_id, slug, name, adoption_url, status, active,"
                  + " availability_confidence, consecutive_runs_missing, breed_raw, standardized_breed, primary_breed,"
                  + " secondary_breed, breed_type, breed_group, breed_slug, breed_confidence, age_text, age_min_months,"
                  + " age_max_months, age_category, sex, size_raw, standardized_size, size_source, weight_kg,"
                  + " location_text, location_country, latitude, longitude, description, properties, first_seen_at,"
                  + " last_seen_at, created_at, updated_at, status_changed_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < dogs.size(); i++) {
          DogRow dog = dogs.get(i);
          long id = ids.get(i);
          int c = 1;
          statement.setLong(c++, id);
          statement.setLong(c++, dog.organizationId);
          statement.setString(c++, dog.externalId == null ? "ext-" + id : dog.externalId);
          statement.setString(c++, slug(dog, id));
          statement.setString(c++, dog.name);
          statement.setString(c++, "https://example.org/adopt/" + id);
          statement.setString(c++, dog.status);
          statement.setBoolean(c++, dog.active);
          statement.setString(c++, dog.confidence);
          statement.setInt(c++, dog.runsMissing);
          statement.setString(c++, dog.breedRaw);
          statement.setString(c++, dog.standardizedBreed);
          statement.setString(c++, dog.primaryBreed);
          statement.setString(c++, dog.secondaryBreed);
          statement.setString(c++, dog.breedType);
          statement.setString(c++, dog.breedGroup);
          statement.setString(c++, dog.breedSlug);
          setDouble(statement, c++, dog.breedConfidence);
          statement.setString(c++, dog.ageText);
          setInt(statement, c++, dog.ageMin);
          setInt(statement, c++, dog.ageMax);
          statement.setString(c++, dog.ageCategory);
          statement.setString(c++, dog.sex);
          statement.setString(c++, dog.sizeRaw);
          statement.setString(c++, dog.size);
          statement.setString(c++, dog.size == null ? null : "stated");
          setDouble(statement, c++, dog.weightKg);
          statement.setString(c++, dog.locationText);
          statement.setString(c++, dog.locationCountry);
          setDouble(statement, c++, dog.latitude);
          setDouble(statement, c++, dog.longitude);
          statement.setString(c++, dog.description);
          statement.setString(c++, dog.propertiesJson);
          OffsetDateTime created = dog.createdAt;
          statement.setObject(c++, created);
          statement.setObject(c++, created.plusDays(1));
          statement.setObject(c++, created);
          statement.setObject(c++, created);
          statement.setObject(c++, created);
          statement.addBatch();
          if ((i + 1) % 1000 == 0) {
            statement.executeBatch();
          }
        }
        statement.executeBatch();
      }
      connection.commit();
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds images at positions 0.. to a dog. */
  public void images(long dogId, int count) {
    execute(
        "INSERT INTO dog_images (dog_id, position, original_url, storage_key, stored_url, width, height)"
            + " SELECT "
            + dogId
            + ", p, 'https://example.org/original/"
            + dogId
            + "/' || p || '.jpg',"
            + " 'dogs/"
            + dogId
            + "/' || p || '.jpg', 'https://images.example.org/dogs/"
            + dogId
            + "/' || p || '.jpg',"
            + " 800, 600 FROM generate_series(0, "
            + (count - 1)
            + ") p");
  }

  /** Runs SQL (fixtures only: never with request input). */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static String slug(DogRow dog, long id) {
    String base =
        (dog.name + " " + (dog.primaryBreed == null ? "" : dog.primaryBreed))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return (base.isEmpty() ? "dog" : base) + "-" + id;
  }

  private static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static void setInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
