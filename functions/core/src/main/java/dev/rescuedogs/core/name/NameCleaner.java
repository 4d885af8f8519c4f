package dev.rescuedogs.core.name;

import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.sex.SexStandardizer;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.core.text.Emoji;
import dev.rescuedogs.core.text.Fold;
import dev.rescuedogs.core.text.PhraseSet;
import dev.rescuedogs.core.text.TextSanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a scraped dog name and decides whether it is a name at all.
 *
 * <p>Cleaning: markup and character references decoded, mojibake repaired, Unicode NFC; emoji and
 * flags removed; parenthetical and quoted asides removed ("Strolch (vermittlungshilfe)", {@code
 * Mo'nique "vermittlungshilfe"}); status badges removed (ADOPTED, RESERVED, URGENT, ADOPT ME!,
 * FOSTER ME!, reserviert, vermittelt, reservado, Pflegehund …); "I'm Aliza" → "Aliza"; suffixes
 * after a spaced dash or slash, a comma, or "in"/"from" removed ("Tea in the UK!", "Mila from
 * Serbia", "Luna / FINLAND", "Rex - in Romania", "Bella - female"); ALL-CAPS and all-lowercase
 * names title-cased, keeping apostrophes and hyphens (MO'NIQUE → Mo'nique, ANNA-LENA → Anna-Lena).
 *
 * <p>Rejected: empty, fewer than two letters, mostly digits, URLs, prices, error-page text, shop
 * items and page furniture ("Please", "More info", "Read more", "Adopt me").
 */
public final class NameCleaner {

  private static final Pattern ASIDES =
      Pattern.compile(
          "\\([^()]*\\)?|\\[[^\\[\\]]*\\]?|\\{[^{}]*\\}?|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»");

  /** "I'm Aliza", "Hi, I'm Buddy", "Ich bin Rex": the name follows. */
  private static final PhraseSet INTRODUCTIONS =
      PhraseSet.of("im|i am|ich bin|ik ben|hi im|hi i am|hello im|hello i am|hallo ich bin|hey im");

  /** Badges removed wherever they stand in a name, as whole words. */
  private static final PhraseSet BADGES =
      PhraseSet.of(
          "adopt me|foster me|sponsor me|adopted|reserved|on hold|urgent|urgente|available"
              + "|adoptable|notfall|sos|reserviert|vermittelt|zuhause gefunden|pflegehund"
              + "|pflegehundin|pflegestelle|reservado|reservada|adoptado|adoptada|riservato"
              + "|riservata|adottato|adottata|gereserveerd|geadopteerd|rezerve|sahiplendirildi"
              + "|happy end");

  /** Where the name ends and a description of the dog or its whereabouts begins. */
  private static final Pattern SUFFIX =
      Pattern.compile(
          "\\s[-\u2013\u2014/|]|[-\u2013\u2014/|]\\s|[,;:\u2022\u00B7]\\s|,"
              + "|\\s(?:in|from|aus|now in|currently in|ready to fly)\\s+\\S"
              + "|\\s(?:he|she)(?:'s|\\s+is)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?i)(?:ii|iii|iv|vi|vii|viii|ix)");
  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?:https?:|www\\.|(?<![a-z0-9-])[a-z0-9-]+\\."
              + "(?:com|org|net|de|uk|co|eu|info|io|es|it|nl|tr|ro|gr|bg|ba|rs|hr|at|ch|fr|be|pt"
              + "|ie)"
              + "(?![a-z]))");
  private static final Pattern PRICE =
      Pattern.compile(
          "[$€£¥₹]\\s*\\d|\\d(?:[.,]\\d+)?\\s*(?:€|£|\\$|eur|euro|euros|gbp|usd|tl|lira)(?![a-z])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRODUCT_CODE =
      Pattern.compile(
          "^(?:[A-Z]{2,4}-?\\d{3,}-?[A-Z]{2,4}"
              + "|(?:SAVE|GET|CODE|FREE|SALE|DEAL|BUY|WIN|DISCOUNT|OFF)\\d+)$");

  private static final PhraseSet ERROR_TEXT =
      PhraseSet.of(
          "page not found|not found|error 404|404 error|404|500 internal"
              + "|internal server error|server error|access denied|forbidden|timeout|timed out"
              + "|unavailable|service unavailable|bad gateway|site cant be reached"
              + "|something went wrong|just a moment|attention required|captcha"
              + "|seite nicht gefunden|nicht gefunden|zugriff verweigert|pagina no encontrada"
              + "|pagina non trovata|sayfa bulunamadi|pagina niet gevonden|niet gevonden");

  private static final PhraseSet SHOP_WORDS =
      PhraseSet.of(
          "gift card|giftcard|gift voucher|voucher|coupon|promo code|promocode|discount"
              + "|gutschein|rabatt|add to cart|add to basket|in den warenkorb|cupon|descuento"
              + "|buono regalo|sconto|indirim|kupon|hediye ceki|kortingscode|cadeaubon|merchandise"
              + "|t shirt|tshirt|hoodie|calendar|kalender|tote bag");

  private static final PhraseSet PAGE_FURNITURE =
      PhraseSet.of(
          "please|please note|please read|please share|more info|more information"
              + "|more details|read more|learn more|see more|view more|find out more|click here"
              + "|adopt me|adopt|adoption|adoptions|apply|apply now|contact|contact us|donate"
              + "|donate now|sponsor|sponsor me|foster me|meet me|view|view details|details|home"
              + "|menu|next|previous|prev|back|search|filter|sort|share|subscribe|login|log in"
              + "|sign in|our dogs|dogs|dog|all dogs|available dogs|meet our dogs|hunde"
              + "|unsere hunde|mehr|mehr erfahren|mehr infos|mehr info|weiterlesen|kontakt|zuruck"
              + "|weiter|leer mas|ver mas|mas informacion|perros|adoptar|scopri di piu|leggi di piu"
              + "|piu info|cani|adotta|daha fazla|devamini oku|detaylar|sahiplen|kopekler|meer info"
              + "|lees meer|meer informatie|honden|adopteer|bekijk|dog name|name|hundename|test"
              + "|placeholder|unknown|n a|tbc");

  private final StatusStandardizer statuses = new StatusStandardizer();
  private final SexStandardizer sexes = new SexStandardizer();

  /** Cleans and checks one name. */
  public CleanedName clean(String rawName) {
    String text = TextSanitizer.inline(rawName);
    if (text == null) {
      return new CleanedName(null, RejectReason.MISSING_NAME, null, null, "");
    }
    if (!Fold.isAscii(text)) {
      text = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }
    CleanedName simple = simpleName(text);
    if (simple != null) {
      return simple;
    }
    StringBuilder removed = new StringBuilder();

    String name = Emoji.strip(text);
    name = removeAsides(name, removed);
    name = removeBadges(name, removed);
    name = cutSuffix(name, removed);
    name = collapseSpaces(name);
    boolean priced = isPrice(name);
    name = trimNonLetters(name);
    if (!name.isEmpty() && isSingleCase(name)) {
      name = titleCase(name);
    }

    String removedText = removed.toString();
    DogStatus status = statuses.statusOf(removedText);
    Sex sex = sexes.read(removedText, false);
    RejectReason rejection = check(name, text, priced);
    return new CleanedName(
        name.isEmpty() ? null : name, rejection, status, sex, removedText.strip());
  }

  /**
   * Most names are one plain word ("Bella", "NAIMA", "Anna-Lena"): letters with inner apostrophes
   * or hyphens, and no badge, furniture, error or shop word. They need no more than title-casing;
   * the result is what the general path would give. Null for any other name.
   */
  private static CleanedName simpleName(String text) {
    int n = text.length();
    if (n < 2 || n > 40 || !isAsciiLetter(text.charAt(0)) || !isAsciiLetter(text.charAt(n - 1))) {
      return null;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !((c == '\'' || c == '-') && isAsciiLetter(text.charAt(i - 1)))) {
        return null;
      }
    }
    List<String> words = Fold.words(text);
    if (BADGES.indexIn(words) >= 0
        || INTRODUCTIONS.indexIn(words) >= 0
        || ERROR_TEXT.indexIn(words) >= 0
        || SHOP_WORDS.indexIn(words) >= 0
        || PAGE_FURNITURE.indexIn(words) >= 0) {
      return null;
    }
    String name = isSingleCase(text) ? titleCase(text) : text;
    return new CleanedName(name, null, null, null, "");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String removeAsides(String name, StringBuilder removed) {
    if (!containsAsideMark(name)) {
      return name;
    }
    Matcher matcher = ASIDES.matcher(name);
    StringBuilder kept = new StringBuilder(name.length());
    int copied = 0;
    while (matcher.find()) {
      kept.append(name, copied, matcher.start()).append(' ');
      removed.append(' ').append(matcher.group());
      copied = matcher.end();
    }
    kept.append(name, copied, name.length());
    if (countLetters(kept) == 0) {
      // The whole name was in brackets or quotes: keep it, drop only the marks.
      return name.replaceAll("[()\\[\\]{}\"“”„«»]", " ");
    }
    return kept.toString();
  }

  private static boolean containsAsideMark(String name) {
    for (int i = 0; i < name.length(); i++) {
      switch (name.charAt(i)) {
        case '(', '[', '{', '"', '“', '„', '«' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * Removes an introduction at the start ("I'm") and badges anywhere, as whole space-separated
   * tokens: "ADOPT ME! Rocky" → "Rocky", but "Adoptable-Annie" keeps its token.
   */
  private static String removeBadges(String name, StringBuilder removed) {
    String[] tokens = splitOnWhitespace(name);
    List<String> words = new ArrayList<>(tokens.length + 2);
    List<Integer> tokenOfWord = new ArrayList<>(tokens.length + 2);
    int[] firstWord = new int[tokens.length];
    int[] wordCount = new int[tokens.length];
    for (int t = 0; t < tokens.length; t++) {
      firstWord[t] = words.size();
      for (String word : Fold.words(tokens[t])) {
        words.add(word);
        tokenOfWord.add(t);
      }
      wordCount[t] = words.size() - firstWord[t];
    }
    if (words.isEmpty()) {
      return name;
    }
    boolean[] drop = new boolean[tokens.length];
    boolean any = false;
    int introduction = INTRODUCTIONS.lengthAt(words, 0);
    if (introduction > 0
        && wholeTokens(0, introduction, tokenOfWord, firstWord, wordCount)
        && introduction < words.size()) {
      for (int t = 0; t <= tokenOfWord.get(introduction - 1); t++) {
        drop[t] = true;
      }
      any = true;
    }
    for (int w = 0; w < words.size(); w++) {
      int length = BADGES.lengthAt(words, w);
      if (length > 0 && wholeTokens(w, length, tokenOfWord, firstWord, wordCount)) {
        for (int t = tokenOfWord.get(w); t <= tokenOfWord.get(w + length - 1); t++) {
          drop[t] = true;
          removed.append(' ').append(tokens[t]);
        }
        any = true;
        w += length - 1;
      }
    }
    if (!any) {
      return name;
    }
    StringBuilder kept = new StringBuilder(name.length());
    for (int t = 0; t < tokens.length; t++) {
      if (!drop[t]) {
        kept.append(kept.length() > 0 ? " " : "").append(tokens[t]);
      }
    }
    return kept.toString();
  }

  private static String[] splitOnWhitespace(String text) {
    List<String> tokens = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens.toArray(new String[0]);
  }

  /** Whether words [start, start+length) are exactly the words of whole tokens. */
  private static boolean wholeTokens(
      int start, int length, List<Integer> tokenOfWord, int[] firstWord, int[] wordCount) {
    int firstToken = tokenOfWord.get(start);
    int lastToken = tokenOfWord.get(start + length - 1);
    return firstWord[firstToken] == start
        && firstWord[lastToken] + wordCount[lastToken] == start + length;
  }

  /**
   * Cuts the name at the first suffix marker that leaves a name with at least two letters before
   * it.
   */
  private static String cutSuffix(String name, StringBuilder removed) {
    if (!mayHaveSuffix(name)) {
      return name;
    }
    Matcher matcher = SUFFIX.matcher(name);
    while (matcher.find()) {
      String head = name.substring(0, matcher.start());
      if (countLetters(head) >= 2) {
        removed.append(' ').append(name, matcher.start(), name.length());
        return head;
      }
    }
    return name;
  }

  private static boolean mayHaveSuffix(String name) {
    for (int i = 0; i < name.length(); i++) {
      switch (name.charAt(i)) {
        case ' ', '-', '\u2013', '\u2014', '/', '|', ',', ';', ':', '\u2022', '\u00B7' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String trimNonLetters(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** All cased letters upper case, or all lower case. */
  private static boolean isSingleCase(String name) {
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    return upper != lower;
  }

  /**
   * Each word and each hyphen-separated part starts upper case; Roman numerals after the first word
   * stay.
   */
  static String titleCase(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean startOfPart = true;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (startOfPart && Character.isLetter(cp)) {
        out.appendCodePoint(Character.toTitleCase(cp));
        startOfPart = false;
      } else {
        out.appendCodePoint(cp);
        startOfPart = cp == ' ' || cp == '-' || cp == '&' || cp == '/';
      }
    }
    String[] words = out.toString().split(" ");
    for (int i = 1; i < words.length; i++) {
      if (ROMAN_NUMERAL.matcher(words[i]).matches()) {
        words[i] = words[i].toUpperCase(Locale.ROOT);
      }
    }
    return String.join(" ", words);
  }

  private RejectReason check(String name, String original, boolean priced) {
    List<String> originalWords = Fold.words(original);
    if (name.isEmpty()) {
      if (PAGE_FURNITURE.isWhole(originalWords)) {
        return RejectReason.NAME_IS_PAGE_FURNITURE;
      }
      if (isUrl(original)) {
        return RejectReason.NAME_IS_URL;
      }
      return RejectReason.MISSING_NAME;
    }
    if (isUrl(name)) {
      return RejectReason.NAME_IS_URL;
    }
    if (priced) {
      return RejectReason.NAME_IS_PRICE;
    }
    List<String> words = name.equals(original) ? originalWords : Fold.words(name);
    if (ERROR_TEXT.foundIn(words)) {
      return RejectReason.NAME_IS_ERROR_TEXT;
    }
    if (SHOP_WORDS.foundIn(words)
        || (hasDigit(original) && PRODUCT_CODE.matcher(original.strip()).matches())) {
      return RejectReason.NAME_IS_SHOP_ITEM;
    }
    if (PAGE_FURNITURE.isWhole(words) || PAGE_FURNITURE.isWhole(originalWords)) {
      return RejectReason.NAME_IS_PAGE_FURNITURE;
    }
    boolean mostlyDigits = isMostlyDigits(name);
    if (mostlyDigits || countLetters(name) < 2) {
      // What cleaning left is no name: say why the original was not one either ("£250",
      // "www.x.de").
      if (isPrice(original)) {
        return RejectReason.NAME_IS_PRICE;
      }
      if (isUrl(original)) {
        return RejectReason.NAME_IS_URL;
      }
      return mostlyDigits ? RejectReason.NAME_MOSTLY_DIGITS : RejectReason.NAME_TOO_SHORT;
    }
    return null;
  }

  private static boolean isUrl(String text) {
    return (text.indexOf('.') >= 0 || text.indexOf(':') >= 0) && URL.matcher(text).find();
  }

  private static boolean isPrice(String text) {
    return hasDigit(text) && PRICE.matcher(text).find();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMostlyDigits(String name) {
    int digits = 0;
    int nonSpace = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c)) {
        nonSpace++;
        if (Character.isDigit(c)) {
          digits++;
        }
      }
    }
    return digits * 2 > nonSpace;
  }

  private static int countLetters(CharSequence text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
