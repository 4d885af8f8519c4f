package dev.rescuedogs.core.name;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.status.DogStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCleanerTest {

  private final NameCleaner names = new NameCleaner();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bella                                  | Bella
          # entities, mojibake (Dogs Trust pages without charset), NFC
          Bella &amp; Luna                       | Bella & Luna
          Ren&eacute;                            | René
          MÃ¼ller                                | Müller
          ZoÃ©                                   | Zoé
          Rene\u0301                             | René
          # emoji and flags
          Teddy 🇬🇧                               | Teddy
          ⭐💜Tea💜⭐                              | Tea
          ✔️ Freya                               | Freya
          # status badges
          ADOPT ME! Rocky                        | Rocky
          FOSTER ME! Bonnie                      | Bonnie
          Rocky - URGENT                         | Rocky
          RESERVED Naima                         | Naima
          Benny (reserviert)                     | Benny
          vermittelt - Bruno                     | Bruno
          Luna reservado                         | Luna
          Pflegehund Tindra                      | Tindra
          # parentheticals and quoted asides
          LILLIANA (LILLI)                       | Lilliana
          Strolch (vermittlungshilfe)            | Strolch
          Mo'nique "vermittlungshilfe"           | Mo'nique
          Max {Serbia}                           | Max
          Pixel ( reserved)                      | Pixel
          # location and description suffixes
          Tea in the UK!                         | Tea
          Mila from Serbia                       | Mila
          Luna / FINLAND                         | Luna
          Rex - in Romania                       | Rex
          Bella - female                         | Bella
          Louis- 2 years old - in Romania        | Louis
          Milo he's a boy who loves cuddles      | Milo
          Sam, 3 years                           | Sam
          # "I'm ..." headings of Pets in Turkey
          I'm Aliza                              | Aliza
          I’m Buddy                              | Buddy
          # title case for ALL-CAPS and all-lowercase, apostrophes and hyphens kept
          NAIMA                                  | Naima
          MO'NIQUE                               | Mo'nique
          ANNA-LENA                              | Anna-Lena
          anna-lena                              | Anna-Lena
          BONNIE & CLYDE                         | Bonnie & Clyde
          MAX II                                 | Max II
          McDonald                               | McDonald
          O'Malley                               | O'Malley
          Daisy-Mae                              | Daisy-Mae
          """)
  void cleansNames(String raw, String expected) {
    CleanedName name = names.clean(raw.replace("\\u0301", "\u0301"));

    assertThat(name.name()).isEqualTo(expected);
    assertThat(name.rejection()).isNull();
    assertThat(name.accepted()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # REAN created 7 dogs named "Please" from call-to-action text (#337)
          Please                          | name_is_page_furniture
          Please!                         | name_is_page_furniture
          More info                       | name_is_page_furniture
          Read more                       | name_is_page_furniture
          Adopt me                        | name_is_page_furniture
          ADOPT ME!                       | name_is_page_furniture
          Mehr erfahren                   | name_is_page_furniture
          HUNDENAME                       | name_is_page_furniture
          Page not found                  | name_is_error_text
          Error 404                       | name_is_error_text
          Access denied                   | name_is_error_text
          This site can't be reached      | name_is_error_text
          Seite nicht gefunden            | name_is_error_text
          Gift Card                       | name_is_shop_item
          £25 Gift Voucher                | name_is_price
          Gutschein                       | name_is_shop_item
          SAVE20                          | name_is_shop_item
          AB-1234-CD                      | name_is_shop_item
          https://example.org/dogs/rex    | name_is_url
          www.dogs.de                     | name_is_url
          Bella £250                      | name_is_price
          £250                            | name_is_price
          250 €                           | name_is_price
          12345                           | name_mostly_digits
          Dog 1234567                     | name_mostly_digits
          X                               | name_too_short
          Ö                               | name_too_short
          RESERVED                        | missing_name
          ⭐💜                             | missing_name
          """)
  void rejectsWhatIsNotAName(String raw, String reason) {
    CleanedName name = names.clean(raw);

    assertThat(name.rejection()).isEqualTo(RejectReason.fromWireValue(reason));
    assertThat(name.accepted()).isFalse();
  }

  /** One-word names have a shortcut; an emoji after the name forces the full path, which agrees. */
  @Test
  void theShortcutForOneWordNamesAgreesWithTheFullPath() {
    String[] words = {
      "Bella",
      "BELLA",
      "bella",
      "Mo'nique",
      "MO'NIQUE",
      "Anna-Lena",
      "ANNA-LENA",
      "McDonald",
      "Jo",
      "Please",
      "Adopted",
      "Reserved",
      "Voucher",
      "Im",
      "Dog",
      "Unavailable",
      "Forbidden",
      "Pflegehund",
      "Urgent",
      "Rex",
      "XX",
      "Adoptable",
      "Sos",
      "Oops"
    };
    for (String word : words) {
      CleanedName shortcut = names.clean(word);
      CleanedName full = names.clean(word + " \uD83D\uDC36");

      assertThat(shortcut.name()).as(word).isEqualTo(full.name());
      assertThat(shortcut.rejection()).as(word).isEqualTo(full.rejection());
      assertThat(shortcut.status()).as(word).isEqualTo(full.status());
    }
  }

  @Test
  void emptyNamesAreMissing() {
    assertThat(names.clean(null).rejection()).isEqualTo(RejectReason.MISSING_NAME);
    assertThat(names.clean("   ").rejection()).isEqualTo(RejectReason.MISSING_NAME);
    assertThat(names.clean("<b></b>").rejection()).isEqualTo(RejectReason.MISSING_NAME);
  }

  @Test
  void reportsStatusAndSexStatedInTheName() {
    assertThat(names.clean("Pixel ( reserved)").status()).isEqualTo(DogStatus.RESERVED);
    assertThat(names.clean("ADOPTED Rex").status()).isEqualTo(DogStatus.ADOPTED);
    assertThat(names.clean("Zuhause gefunden: Benny").status()).isEqualTo(DogStatus.ADOPTED);
    assertThat(names.clean("Bella - female").sex()).isEqualTo(Sex.FEMALE);
    assertThat(names.clean("Rocky (male)").sex()).isEqualTo(Sex.MALE);
    assertThat(names.clean("Bella").status()).isNull();
    assertThat(names.clean("Bella").sex()).isNull();
  }

  @Test
  void hostileMarkupInANameIsRemoved() {
    CleanedName name = names.clean("<script>alert(1)</script>Rex<img src=x onerror=alert(2)>");

    assertThat(name.name()).isEqualTo("Rex");
    assertThat(names.clean("&lt;b&gt;Rex&lt;/b&gt;").name()).isEqualTo("Rex");
  }

  @Test
  void aNameEntirelyInQuotesIsKept() {
    assertThat(names.clean("\"Bella\"").name()).isEqualTo("Bella");
    assertThat(names.clean("(Bella)").name()).isEqualTo("Bella");
  }
}
