package dev.rescuedogs.core.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark corpus standardizes, deterministically, with the invariants every record must keep.
 */
class CorpusStandardizationTest {

  private static final Instant REFERENCE = Instant.parse("2026-11-26T00:00:00Z");
  private static final Pattern MARKUP_START = Pattern.compile("<[\\p{L}/!?]");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int RECORDS = 4_000;

  @Test
  void standardizesTheGeneratedCorpus() {
    List<RawDog> corpus = new CorpusGenerator(20261126L).generate(RECORDS);
    assertThat(new CorpusGenerator(20261126L).generate(RECORDS)).isEqualTo(corpus);
    DogStandardizer standardizer = new DogStandardizer();

    List<String> problems = new ArrayList<>();
    int accepted = 0;
    int resolvedBreeds = 0;
    int knownAges = 0;
    for (RawDog raw : corpus) {
      StandardizedDog dog = standardizer.standardize(raw, REFERENCE);
      if (!standardizer.standardize(raw, REFERENCE).equals(dog)) {
        problems.add("not deterministic: " + raw);
      }
      if (!SLUG.matcher(dog.breed().slug()).matches()) {
        problems.add("slug " + dog.breed().slug());
      }
      String description = dog.description();
      if (description != null
          && (MARKUP_START.matcher(description).find()
              || description.contains("onerror")
              || description.contains("track(")
              || description.contains("color:red"))) {
        problems.add("markup left in " + description);
      }
      if (dog.qualityScore() < 0 || dog.qualityScore() > 1) {
        problems.add("score " + dog.qualityScore());
      }
      knownAges += dog.age().known() ? 1 : 0;
      resolvedBreeds += dog.breed().resolved() ? 1 : 0;
      if (!dog.rejected()) {
        accepted++;
        if (dog.name() == null || dog.name().isBlank()) {
          problems.add("accepted without a name: " + raw.name());
        }
      }
    }
    assertThat(problems).isEmpty();
    // The generator makes about one record in five unusable (page furniture, empty names, no id …).
    assertThat(accepted).isBetween(RECORDS * 70 / 100, RECORDS * 90 / 100);
    assertThat(resolvedBreeds).isGreaterThan(RECORDS * 90 / 100);
    assertThat(knownAges).isGreaterThan(RECORDS * 95 / 100);
  }
}
