package dev.rescuedogs.api.testing;

import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.store.migration.Migrations;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A small catalog whose every row is known, for contract tests: three active organizations and one
 * inactive, a dozen dogs covering each filter, images, history and scrape sessions.
 */
public final class CatalogFixture {

  public static final String ADMIN_KEY = "operator-key-for-tests-0123456789";
  public static final OffsetDateTime BASE =
      OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  public final Map<String, Long> organizations = new LinkedHashMap<>();
  public final Map<String, Long> dogs = new LinkedHashMap<>();
  public final Map<String, String> slugs = new HashMap<>();

  private CatalogFixture() {}

  /** Migrates the database and inserts the fixture. */
  public static CatalogFixture seed(DataSource dataSource) {
    Migrations.migrate(dataSource);
    CatalogDatabase db = new CatalogDatabase(dataSource);
    CatalogFixture fixture = new CatalogFixture();
    long paws =
        db.organization(
            "happy-paws",
            "Happy Paws",
            "DE",
            true,
            List.of("DE", "AT", "CH"),
            List.<Object[]>of(new Object[] {"Berlin shelter", "DE", 52.52, 13.405}),
            List.<String[]>of(new String[] {"DE"}));
    long rean =
        db.organization(
            "rean",
            "REAN",
            "GB",
            true,
            List.of("GB"),
            List.<Object[]>of(
                new Object[] {"Foster homes", "GB", 51.5074, -0.1278},
                new Object[] {"Shelters in Romania", "RO", 45.9432, 24.9668}),
            List.<String[]>of(
                new String[] {"GB"},
                new String[] {"RO", "Bucharest"},
                new String[] {"RO", "Cluj"}));
    long galgos =
        db.organization(
            "galgos-del-sol",
            "Galgos del Sol",
            "ES",
            true,
            List.of("GB", "DE", "NL"),
            List.<Object[]>of(new Object[] {"Finca", "ES", 36.72, -4.42}),
            List.<String[]>of(new String[] {"ES", "Andalusia"}));
    long closed =
        db.organization(
            "closed-rescue",
            "Closed Rescue",
            "GB",
            false,
            List.of("GB"),
            List.<Object[]>of(new Object[] {"Closed", "GB", 53.48, -2.24}),
            List.<String[]>of(new String[] {"GB"}));
    fixture.organizations.putAll(
        Map.of(
            "happy-paws", paws, "rean", rean, "galgos-del-sol", galgos, "closed-rescue", closed));

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, DogRow> rows = new LinkedHashMap<>();
    rows.put(
        "Buddy",
        new DogRow(paws, "Buddy")
            .breed(
                "Labrador Retriever",
                "Labrador Retriever",
                "Sporting",
                "purebred",
                "labrador-retriever")
            .age("4 years", 48, 60, "Adult")
            .sex("Male")
            .size("Large")
            .created(BASE.minusDays(30))
            .description("A friendly family dog who loves swimming.")
            .properties(
                "{\"good_with_dogs\": \"Yes\", \"good_with_cats\": false, \"good_with_children\": \"older children\","
                    + " \"medical\": \"internal note\"}"));
    rows.put(
        "Luna",
        new DogRow(rean, "Luna")
            .breed("Mixed Breed", "Mixed Breed", "Mixed", "mixed", "mixed-breed")
            .age("2 years", 24, 36, "Young")
            .sex("Female")
            .size("Medium")
            .confidence("medium")
            .location("RO", null, null)
            .created(BASE.minusDays(20))
            .properties("{\"good_with_cats\": \"no\"}"));
    rows.put(
        "Max",
        new DogRow(galgos, "Max")
            .breed("Galgo Español", "Galgo Español", "Hound", "purebred", "galgo-espanol")
            .age("9 years", 108, 132, "Senior")
            .sex("Male")
            .size("Large")
            .created(BASE.minusDays(10))
            .properties("{\"good_with_dogs\": true}"));
    rows.put(
        "Bella",
        new DogRow(paws, "Bella")
            .breed("Chihuahua", "Chihuahua", "Toy", "purebred", "chihuahua")
            .age("3 months", 3, 5, "Puppy")
            .sex("Female")
            .size("Tiny")
            .created(BASE.minusDays(5)));
    rows.put(
        "Rocky",
        new DogRow(rean, "Rocky")
            .breed(
                "Staffordshire Bull Terrier Cross",
                "Staffordshire Bull Terrier",
                "Terrier",
                "crossbreed",
                "staffordshire-bull-terrier")
            .age("5 years", 60, 72, "Adult")
            .sex("Male")
            .size("Medium")
            .location("GB", 53.4808, -2.2426)
            .created(now.minusDays(2))
            .description("Rocky is a gentle lad; cat-friendly."));
    rows.put(
        "Señor Müller",
        new DogRow(galgos, "Señor Müller")
            .breed("Podenco Cross", "Podenco", "Hound", "crossbreed", "podenco")
            .age("1 year", 12, 24, "Young")
            .sex("Male")
            .size("Medium")
            .created(BASE.minusDays(3)));
    rows.put(
        "Sunny_Boy",
        new DogRow(paws, "Sunny_Boy")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .age("6 years", 72, 84, "Adult")
            .sex("Male")
            .size("Small")
            .created(BASE.minusDays(2)));
    rows.put(
        "Ann%e",
        new DogRow(paws, "Ann%e")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .age("7 years", 84, 96, "Adult")
            .sex("Female")
            .size("Small")
            .created(BASE.minusDays(1)));
    rows.put("Mystery", new DogRow(rean, "Mystery").created(BASE.minusDays(40)));
    rows.put(
        "Oscar",
        new DogRow(paws, "Oscar")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .status("adopted", false)
            .created(BASE.minusDays(50)));
    rows.put(
        "Nala",
        new DogRow(rean, "Nala")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .status("reserved", true)
            .created(BASE.minusDays(45)));
    rows.put(
        "Ghost",
        new DogRow(paws, "Ghost")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .confidence("low")
            .created(BASE.minusDays(35)));
    rows.put(
        "Hidden",
        new DogRow(closed, "Hidden")
            .breed("Beagle", "Beagle", "Hound", "purebred", "beagle")
            .created(BASE.minusDays(15)));
    List<DogRow> list = List.copyOf(rows.values());
    List<Long> ids = db.dogs(list);
    int i = 0;
    for (String name : rows.keySet()) {
      fixture.dogs.put(name, ids.get(i));
      fixture.slugs.put(name, CatalogDatabase.slug(list.get(i), ids.get(i)));
      i++;
    }
    db.images(fixture.dogs.get("Buddy"), 3);
    db.images(fixture.dogs.get("Luna"), 1);
    long buddy = fixture.dogs.get("Buddy");
    db.execute(
        "INSERT INTO dog_events (dog_id, event_type, field, old_value, new_value, occurred_at) VALUES"
            + " ("
            + buddy
            + ", 'created', NULL, NULL, NULL, '2026-01-30T10:00:00Z'),"
            + " ("
            + buddy
            + ", 'confidence_changed', NULL, '\"high\"', '\"medium\"', '2026-02-03T10:00:00Z'),"
            + " ("
            + buddy
            + ", 'reappeared', NULL, NULL, NULL, '2026-02-06T10:00:00Z'),"
            + " ("
            + buddy
            + ", 'field_changed', 'name', '\"Budy\"', '\"Buddy\"', '2026-02-07T10:00:00Z'),"
            + " ("
            + buddy
            + ", 'field_changed', 'quality_score', '0.5', '0.9', '2026-02-08T10:00:00Z'),"
            + " ("
            + buddy
            + ", 'status_changed', NULL, '\"reserved\"', '\"available\"', '2026-02-10T10:00:00Z')");
    db.execute(
        "INSERT INTO scrape_sessions (run_id, organization_id, started_at, finished_at, status, dogs_found,"
            + " dogs_added, quality_score, partial_failure, partial_failure_reason, error_message) VALUES"
            + " ('run-1', "
            + paws
            + ", now() - interval '1 day', now() - interval '1 day' + interval '95 seconds',"
            + " 'success', 8, 2, 0.91, false, NULL, NULL),"
            + " ('run-1', "
            + rean
            + ", now() - interval '1 day', now() - interval '1 day' + interval '40 seconds',"
            + " 'warning', 1, 0, 0.70, true, 'found 1 dog, under half the average of 20', NULL),"
            + " ('run-1', "
            + galgos
            + ", now() - interval '1 day', now() - interval '1 day' + interval '5 seconds',"
            + " 'error', 0, 0, NULL, false, NULL, 'listing page returned 503')");
    return fixture;
  }

  /** The handler wired as in production, on {@code dataSource}, with the operator key set. */
  public static ApiHandler handler(DataSource dataSource, Map<String, String> environment) {
    Map<String, String> env = new HashMap<>();
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("ALLOWED_ORIGINS", "https://rescuedogs.example, http://localhost:3000");
    env.put("CURSOR_SECRET", "cursor-secret-for-tests-0123456789");
    env.putAll(environment);
    ConnectionPool pool = new ConnectionPool(dataSource, 2, Duration.ofSeconds(5));
    return new ApiHandler(
        new CatalogApi(ApiSettings.fromEnvironment(env), pool, Clock.systemUTC()));
  }

  public static ApiHandler handler(DataSource dataSource) {
    return handler(dataSource, Map.of());
  }

  public long id(String name) {
    return dogs.get(name);
  }

  public String slug(String name) {
    return slugs.get(name);
  }
}
