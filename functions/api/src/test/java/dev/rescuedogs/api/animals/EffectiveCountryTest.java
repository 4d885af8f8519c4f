package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.api.testing.CatalogDatabase;
import dev.rescuedogs.api.testing.DogRow;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dogs.effective_country} (migration V7), which the catalog filters and counts by, follows
 * both of its sources: the dog's own location and its organization's country.
 */
class EffectiveCountryTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void followsTheDogsLocationElseItsOrganizationsCountry() throws SQLException {
    Migrations.migrate(db.dataSource());
    CatalogDatabase catalog = new CatalogDatabase(db.dataSource());
    long paws =
        catalog.organization(
            "happy-paws",
            "Happy Paws",
            "DE",
            true,
            List.of("DE"),
            List.<Object[]>of(new Object[] {"Berlin", "DE", 52.5, 13.4}),
            List.of());
    long rean =
        catalog.organization(
            "rean",
            "REAN",
            "GB",
            true,
            List.of("GB"),
            List.<Object[]>of(new Object[] {"London", "GB", 51.5, -0.1}),
            List.of());
    DogRow located = new DogRow(paws, "Located");
    located.locationCountry = "RO";
    List<Long> ids = catalog.dogs(List.of(new DogRow(paws, "Homed"), located));
    long homed = ids.get(0);
    long roaming = ids.get(1);

    assertThat(country(homed)).isEqualTo("DE");
    assertThat(country(roaming)).isEqualTo("RO");

    execute("UPDATE dogs SET location_country = 'AT' WHERE id = " + homed);
    assertThat(country(homed)).isEqualTo("AT");
    execute("UPDATE dogs SET location_country = NULL WHERE id = " + homed);
    assertThat(country(homed)).isEqualTo("DE");

    execute("UPDATE organizations SET country = 'CH' WHERE id = " + paws);
    assertThat(country(homed)).isEqualTo("CH");
    assertThat(country(roaming)).as("a dog with its own location keeps it").isEqualTo("RO");

    execute("UPDATE dogs SET organization_id = " + rean + " WHERE id = " + homed);
    assertThat(country(homed)).isEqualTo("GB");

    execute("UPDATE dogs SET effective_country = 'FR' WHERE id = " + homed);
    assertThat(country(homed)).as("writers cannot set it").isEqualTo("GB");

    // The weekly "seen again" update does not touch it.
    execute("UPDATE dogs SET last_seen_at = now() WHERE id = " + roaming);
    assertThat(country(roaming)).isEqualTo("RO");
  }

  private static String country(long dogId) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT effective_country FROM dogs WHERE id = " + dogId)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
