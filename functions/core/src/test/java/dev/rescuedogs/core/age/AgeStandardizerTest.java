package dev.rescuedogs.core.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeStandardizerTest {

  /** The reference time of the examples in original-system.md §2c. */
  private static final Instant REFERENCE = Instant.parse("2026-11-26T10:00:00Z");

  private final AgeStandardizer ages = new AgeStandardizer();

  @ParameterizedTest(name = "{0} -> {1} [{2}, {3}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the examples of original-system.md §2c, with this project's rules where they differ
          2 years                  | Young  | 24  | 36
          1 year                   | Young  | 12  | 24
          1 yo                     | Young  | 12  | 24
          # "N years M months": m = 12N + M, then the years rule (the original said 12-24)
          1 year 2 months          | Young  | 14  | 26
          3,5 years                | Adult  | 42  | 54
          4 y/o                    | Adult  | 48  | 60
          7 years                  | Adult  | 84  | 96
          11 years                 | Senior | 132 | 156
          0 years                  | Puppy  | 0   | 2
          6 months                 | Puppy  | 6   | 8
          12 months                | Young  | 12  | 18
          15 months                | Young  | 15  | 21
          10 weeks                 | Puppy  | 2   | 4
          Under 6 months           | Puppy  | 0   | 6
          6 - 12 months            | Puppy  | 6   | 12
          # the original's 2-5 years matched no category filter; its midpoint is Adult
          2 - 5 years              | Adult  | 24  | 60
          # "N + years" -> [12N, min(12N + 36, 240)] (the original said 96-360)
          8 + years                | Senior | 96  | 132
          # a birth month -> [m, m+1] (the original spread it over a year)
          Born 03/2020             | Adult  | 80  | 81
          03/2020                  | Adult  | 80  | 81
          # a birth year -> 1 July of that year, [m-6, m+6]
          2016                     | Senior | 118 | 130
          Puppy                    | Puppy  | 2   | 10
          Young                    | Young  | 12  | 36
          Adult                    | Adult  | 36  | 96
          Senior                   | Senior | 96  | 240
          3 Monate alt             | Puppy  | 3   | 5
          # the first expression wins: the birth month, not the stale "3 Monate alt" (original: 3-5)
          05.2025 (3 Monate alt)   | Young  | 18  | 19
          """)
  void readsTheExamplesOfTheOriginal(String text, String category, int min, int max) {
    assertAge(text, category, min, max);
  }

  @ParameterizedTest(name = "{0} -> {1} [{2}, {3}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the original capped every month count at Young: 40 months is an adult
          40 months                       | Adult  | 40  | 46
          2 yo                            | Young  | 24  | 36
          1y/o                            | Young  | 12  | 24
          1,5 y/o                         | Young  | 18  | 30
          8 mnths old                     | Puppy  | 8   | 10
          11 mnths old                    | Puppy  | 11  | 12
          2 year old male                 | Young  | 24  | 36
          5 - 7 years                     | Adult  | 60  | 84
          1 - 2 years                     | Young  | 12  | 24
          2+ years                        | Adult  | 24  | 60
          20+ years                       | Senior | 240 | 240
          under 1 year                    | Puppy  | 0   | 12
          DOB: March 2023                 | Adult  | 44  | 45
          May 2018                        | Senior | 102 | 103
          Date of birth: May 2018         | Senior | 102 | 103
          Born in 12/04/2021              | Adult  | 67  | 68
          # month/day/year when only that reading is a date
          04/25/2021                      | Adult  | 67  | 68
          D.O.B 03/02/2024                | Young  | 33  | 34
          2024-03-15                      | Young  | 32  | 33
          DOB 2021                        | Adult  | 58  | 70
          born in 2022                    | Adult  | 46  | 58
          birthday: June 2023             | Adult  | 41  | 42
          geb. ca. Februar 2026           | Puppy  | 9   | 10
          Alter: 05/2020                  | Adult  | 78  | 79
          01.2024 (2 Jahre alt)           | Young  | 34  | 35
          # German, Spanish, Italian, Turkish and Dutch
          ca. 2 Jahre                     | Young  | 24  | 36
          7 Jahre alt                     | Adult  | 84  | 96
          3 Monate                        | Puppy  | 3   | 5
          8 Wochen                        | Puppy  | 1   | 3
          2 Jahre und 6 Monate            | Young  | 30  | 36
          3 años                          | Adult  | 36  | 48
          2 años y 3 meses                | Young  | 27  | 36
          6 meses                         | Puppy  | 6   | 8
          2 anni                          | Young  | 24  | 36
          6 mesi                          | Puppy  | 6   | 8
          2 yaş                           | Young  | 24  | 36
          3 aylık                         | Puppy  | 3   | 5
          2 jaar                          | Young  | 24  | 36
          10 maanden                      | Puppy  | 10  | 12
          # number words, category words in other languages
          Adult (around six years old)    | Adult  | 72  | 84
          a year old                      | Young  | 12  | 24
          zwei Jahre                      | Young  | 24  | 36
          Welpe                           | Puppy  | 2   | 10
          cachorro                        | Puppy  | 2   | 10
          cucciolo                        | Puppy  | 2   | 10
          yavru                           | Puppy  | 2   | 10
          young adult                     | Young  | 12  | 36
          elderly gentleman               | Senior | 96  | 240
          # several expressions: the first one wins
          Ziva 3 years, pups 4 months     | Adult  | 36  | 48
          """)
  void readsTheFormsSitesUse(String text, String category, int min, int max) {
    assertAge(text, category, min, max);
  }

  @ParameterizedTest(name = "{0} -> no age")
  @ValueSource(
      strings = {
        "Unknown",
        "Unbekannt",
        "unbekannt",
        "Geschlecht: weiblich",
        "n/a",
        "tbc",
        "ask us",
        "Monat (ausgeschrieben)/ Jahreszahl",
        "born 2031",
        "born in 13/2020",
        "150 years",
        "1850"
      })
  void textsWithoutAnAgeGiveNoRange(String text) {
    StandardizedAge age = ages.standardize(text, REFERENCE);

    assertThat(age.text()).isEqualTo(text);
    assertThat(age.minMonths()).isNull();
    assertThat(age.maxMonths()).isNull();
    assertThat(age.category()).isNull();
  }

  @Test
  void keepsTheAgeTextAndNeverInventsOne() {
    assertThat(ages.standardize("  2 years ", REFERENCE).text()).isEqualTo("2 years");
    assertThat(ages.standardize(null, REFERENCE)).isEqualTo(StandardizedAge.unknown(null));
    assertThat(ages.standardize("   ", REFERENCE)).isEqualTo(StandardizedAge.unknown(null));
  }

  @Test
  void birthDatesAreRelativeToTheReferenceTimeNotTheClock() {
    Instant later = Instant.parse("2030-11-01T00:00:00Z");

    assertThat(ages.standardize("born 03/2020", REFERENCE).minMonths()).isEqualTo(80);
    assertThat(ages.standardize("born 03/2020", later).minMonths()).isEqualTo(128);
    assertThat(ages.standardize("born 03/2020", YearMonth.of(2020, 3)).minMonths()).isZero();
  }

  @Test
  void aBirthYearOfTheCurrentYearIsClampedAtZero() {
    StandardizedAge age = ages.standardize("2026", YearMonth.of(2026, 3));

    assertThat(age.minMonths()).isZero();
    assertThat(age.maxMonths()).isEqualTo(2);
    assertThat(age.category()).isEqualTo(AgeCategory.PUPPY);
  }

  @Test
  void everyParsedAgeHasExactlyTheCategoryOfItsMidpoint() {
    Random random = new Random(42);
    String[] units = {
      "years", "year", "yrs", "y/o", "months", "mnths", "weeks", "Jahre", "Monate", "Wochen",
      "años", "meses", "anni", "mesi", "yaş", "ay", "jaar", "maanden"
    };
    String[] shapes = {
      "%d %s",
      "%d - %d %s",
      "under %d %s",
      "%d + %s",
      "ca. %d %s alt",
      "born %02d/%d",
      "%d",
      "%d,5 %s",
      "%d %s %d months",
      "geb. %02d.%d"
    };
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      String shape = shapes[random.nextInt(shapes.length)];
      String unit = units[random.nextInt(units.length)];
      int a = random.nextInt(30);
      int b = a + random.nextInt(30);
      String text;
      if (shape.startsWith("born") || shape.startsWith("geb")) {
        text = String.format(shape, 1 + random.nextInt(12), 1996 + random.nextInt(32));
      } else if (shape.equals("%d")) {
        text = String.format(shape, 1990 + random.nextInt(40));
      } else if (shape.contains("%d - %d")) {
        text = String.format(shape, a, b, unit);
      } else if (shape.contains("months")) {
        text = String.format(shape, a, unit, random.nextInt(12));
      } else {
        text = String.format(shape, a, unit);
      }
      StandardizedAge age = ages.standardize(text, REFERENCE);
      if (age.known()) {
        parsed++;
        assertThat(age.minMonths()).as(text).isBetween(0, age.maxMonths());
        assertThat(age.category())
            .as(text)
            .isEqualTo(AgeCategory.forRange(age.minMonths(), age.maxMonths()));
      } else {
        assertThat(age.maxMonths()).as(text).isNull();
        assertThat(age.category()).as(text).isNull();
      }
    }
    assertThat(parsed).as("most generated ages parse").isGreaterThan(15_000);
  }

  /** "N unit" texts have a shortcut; a trailing "!" forces the full reading, which must agree. */
  @Test
  void theShortcutForNumberAndUnitAgreesWithTheFullReading() {
    String[] units = {
      "years",
      "year",
      "yrs",
      "yr.",
      "y/o",
      "y.o.",
      "yo",
      "y",
      "jahre",
      "jahr",
      "j.",
      "anni",
      "anos",
      "yas",
      "jaar",
      "an",
      "months",
      "month",
      "mnths",
      "mo",
      "mos.",
      "monate",
      "monat",
      "meses",
      "mesi",
      "ay",
      "aylik",
      "maanden",
      "mois",
      "m",
      "weeks",
      "wks",
      "wochen",
      "semanas",
      "settimane",
      "hafta",
      "weken"
    };
    for (String unit : units) {
      for (int n = 0; n < 100; n++) {
        for (String text : new String[] {n + " " + unit, n + unit, n + " " + unit + " old"}) {
          StandardizedAge shortcut = ages.standardize(text, REFERENCE);
          StandardizedAge full = ages.standardize(text + " !", REFERENCE);
          assertThat(shortcut.minMonths()).as(text).isEqualTo(full.minMonths());
          assertThat(shortcut.maxMonths()).as(text).isEqualTo(full.maxMonths());
        }
      }
    }
  }

  @ParameterizedTest(name = "[{0}, {1}] -> {2}")
  @CsvSource({
    "0, 2, Puppy",
    "6, 12, Puppy",
    "11, 12, Puppy",
    "12, 12, Young",
    "10, 14, Young",
    "24, 47, Young",
    "24, 48, Adult",
    "24, 60, Adult",
    "35, 37, Adult",
    "84, 96, Adult",
    "95, 97, Senior",
    "96, 132, Senior"
  })
  void categoriesFollowTheMidpointWithoutGaps(int min, int max, String category) {
    assertThat(AgeCategory.forRange(min, max).wireValue()).isEqualTo(category);
  }

  private void assertAge(String text, String category, int min, int max) {
    StandardizedAge age = ages.standardize(text, REFERENCE);

    assertThat(age.text()).isEqualTo(text);
    assertThat(age.minMonths()).as("min").isEqualTo(min);
    assertThat(age.maxMonths()).as("max").isEqualTo(max);
    assertThat(age.category().wireValue()).isEqualTo(category);
  }
}
