package dev.rescuedogs.core.status;

import dev.rescuedogs.core.text.Fold;
import dev.rescuedogs.core.text.PhraseSet;
import java.util.List;

/**
 * Reads adoption status from listing and detail badges in every site language: reserved
 * (reserviert, reservado, riservato, rezerve, gereserveerd, on hold …), adopted (vermittelt,
 * adoptado, adottato, geadopteerd, sahiplendirildi, "Zuhause gefunden" …), otherwise available.
 * "Available for adoption" is available: only whole words count.
 */
public final class StatusStandardizer {

  private static final PhraseSet ADOPTED =
      PhraseSet.of(
          "adopted|has been adopted|rehomed|homed|home found|found a home|found her home"
              + "|found his home|found their home|found a family|adoptiert|vermittelt"
              + "|zuhause gefunden|happy end|happy ends|adoptado|adoptada|adoptados|adottato"
              + "|adottata|adottati|geadopteerd|sahiplendirildi|sahiplenildi|yuvalandi");

  private static final PhraseSet RESERVED =
      PhraseSet.of(
          "reserved|reservation|on hold|adoption pending|pending adoption|under offer"
              + "|reserviert|vorgemerkt|reservado|reservada|riservato|riservata|prenotato|prenotata"
              + "|rezerve|rezerv|gereserveerd");

  /**
   * The status of a dog from its status text, else from other badge texts (such as the words
   * removed from its name); available when none names a status.
   */
  public DogStatus standardize(String statusText, String... badges) {
    DogStatus status = statusOf(statusText);
    for (int i = 0; status == null && i < badges.length; i++) {
      status = statusOf(badges[i]);
    }
    return status == null ? DogStatus.AVAILABLE : status;
  }

  /** Adopted or reserved when the text says so (adopted wins), otherwise null. */
  public DogStatus statusOf(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("available")) {
      return null;
    }
    List<String> words = Fold.words(text);
    if (ADOPTED.foundIn(words)) {
      return DogStatus.ADOPTED;
    }
    if (RESERVED.foundIn(words)) {
      return DogStatus.RESERVED;
    }
    return null;
  }
}
