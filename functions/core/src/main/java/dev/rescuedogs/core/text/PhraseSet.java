package dev.rescuedogs.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of phrases matched on word boundaries of folded text: "Zuhause gefunden" matches "Endlich
 * ein ZUHAUSE GEFUNDEN!" but "reserved" does not match "unreserved".
 */
public final class PhraseSet {

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  /** A set of the phrases separated by '|' in the text: {@code PhraseSet.of("adopted|on hold")}. */
  public static PhraseSet of(String pipeSeparated) {
    return new PhraseSet(List.of(pipeSeparated.split("\\|")));
  }

  public PhraseSet(Collection<String> phrases) {
    for (String phrase : phrases) {
      List<String> words = Fold.words(phrase);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      byFirstWord
          .computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(words.toArray(new String[0]));
    }
  }

  /** Whether any phrase occurs in the words. */
  public boolean foundIn(List<String> words) {
    return indexIn(words) >= 0;
  }

  /** Whether any phrase occurs in the text. */
  public boolean foundIn(String text) {
    return text != null && foundIn(Fold.words(text));
  }

  /** Whether the whole text is one of the phrases. */
  public boolean isWhole(String text) {
    return isWhole(Fold.words(text));
  }

  /** Whether the words are exactly one of the phrases. */
  public boolean isWhole(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String[] phrase : byFirstWord.getOrDefault(words.get(0), List.of())) {
      if (phrase.length == words.size() && matchesAt(words, 0, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first word where a phrase starts, or -1. */
  public int indexIn(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (lengthAt(words, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The number of words of the longest phrase starting at word {@code start}, or 0. */
  public int lengthAt(List<String> words, int start) {
    List<String[]> candidates = byFirstWord.get(words.get(start));
    if (candidates == null) {
      return 0;
    }
    int longest = 0;
    for (String[] phrase : candidates) {
      if (phrase.length > longest && matchesAt(words, start, phrase)) {
        longest = phrase.length;
      }
    }
    return longest;
  }

  private static boolean matchesAt(List<String> words, int start, String[] phrase) {
    if (start + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(start + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
