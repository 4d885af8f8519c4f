package dev.rescuedogs.core.standardization;

import dev.rescuedogs.core.dog.RawDog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, mixed corpus of raw dogs for the benchmark and for corpus-wide tests.
 *
 * <p>Deterministic for a seed. Each record takes the shape of one of seven site families modelled
 * on the recorded pages in {@code ../shared/fixtures}: UK sites (Dogs Trust, Many Tears: "Terrier
 * (Staffordshire Bull) Cross", "2 - 5 years"), German (Tierschutzverein Europa, Daisy,
 * Hunderettung: "Mischling", "05.2025 (3 Monate alt)", "ca. 25 kg"), Spanish, Italian, Turkish
 * (Pets in Turkey: "I'm Aliza", "1,5 y/o", "height:60cm"), Dutch/Cypriot (Woof Project: "POINTER
 * CROSS", "GEADOPTEERD") and Bosnian/MISIs (emoji names, "DOB: March 2023"). Names carry the noise
 * the sites have — ALL CAPS, emoji and flags, status badges, asides, mojibake, the odd
 * page-furniture or empty name — and descriptions are HTML of 100 to 3,000 characters with
 * entities, lists, and now and then a script, style or event handler.
 */
public final class CorpusGenerator {

  private static final String[] NAMES = {
    "Bella",
    "Luna",
    "Max",
    "Rocky",
    "Teddy",
    "Pippa",
    "Robin",
    "Milo",
    "Nala",
    "Bruno",
    "Strolch",
    "Mo'nique",
    "Anna-Lena",
    "Zoë",
    "Chloé",
    "Jürgen",
    "Ayşe",
    "Çiçek",
    "Paquita",
    "Lola",
    "Tindra",
    "Saskia",
    "Motte",
    "Aliza",
    "Buddy",
    "Nadia",
    "Sora",
    "Jharna",
    "Camelito",
    "Helga",
    "Massimo",
    "Pontos",
    "Johny",
    "Dexter",
    "Freya",
    "Tea",
    "Lilliana",
    "Naima",
    "Reyna",
    "Ziva",
    "Sam",
    "Mabel",
    "Colin",
    "Wanda",
    "Jules",
    "Cinders"
  };

  private static final String[][] BREEDS = {
    // UK
    {
      "Terrier (Staffordshire Bull) Cross",
      "Collie (Border)",
      "Lurcher",
      "Greyhound",
      "Labrador Retriever",
      "Spaniel (English Springer)",
      "Poodle (Miniature)",
      "Dachshund (Smooth Haired)",
      "Crossbreed",
      "Staffie X",
      "Bichon Frise x Poodle",
      "Cockapoo",
      "Jack Russell Terrier",
      "German Shepherd Dog",
      "Dogue De Bordeaux",
      "Caucasian Shepherd Dog",
      "Giant Schnauzer Cross",
      "Mastiff",
      "Whippet",
      "Hound"
    },
    // German
    {
      "Mischling",
      "Deutscher Schäferhund Mischling",
      "Vermutlich Podenco-Mix",
      "Labrador-Mischling",
      "Herdenschutzhund Mix",
      "Dackel",
      "Terrier-Mischling",
      "Schäferhund",
      "Mix aus Labrador und Schäferhund",
      "Deutsch Kurzhaar",
      "Französische Bulldogge",
      "Jagdhund-Mischling",
      "Podencomix",
      "Galgo Español"
    },
    // Spanish
    {
      "mestizo",
      "Galgo español",
      "podenco andaluz",
      "cruce de mastín",
      "Podenco y Galgo",
      "mastín español",
      "Bodeguero",
      "pastor alemán",
      "Ratonero",
      "Perdiguero de Burgos",
      "Braco alemán"
    },
    // Italian
    {
      "meticcio",
      "Pastore tedesco",
      "segugio",
      "Maremmano",
      "meticcio di segugio",
      "Cane Corso",
      "Pastore maremmano abruzzese",
      "Bracco",
      "Volpino"
    },
    // Turkish (Pets in Turkey writes English breeds)
    {
      "Labrador",
      "Golden retriever",
      "Terrier",
      "Border Collie",
      "Mix",
      "Terrier Mix",
      "Spitz mix",
      "retriever mix",
      "Jack Russell",
      "Jack Russel mix",
      "Kangal",
      "Kangal melez",
      "Pekinese mix",
      "Spaniel mix"
    },
    // Dutch / Cyprus
    {
      "Pointer Cross",
      "Pointer hound mix",
      "GSP Pointer",
      "Hound and sighthound mix",
      "Small breed mix",
      "Hound Cross",
      "Pointer/Shepherd/Lab Cross",
      "Beautiful Cross",
      "Duitse herder kruising",
      "Labrador kruising",
      "Teckel Dachshund x Pointer or Vizsla mix",
      "Ariegeois Hound",
      "Kokoni"
    },
    // Bosnian / MISIs
    {
      "Mix",
      "mixed breed",
      "terrier mix",
      "Tornjak",
      "Sarplaninac mix",
      "n/a",
      "unknown",
      "Breed TBC",
      ""
    }
  };

  private static final String[][] AGES = {
    {
      "2 - 5 years",
      "5 - 7 years",
      "1 - 2 years",
      "8 + years",
      "6 - 12 months",
      "Under 6 months",
      "6 years",
      "11 years",
      "1 year",
      "10 weeks"
    },
    {
      "05.2025 (3 Monate alt)",
      "01.2024 (2 Jahre alt)",
      "3 Jahre",
      "7 Monate",
      "geb. ca. Februar 2026",
      "05/2020",
      "Unbekannt",
      "ca. 2 Jahre",
      "2 Jahre und 6 Monate",
      "Welpe"
    },
    {"3 años", "6 meses", "2 años y 3 meses", "cachorro", "adulto", "10 años"},
    {"2 anni", "6 mesi", "cucciolo", "anziano", "4 anni"},
    {
      "1 yo", "4 y/o", "1,5 y/o", "11 mnths old", "2 yaş", "3 ay", "6 months old", "3,5 y/o", "1y/o"
    },
    {
      "2 years",
      "9 years",
      "4 months",
      "2 jaar",
      "10 months",
      "2 year old male",
      "6 month old female pup"
    },
    {
      "DOB: March 2023",
      "Date of birth: May 2018",
      "born in 2022",
      "DOB 2021",
      "Born in 12/04/2021",
      "03/02/2024",
      "2016",
      "Adult (around six years old)",
      "Puppy",
      "Senior"
    }
  };

  private static final String[][] SEXES = {
    {"Male", "Female", "male", "female"},
    {"männlich", "weiblich", "Rüde", "Hündin", "männlich, kastriert", "Männlich/ Weiblich"},
    {"macho", "hembra"},
    {"maschio", "femmina"},
    {"Male", "Female", "erkek", "dişi"},
    {"Male dog", "female", "Reu", "Teef"},
    {"m", "f", "Male", "Female", null}
  };

  private static final String[][] SIZES = {
    {"Small", "Medium", "Large", "Very Large", null},
    {"klein", "mittel", "mittelgroß", "groß", null, "ca. 55 cm"},
    {"pequeño", "mediano", "grande", null},
    {"piccola taglia", "taglia media", "grande", null},
    {null, null, "Cabin size"},
    {
      "Medium size dog",
      "Small to Medium sized",
      "Medium-Large",
      "x small",
      "middelgroot",
      "smaller side of medium"
    },
    {null, "medium", "small"}
  };

  private static final String[] STATUSES = {
    null,
    null,
    null,
    null,
    "Available",
    "Reserved",
    "RESERVED",
    "reserviert",
    "vermittelt",
    "Adopted",
    "GEADOPTEERD",
    "reservado",
    "adottato",
    "sahiplendirildi",
    "Available for Adoption"
  };

  private static final String[] NAME_NOISE = {
    "%s",
    "%s",
    "%s",
    "%s",
    "%S",
    "%S",
    "⭐💜%s💜⭐",
    "%s 🇬🇧",
    "I'm %s",
    "%s (vermittlungshilfe)",
    "ADOPT ME! %s",
    "%s - URGENT",
    "%s (reserved)",
    "%s in the UK!",
    "%s from Serbia",
    "%s / FINLAND",
    "Pflegehund %s",
    "%s &amp; friends",
    "%s - female",
    "MOJIBAKE:%s",
    "Please",
    "",
    "Read more",
    "12345"
  };

  private static final String[] SENTENCES = {
    "%s is a gentle soul who loves long walks and a warm sofa.",
    "%s kam als Fundhund ins Tierheim und zeigt sich freundlich & verschmust.",
    "%s es un perro muy cariñoso que se lleva bien con otros perros.",
    "%s è un cane dolcissimo, abituato a vivere in casa con i bambini.",
    "%s çok sevecen ve oyuncu bir köpek; diğer köpeklerle iyi anlaşıyor.",
    "%s is een lieve hond die graag knuffelt en goed luistert.",
    "She would suit an adult-only home with a secure garden &amp; no cats.",
    "Er ist stubenrein, kennt Grundkommandos und fährt gerne Auto.",
    "Vaccinated, microchipped, neutered &ndash; ready to travel in the spring.",
    "He can be nervous with new people at first, but soon warms up with treats.",
    "Sie sucht ein ruhiges Zuhause ohne kleine Kinder – gerne mit Garten.",
    "Le encanta jugar con la pelota y pasear por el campo.",
    "Ha bisogno di una famiglia paziente che gli insegni a fidarsi.",
    "Ailesini bekleyen %s, yolculuğa hazır ve aşıları tam."
  };

  private final Random random;

  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} records in a fixed mix of the seven site families. */
  public List<RawDog> generate(int count) {
    List<RawDog> dogs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      dogs.add(dog(i, random.nextInt(BREEDS.length)));
    }
    return dogs;
  }

  private RawDog dog(int index, int family) {
    String name = pick(NAMES);
    String rawName = noisyName(name);
    RawDog.Builder dog =
        RawDog.builder()
            .externalId(random.nextInt(50) == 0 ? null : "org" + family + "-" + index)
            .name(rawName)
            .adoptionUrl(
                random.nextInt(60) == 0
                    ? null
                    : "https://rescue" + family + ".example.org/dogs/" + index)
            .status(pick(STATUSES))
            .breed(pick(BREEDS[family]))
            .ageText(pick(AGES[family]))
            .size(pick(SIZES[family]))
            .location(
                pick(
                    new String[] {
                      "Darlington",
                      "Pflegestelle in 76199 Karlsruhe",
                      "Cyprus",
                      "Antalya",
                      "Sarajevo",
                      "Málaga",
                      "Roma",
                      "In Belgium in foster care"
                    }))
            .description(description(name));
    if (family == 6 && random.nextBoolean()) {
      dog.gender(pick(SEXES[family]));
    } else {
      dog.sex(pick(SEXES[family]));
    }
    if (random.nextInt(3) == 0) {
      dog.weight(
          pick(new String[] {"ca. 25 kg", "8 kg", "32 kg", "ca. 15 – 19 kg", "45 lbs", "12"}));
    }
    if (random.nextInt(3) == 0) {
      dog.height(
          pick(
              new String[] {
                "48 cm", "height: 59cm", "ca. 20 – 39 cm", "Height:55cm", "ca. 65 cm"
              }));
    }
    int images = random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(8);
    for (int k = 0; k < images; k++) {
      dog.imageUrl("https://cdn" + family + ".example.org/img/" + index + "-" + k + ".jpg");
    }
    if (random.nextBoolean()) {
      dog.property("good_with_cats", random.nextBoolean() ? "yes" : "no");
      dog.property("fee", (150 + random.nextInt(400)) + " €");
    }
    return dog.build();
  }

  private String noisyName(String name) {
    String shape = pick(NAME_NOISE);
    if (shape.startsWith("MOJIBAKE:")) {
      // UTF-8 bytes read as Latin-1, as on the Dogs Trust pages without a charset.
      return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
    return shape.contains("%") ? String.format(shape, name) : shape;
  }

  private String description(String name) {
    int target = 100 + random.nextInt(2_900);
    StringBuilder html = new StringBuilder(target + 200);
    if (random.nextInt(10) == 0) {
      html.append("<style>.x{color:red}</style>");
    }
    while (html.length() < target) {
      switch (random.nextInt(6)) {
        case 0 -> html.append("<h2>Über ").append(name).append("</h2>");
        case 1 ->
            html.append("<ul><li>")
                .append(sentence(name))
                .append("</li><li>")
                .append(sentence(name))
                .append("</li></ul>");
        case 2 ->
            html.append("<p><strong>")
                .append(name)
                .append("</strong>&nbsp;")
                .append(sentence(name))
                .append("<br>")
                .append(sentence(name))
                .append("</p>");
        default ->
            html.append("<p>")
                .append(sentence(name))
                .append(' ')
                .append(sentence(name))
                .append("</p>\n");
      }
    }
    if (random.nextInt(20) == 0) {
      html.append("<script>track('").append(name).append("')</script><img src=x onerror=alert(1)>");
    }
    return html.toString();
  }

  private String sentence(String name) {
    String sentence = pick(SENTENCES);
    return sentence.contains("%s") ? String.format(sentence, name) : sentence;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
