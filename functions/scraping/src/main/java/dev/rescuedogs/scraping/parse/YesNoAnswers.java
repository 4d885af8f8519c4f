package dev.rescuedogs.scraping.parse;

import dev.rescuedogs.core.text.PhraseSet;
import java.util.List;

/**
 * Reads a site's answer to a compatibility question ("Good with cats?", "Verträgt sich mit
 * Hunden:") as {@code "yes"}, {@code "no"} or {@code "unknown"}, the values raw dogs carry in their
 * {@code good_with_dogs/cats/children} properties. Answers are short words ("ja", "No") or
 * sentences ("I can live with children", "I’m looking for a home without cats"), in English or
 * German. Hedged answers ("selective", "kann getestet werden", "not tested") are unknown; a hedge
 * wins over a "no" inside it ("not tested with cats" says nothing about cats), and a "no" wins over
 * a "yes" ("can't live with cats").
 */
public final class YesNoAnswers {

  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String UNKNOWN = "unknown";

  private static final PhraseSet HEDGES =
      new PhraseSet(
          List.of(
              "unknown",
              "not known",
              "unsure",
              "not sure",
              "untested",
              "not tested",
              "not been tested",
              "hasn't been tested",
              "hasn't been around",
              "has not been around",
              "never been around",
              "can be tested",
              "to be tested",
              "selective",
              "depends",
              "depending",
              "maybe",
              "possibly",
              "probably",
              "with training",
              "older children",
              "older kids",
              "teenagers",
              "with slow introduction",
              "unbekannt",
              "nicht getestet",
              "ungetestet",
              "kann getestet werden",
              "wird getestet",
              "bedingt",
              "eventuell",
              "vielleicht",
              "teilweise",
              "wahrscheinlich",
              "nach gewohnung",
              "nach eingewohnung",
              "altere kinder",
              "nicht bekannt"));

  private static final PhraseSet NEGATIVES =
      new PhraseSet(
          List.of(
              "no",
              "not",
              "never",
              "without",
              "cannot",
              "can't",
              "can not",
              "won't",
              "doesn't",
              "does not",
              "isn't",
              "must be the only",
              "only dog",
              "only pet",
              "adult only",
              "adults only",
              "nein",
              "nicht",
              "kein",
              "keine",
              "keinen",
              "ohne",
              "einzelhund"));

  private static final PhraseSet POSITIVES =
      new PhraseSet(
          List.of(
              "yes",
              "ok",
              "okay",
              "good",
              "great",
              "fine",
              "can live",
              "lives with",
              "lived with",
              "living with",
              "gets along",
              "get along",
              "loves",
              "friendly",
              "happy with",
              "brilliant",
              "excellent",
              "perfect",
              "lovely",
              "sweet",
              "adores",
              "enjoys",
              "plays with",
              "ja",
              "gut",
              "vertragt sich",
              "vertraglich",
              "problemlos",
              "geeignet"));

  private YesNoAnswers() {}

  /**
   * The answer as yes, no or unknown; null when there is no answer at all. An answer that names
   * neither a yes nor a no is unknown: the site said something, but nothing clear.
   */
  public static String read(String answer) {
    if (answer == null || answer.isBlank()) {
      return null;
    }
    if (HEDGES.foundIn(answer)) {
      return UNKNOWN;
    }
    if (NEGATIVES.foundIn(answer)) {
      return NO;
    }
    if (POSITIVES.foundIn(answer)) {
      return YES;
    }
    return UNKNOWN;
  }
}
