package dev.rescuedogs.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Times the standardize step on a 2,000-dog raw result (images disabled: no image sync), against
 * the target of 2 s. Skipped unless {@code -Dbenchmark=true}:
 *
 * <pre>
 * mvn -B -pl functions/store -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=IngestBenchmark -Dbenchmark=true
 * </pre>
 *
 * <p>Prints the time of a first run (2,000 new dogs), an identical second run, and a third run in
 * which 10% of the dogs changed and 5% are missing.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class IngestBenchmark {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final int DOGS = 2000;
  private static final Instant START = Instant.parse("2026-10-05T15:00:00Z");
  private static final String[] BREEDS = {
    "Labrador x Collie",
    "Staffie",
    "Podenco Mix",
    "Galgo Español",
    "Mischling",
    "Deutscher Schäferhund Mischling",
    "Cockapoo",
    "Terrier (Staffordshire Bull) Cross",
    "Kokoni",
    "Beagle"
  };
  private static final String[] NAMES = {
    "Bella", "Luna", "Max", "Rocky", "Nala", "Balu", "Kira", "Sammy", "Lotte", "Bruno", "Emma",
    "Finn", "Greta", "Hugo", "Ida", "Jack", "Kalle", "Lilly", "Milo", "Nico", "Olli", "Paula",
    "Quinn", "Rosi", "Sky", "Toni", "Ute", "Vito", "Wanda", "Yuki", "Zorro", "Amy", "Benno",
    "Cleo", "Dina", "Elvis", "Fanny", "Gina", "Hera", "Ivo"
  };
  private static final String[] PLACES = {
    "Berlin",
    "Sevilla",
    "Brasov",
    "Sofia",
    "Izmir",
    "Larnaca",
    "Sarajevo",
    "Napoli",
    "Cadiz",
    "Murcia",
    "Varna",
    "Split",
    "Patras",
    "Chania",
    "Toledo",
    "Faro",
    "Porto",
    "Lyon",
    "Genua",
    "Bari",
    "Trier",
    "Essen",
    "Bonn",
    "Kiel",
    "Ulm",
    "Graz",
    "Linz",
    "Bern",
    "Basel",
    "Zadar",
    "Nis",
    "Iasi",
    "Arad",
    "Cluj",
    "Pula",
    "Bled",
    "Kotor",
    "Ohrid",
    "Skopje",
    "Tirana",
    "Vlora",
    "Durres",
    "Mostar",
    "Tuzla",
    "Banja",
    "Brcko",
    "Bihac",
    "Zenica",
    "Doboj",
    "Konjic"
  };
  private static final String[] AGES = {
    "2 years", "6 months", "Born 03/2020", "8 + years", "3,5 years", "10 weeks", "adult"
  };

  @Test
  void persistsTwoThousandDogs() {
    IngestDatabase.reset(db.dataSource(), RawResults.ORGANIZATION, "warm-up");
    RunIngestor ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());

    // JIT and connection warm-up on another organization, so the figures measure steady state.
    ingestor.ingest(
        RawResults.builder("warm-up", START).organization("warm-up").dogs(dogs(300, 0)).build(),
        null);

    List<RawDog> first = dogs(DOGS, 0);
    List<RawDog> third = new ArrayList<>(first.subList(0, DOGS - DOGS / 20));
    for (int i = 0; i < third.size(); i += 10) {
      third.set(
          i,
          third.get(i).toBuilder().description("Updated: " + third.get(i).description()).build());
    }

    ProcessCpu cpu = ProcessCpu.of(db.dataSource());
    String run1 = time(ingestor, cpu, RawResults.complete("run-1", START, first), DOGS, 0);
    String run2 =
        time(
            ingestor,
            cpu,
            RawResults.complete("run-2", START.plus(Duration.ofDays(7)), first),
            0,
            0);
    String run3 =
        time(
            ingestor,
            cpu,
            RawResults.complete("run-3", START.plus(Duration.ofDays(14)), third),
            0,
            DOGS / 20);

    IngestDatabase database = new IngestDatabase(db.dataSource());
    for (String run : List.of("run-1", "run-2", "run-3")) {
      System.out.println(
          "IngestBenchmark: "
              + run
              + " "
              + database.strings(
                  "SELECT metrics -> 'timings_ms' FROM scrape_sessions WHERE run_id = '"
                      + run
                      + "'"));
    }
    System.out.printf(
        Locale.ROOT,
        "IngestBenchmark: %d dogs (target 2000 ms)%n  first run, all new:      %s%n"
            + "  unchanged run:           %s%n  10%% changed, 5%% missing: %s%n"
            + "  (load average while running: %s)%n",
        DOGS,
        run1,
        run2,
        run3,
        loadAverage());
  }

  /** Wall time, and CPU time of this thread and of the PostgreSQL server. */
  private static String time(
      RunIngestor ingestor,
      ProcessCpu cpu,
      RawScrapeResult raw,
      int expectedAdded,
      int expectedMissing) {
    Duration threadBefore = ProcessCpu.thread();
    Duration serverBefore = cpu.server();
    long start = System.nanoTime();
    IngestReport report = ingestor.ingest(raw, null);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Duration thread = ProcessCpu.thread().minus(threadBefore);
    Duration server = cpu.server().minus(serverBefore);
    assertThat(report.rejectedByReason()).isEmpty();
    assertThat(report.dogsAdded()).isEqualTo(expectedAdded);
    assertThat(report.dogsMarkedMissing()).isEqualTo(expectedMissing);
    return String.format(
        Locale.ROOT,
        "wall %d ms; CPU %d ms = ingestion %d ms + PostgreSQL %s",
        elapsed.toMillis(),
        thread.plus(server).toMillis(),
        thread.toMillis(),
        cpu.available() ? server.toMillis() + " ms" : "n/a");
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "n/a";
    }
  }

  private static List<RawDog> dogs(int count, int seed) {
    List<RawDog> dogs = new ArrayList<>(count);
    String paragraph =
        "<p>This lovely dog came to us from a rural shelter and is now in a foster home, where"
            + " it shares the sofa with two cats and a teenager. It walks well on the lead, knows"
            + " sit and paw, and is learning to stay alone for a few hours.</p>";
    for (int i = 0; i < count; i++) {
      String id = "dog-" + seed + "-" + i;
      RawDog.Builder dog =
          RawDog.builder()
              .externalId(id)
              .name(NAMES[i % NAMES.length] + " von " + PLACES[(i / NAMES.length) % PLACES.length])
              .adoptionUrl("https://happy-paws.example.org/dogs/" + id)
              .breed(BREEDS[i % BREEDS.length])
              .ageText(AGES[i % AGES.length])
              .sex(i % 2 == 0 ? "Rüde" : "Hündin")
              .size(i % 3 == 0 ? "medium" : null)
              .weight(i % 5 == 0 ? "ca. 18 kg" : null)
              .location("Foster home in Berlin")
              .description(paragraph.repeat(4))
              .property("good_with_cats", i % 2 == 0 ? "yes" : "no")
              .property("vaccinated", "yes");
      for (int image = 0; image < 3; image++) {
        dog.imageUrl("https://cdn.happy-paws.example.org/" + id + "/" + image + ".jpg");
      }
      dogs.add(dog.build());
    }
    return dogs;
  }
}
