package dev.rescuedogs.core.sex;

import dev.rescuedogs.core.text.Fold;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dog's sex from the {@code sex} field, then the {@code gender} field (some scrapers of the
 * original wrote it there, and it was lost), then other short texts (a name aside such as "(male)",
 * an info line such as "2 year old male"). Words in English, German, Spanish, Italian, Turkish and
 * Dutch; single letters (m, f, w for weiblich) and "dog" only when they are the whole field. A text
 * naming both sexes ("Männlich/ Weiblich", a template placeholder) says nothing.
 */
public final class SexStandardizer {

  private static final Map<String, Sex> WORDS = sexWords();

  /** The first source that names exactly one sex; null when none does. */
  public Sex standardize(String sex, String gender, String... otherTexts) {
    Sex found = read(sex, true);
    if (found == null) {
      found = read(gender, true);
    }
    for (int i = 0; found == null && i < otherTexts.length; i++) {
      found = read(otherTexts[i], false);
    }
    return found;
  }

  /** The sex one text names, or null when it names none or both. */
  public Sex read(String text, boolean dedicatedField) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // The usual values, without splitting into words.
    if (text.equalsIgnoreCase("male")) {
      return Sex.MALE;
    }
    if (text.equalsIgnoreCase("female")) {
      return Sex.FEMALE;
    }
    List<String> words = Fold.words(text);
    if (dedicatedField && words.size() == 1) {
      switch (words.get(0)) {
        case "m", "dog" -> {
          return Sex.MALE;
        }
        case "f", "w" -> {
          return Sex.FEMALE;
        }
        default -> {}
      }
    }
    Sex found = null;
    for (String word : words) {
      Sex sex = WORDS.get(word);
      if (sex != null) {
        if (found != null && found != sex) {
          return null;
        }
        found = sex;
      }
    }
    return found;
  }

  private static Map<String, Sex> sexWords() {
    Map<String, Sex> map = new HashMap<>();
    for (String word :
        words(
            "male males boy rude ruede ruden mannlich maennlich macho maschio maschietto"
                + " erkek reu reutje mannetje stud")) {
      map.put(word, Sex.MALE);
    }
    for (String word :
        words(
            "female females girl bitch hundin huendin weiblich hembra hembrita femmina"
                + " femminuccia disi teef teefje vrouwtje")) {
      map.put(word, Sex.FEMALE);
    }
    return Map.copyOf(map);
  }

  private static List<String> words(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }
}
