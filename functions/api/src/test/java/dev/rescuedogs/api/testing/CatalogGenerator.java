package dev.rescuedogs.api.testing;

import dev.rescuedogs.store.migration.Migrations;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Seeds a realistic catalog for query-plan tests and benchmarks: 14 organizations shaped like the
 * real ones (countries, places, service regions, ships-to lists) and any number of dogs, generated
 * from a fixed random seed so every run builds the same data.
 *
 * <p>Distribution per dog: status available 70 % (confidence high 80 %, medium 12 %, low 8 %),
 * adopted 18 %, reserved 4 %, unknown 8 % (retired, inactive); 45 breeds over every breed group;
 * sex, size and age category each missing for a few percent; 30 % with a location country, 10 %
 * with coordinates, 40 % with compatibility answers; added over the last three years; 1 to 4 images
 * each. The facet summary is refreshed at the end, as the ingest does after each run.
 */
public final class CatalogGenerator {

  /** slug, name, country, ships-to, place (lat, lon), service-region countries. */
  private static final Object[][] ORGANIZATIONS = {
    {"dogs-trust", "Dogs Trust", "GB", List.of("GB"), 51.52, -0.09, List.of("GB")},
    {"rean", "REAN", "GB", List.of("GB"), 51.51, -0.13, List.of("GB", "RO")},
    {"many-tears", "Many Tears", "GB", List.of("GB"), 51.68, -4.16, List.of("GB")},
    {
      "the-underdog",
      "The Underdog International",
      "GB",
      List.of("GB", "IE"),
      51.45,
      -2.58,
      List.of("GB", "BA")
    },
    {
      "tierschutzverein-europa",
      "Tierschutzverein Europa",
      "DE",
      List.of("DE", "AT", "CH", "NL", "BE"),
      50.11,
      8.68,
      List.of("DE", "ES", "RO")
    },
    {
      "daisy-family-rescue",
      "Daisy Family Rescue",
      "DE",
      List.of("DE", "AT"),
      48.14,
      11.58,
      List.of("DE", "BG")
    },
    {
      "hunderettung-europa",
      "Hunderettung Europa",
      "DE",
      List.of("DE"),
      52.52,
      13.40,
      List.of("DE", "HU")
    },
    {
      "galgos-del-sol",
      "Galgos del Sol",
      "ES",
      List.of("GB", "DE", "NL", "BE", "SE"),
      36.72,
      -4.42,
      List.of("ES")
    },
    {
      "furry-rescue-italy",
      "Furry Rescue Italy",
      "IT",
      List.of("GB", "DE", "CH", "IT"),
      41.90,
      12.50,
      List.of("IT")
    },
    {
      "pets-in-turkey",
      "Pets in Turkey",
      "TR",
      List.of("GB", "DE", "NL", "BE", "FR"),
      36.89,
      30.71,
      List.of("TR")
    },
    {"misis-rescue", "MISIS Rescue", "RS", List.of("GB"), 44.79, 20.45, List.of("RS")},
    {
      "santer-paws",
      "Santer Paws Bulgarian Rescue",
      "BG",
      List.of("GB", "IE"),
      42.70,
      23.32,
      List.of("BG")
    },
    {
      "animal-rescue-bosnia",
      "Animal Rescue Bosnia",
      "BA",
      List.of("GB", "DE", "AT"),
      43.86,
      18.41,
      List.of("BA")
    },
    {"woof-project", "Woof Project", "CY", List.of("GB", "DE", "NL"), 34.68, 33.04, List.of("CY")},
  };

  /** label, primary, group, type, slug, typical size. */
  private static final String[][] BREEDS = {
    {
      "Labrador Retriever",
      "Labrador Retriever",
      "Sporting",
      "purebred",
      "labrador-retriever",
      "Large"
    },
    {
      "Labrador Retriever x Collie",
      "Labrador Retriever",
      "Sporting",
      "crossbreed",
      "labrador-retriever",
      "Large"
    },
    {"Golden Retriever", "Golden Retriever", "Sporting", "purebred", "golden-retriever", "Large"},
    {"Cocker Spaniel", "Cocker Spaniel", "Sporting", "purebred", "cocker-spaniel", "Medium"},
    {
      "Springer Spaniel",
      "English Springer Spaniel",
      "Sporting",
      "purebred",
      "english-springer-spaniel",
      "Medium"
    },
    {"Pointer", "Pointer", "Sporting", "purebred", "pointer", "Large"},
    {
      "German Shepherd Dog",
      "German Shepherd Dog",
      "Herding",
      "purebred",
      "german-shepherd-dog",
      "Large"
    },
    {
      "German Shepherd Dog Cross",
      "German Shepherd Dog",
      "Herding",
      "crossbreed",
      "german-shepherd-dog",
      "Large"
    },
    {"Border Collie", "Border Collie", "Herding", "purebred", "border-collie", "Medium"},
    {"Collie", "Collie", "Herding", "purebred", "collie", "Large"},
    {
      "Belgian Shepherd Dog",
      "Belgian Shepherd Dog",
      "Herding",
      "purebred",
      "belgian-shepherd-dog",
      "Large"
    },
    {"Galgo Español", "Galgo Español", "Hound", "purebred", "galgo-espanol", "Large"},
    {"Podenco", "Podenco", "Hound", "purebred", "podenco", "Medium"},
    {"Podenco Cross", "Podenco", "Hound", "crossbreed", "podenco", "Medium"},
    {"Greyhound", "Greyhound", "Hound", "purebred", "greyhound", "Large"},
    {"Lurcher", "Lurcher", "Hound", "crossbreed", "lurcher", "Large"},
    {"Beagle", "Beagle", "Hound", "purebred", "beagle", "Small"},
    {"Dachshund", "Dachshund", "Hound", "purebred", "dachshund", "Small"},
    {"Whippet", "Whippet", "Hound", "purebred", "whippet", "Medium"},
    {
      "Staffordshire Bull Terrier",
      "Staffordshire Bull Terrier",
      "Terrier",
      "purebred",
      "staffordshire-bull-terrier",
      "Medium"
    },
    {
      "Staffordshire Bull Terrier Cross",
      "Staffordshire Bull Terrier",
      "Terrier",
      "crossbreed",
      "staffordshire-bull-terrier",
      "Medium"
    },
    {
      "Jack Russell Terrier",
      "Jack Russell Terrier",
      "Terrier",
      "purebred",
      "jack-russell-terrier",
      "Small"
    },
    {"Yorkshire Terrier", "Yorkshire Terrier", "Terrier", "purebred", "yorkshire-terrier", "Tiny"},
    {"Border Terrier", "Border Terrier", "Terrier", "purebred", "border-terrier", "Small"},
    {"Chihuahua", "Chihuahua", "Toy", "purebred", "chihuahua", "Tiny"},
    {"Pomeranian", "Pomeranian", "Toy", "purebred", "pomeranian", "Tiny"},
    {
      "Cavalier King Charles Spaniel",
      "Cavalier King Charles Spaniel",
      "Toy",
      "purebred",
      "cavalier-king-charles-spaniel",
      "Small"
    },
    {"Maltese", "Maltese", "Toy", "purebred", "maltese", "Tiny"},
    {"Rottweiler", "Rottweiler", "Working", "purebred", "rottweiler", "Large"},
    {"Siberian Husky", "Siberian Husky", "Working", "purebred", "siberian-husky", "Large"},
    {"Boxer", "Boxer", "Working", "purebred", "boxer", "Large"},
    {"Great Dane", "Great Dane", "Working", "purebred", "great-dane", "XLarge"},
    {"Kangal", "Kangal", "Guardian", "purebred", "kangal", "XLarge"},
    {"Karakachan", "Karakachan", "Guardian", "purebred", "karakachan", "XLarge"},
    {
      "Livestock Guardian Dog Cross",
      "Livestock Guardian Dog",
      "Guardian",
      "crossbreed",
      "livestock-guardian-dog",
      "Large"
    },
    {"Poodle", "Poodle", "Non-Sporting", "purebred", "poodle", "Medium"},
    {"French Bulldog", "French Bulldog", "Non-Sporting", "purebred", "french-bulldog", "Small"},
    {"Shar Pei", "Shar Pei", "Non-Sporting", "purebred", "shar-pei", "Medium"},
    {"Cockapoo", "Cockapoo", "Designer/Hybrid", "crossbreed", "cockapoo", "Small"},
    {"Labradoodle", "Labradoodle", "Designer/Hybrid", "crossbreed", "labradoodle", "Large"},
    {"Mixed Breed", "Mixed Breed", "Mixed", "mixed", "mixed-breed", null},
    {"Mixed Breed", "Mixed Breed", "Mixed", "mixed", "mixed-breed", null},
    {"Mixed Breed", "Mixed Breed", "Mixed", "mixed", "mixed-breed", null},
    {"Kokoni", "Kokoni", "Unknown", "unknown", "kokoni", "Small"},
    {null, null, "Unknown", "unknown", null, null},
  };

  private static final String[] NAMES = {
    "Buddy", "Luna", "Max", "Bella", "Rocky", "Daisy", "Charlie", "Molly", "Bailey", "Lucy",
    "Cooper", "Sadie", "Bear", "Maggie", "Duke", "Sophie", "Tucker", "Chloe", "Oliver", "Lola",
    "Milo", "Zoe", "Leo", "Nala", "Toby", "Rosie", "Jack", "Ruby", "Oscar", "Coco", "Teddy", "Lily",
    "Finn", "Stella", "Bruno", "Penny", "Loki", "Ellie", "Zeus", "Mia", "Rex", "Lady", "Ares",
    "Hera", "Čapko", "Señora", "Müller", "Zoë", "Ayşe", "Bora", "Kira", "Pepe", "Lupo", "Nero",
    "Fiona", "Gizmo", "Hugo", "Ivy", "Jasper", "Koda", "Lenny", "Mabel", "Nova", "Otis", "Pip",
    "Quinn", "Rolo", "Sky", "Tilly", "Uma", "Vinnie", "Willow", "Xena", "Yogi", "Ziggy",
  };

  private static final String[] SIZES = {"Tiny", "Small", "Medium", "Large", "XLarge"};

  private CatalogGenerator() {}

  /**
   * Migrates {@code dataSource}, inserts the 14 organizations and {@code dogCount} dogs and
   * refreshes the facet summary.
   *
   * @return the organizations' ids, in the order of {@link #ORGANIZATIONS}
   */
  @SuppressWarnings("unchecked")
  public static List<Long> seed(DataSource dataSource, int dogCount, long randomSeed) {
    Migrations.migrate(dataSource);
    CatalogDatabase db = new CatalogDatabase(dataSource);
    Random random = new Random(randomSeed);
    List<Long> organizationIds = new ArrayList<>();
    for (Object[] organization : ORGANIZATIONS) {
      List<String[]> regions = new ArrayList<>();
      for (String country : (List<String>) organization[6]) {
        regions.add(new String[] {country});
      }
      regions.add(new String[] {(String) organization[2], "Region " + organization[1]});
      organizationIds.add(
          db.organization(
              (String) organization[0],
              (String) organization[1],
              (String) organization[2],
              true,
              (List<String>) organization[3],
              List.<Object[]>of(
                  new Object[] {"Main place", organization[2], organization[4], organization[5]}),
              dedupe(regions)));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int batch = 5000;
    for (int start = 0; start < dogCount; start += batch) {
      List<DogRow> dogs = new ArrayList<>();
      for (int i = start; i < Math.min(dogCount, start + batch); i++) {
        int organization = random.nextInt(ORGANIZATIONS.length);
        dogs.add(dog(random, organizationIds.get(organization), ORGANIZATIONS[organization], now));
      }
      db.dogs(dogs);
    }
    db.execute(
        "INSERT INTO dog_images (dog_id, position, original_url, storage_key, stored_url, width, height)"
            + " SELECT d.id, p, 'https://example.org/o/' || d.id || '/' || p || '.jpg', 'dogs/' || d.id || '/' || p || '.jpg',"
            + " 'https://images.example.org/dogs/' || d.id || '/' || p || '.jpg', 800, 600"
            + " FROM dogs d CROSS JOIN LATERAL generate_series(0, (d.id % 4)::int) p");
    // As the ingest does after each run: the facet summary of migration V11 is current.
    db.execute("SELECT refresh_catalog_facets()");
    return organizationIds;
  }

  private static List<String[]> dedupe(List<String[]> regions) {
    List<String[]> unique = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String[] region : regions) {
      String key = String.join("/", region);
      if (!seen.contains(key)) {
        seen.add(key);
        unique.add(region);
      }
    }
    return unique;
  }

  @SuppressWarnings("unchecked")
  private static DogRow dog(
      Random random, long organizationId, Object[] organization, OffsetDateTime now) {
    String name =
        NAMES[random.nextInt(NAMES.length)]
            + (random.nextInt(4) == 0 ? " " + (char) ('A' + random.nextInt(26)) + "." : "");
    DogRow dog = new DogRow(organizationId, name);
    String[] breed = BREEDS[random.nextInt(BREEDS.length)];
    if (breed[0] != null) {
      dog.breed(breed[0], breed[1], breed[2], breed[3], breed[4]);
    } else {
      dog.breedGroup = "Unknown";
      dog.breedType = "unknown";
    }
    int roll = random.nextInt(100);
    if (roll < 70) {
      int confidence = random.nextInt(100);
      dog.confidence(confidence < 80 ? "high" : confidence < 92 ? "medium" : "low");
    } else if (roll < 88) {
      dog.status("adopted", false);
    } else if (roll < 92) {
      dog.status("reserved", true);
    } else {
      dog.status("unknown", false).confidence("low");
    }
    int sex = random.nextInt(100);
    dog.sex(sex < 48 ? "Male" : sex < 96 ? "Female" : null);
    if (random.nextInt(10) > 0) {
      dog.size(
          breed[5] != null && random.nextInt(3) > 0
              ? breed[5]
              : SIZES[random.nextInt(SIZES.length)]);
    }
    if (random.nextInt(12) > 0) {
      int months = random.nextInt(156);
      String category =
          months < 12 ? "Puppy" : months < 36 ? "Young" : months < 96 ? "Adult" : "Senior";
      dog.age(
          months < 12 ? months + " months" : months / 12 + " years", months, months + 12, category);
    }
    List<String> regions = (List<String>) organization[6];
    if (random.nextInt(10) < 3) {
      dog.locationCountry = regions.get(random.nextInt(regions.size()));
    }
    if (random.nextInt(10) == 0) {
      dog.latitude = (Double) organization[4] + random.nextGaussian();
      dog.longitude = (Double) organization[5] + random.nextGaussian();
      dog.latitude = Math.max(-90, Math.min(90, dog.latitude));
    }
    if (random.nextInt(10) < 4) {
      dog.properties(
          "{\"good_with_dogs\": \""
              + (random.nextBoolean() ? "Yes" : "no")
              + "\", \"good_with_cats\": "
              + random.nextBoolean()
              + ", \"good_with_children\": \""
              + (random.nextBoolean() ? "yes" : "unknown")
              + "\"}");
    }
    dog.description(
        name
            + " is a "
            + (breed[0] == null ? "dog" : breed[0])
            + " waiting at "
            + organization[1]
            + ". Friendly, house trained, loves walks and "
            + (random.nextBoolean() ? "cuddles" : "playing fetch")
            + ".");
    dog.created(
        now.minusMinutes(random.nextInt(3 * 365 * 24 * 60)).withNano(random.nextInt(1000) * 1000));
    return dog;
  }
}
