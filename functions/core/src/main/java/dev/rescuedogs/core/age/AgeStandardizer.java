package dev.rescuedogs.core.age;

import dev.rescuedogs.core.text.Fold;
import dev.rescuedogs.core.text.TextSanitizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an age text into a range of months and a category, relative to a reference time (the scrape
 * time, passed in; never the wall clock).
 *
 * <p>Understood, in English, German, Spanish, Italian, Turkish and Dutch: "N years" (also "3,5
 * years", "4 y/o", "2 yo", "2 Jahre", "3 años", "2 anni", "2 yaş", "2 jaar"), "N months" ("8 mnths
 * old", "3 Monate", "6 meses", "6 mesi", "3 ay"), "N weeks", "N years M months", ranges ("2 - 5
 * years", "6 - 12 months"), "under 6 months", "8 + years", birth dates ("born 03/2020", "05.2025",
 * "03/02/2024", "DOB: March 2023", "geb. ca. Februar 2026"), a bare birth year ("2016"), number
 * words ("six years") and category words (puppy, young, adult, senior, Welpe, cachorro, cucciolo,
 * yavru …). When a text holds several expressions, the first one wins; category words count only
 * when no number does.
 *
 * <p>Ranges: years y → m = ⌊12·y⌋, then m &lt; 12 → [m, min(m+2, 12)], m &lt; 36 → [m, min(m+12,
 * 36)], m &lt; 96 → [m, min(m+12, 96)], else [m, m+24]; months m &lt; 12 → [m, min(m+2, 12)], else
 * [m, m+6]; weeks → ⌊w/4.345⌋ months; birth month → [m, m+1] with m the calendar months to the
 * reference month; birth year only → 1 July of that year, [m−6, m+6] clamped at 0; explicit ranges
 * keep their bounds; "under N months" → [0, N]; "N + years" → [12N, min(12N+36, 240)].
 */
public final class AgeStandardizer {

  private static final String NUM = "\\d{1,3}(?:[.,]\\d{1,2})?";
  private static final String YEAR_WORDS =
      "years?|yrs?\\.?|yr|y/o|y\\.o\\.?|yo|jahren?|jahre|jahr|anni|anno|anos?|yasinda|yas|jaar"
          + "|jaren|ans?";
  private static final String YEAR = "(?:" + YEAR_WORDS + "|y|j\\.)(?![a-z])";
  private static final String MONTH_WORDS =
      "months?|mon\\.?|mths?|mnths?|mos?\\.?|monate?n?|monat|meses|mes|mesi|mese|aylik|ay|maanden"
          + "|maand|mois";
  private static final String MONTH = "(?:" + MONTH_WORDS + "|m)(?![a-z])";
  private static final String WEEK =
      "(?:weeks?|wks?|wochen|woche|semanas?|settimane|settimana|haftalik|hafta|weken|week)"
          + "(?![a-z])";

  /** Month names in English, German, Spanish, Italian, Turkish and Dutch (folded), by number. */
  private static final String[][] MONTH_NAME_TABLE = {
    {"january", "januar", "janner", "jan", "enero", "gennaio", "ocak", "januari"},
    {"february", "februar", "febrero", "febbraio", "februari", "feb", "subat"},
    {"march", "marz", "maerz", "marzo", "mart", "maart", "mar"},
    {"april", "abril", "aprile", "apr", "nisan"},
    {"mayis", "mayo", "maggio", "may", "mai", "mei"},
    {"june", "juni", "junio", "giugno", "jun", "haziran"},
    {"july", "juli", "julio", "luglio", "jul", "temmuz"},
    {"august", "agosto", "agustos", "augustus", "aug"},
    {"september", "septiembre", "settembre", "sept", "sep", "eylul"},
    {"october", "oktober", "octubre", "ottobre", "oct", "okt", "ekim"},
    {"november", "noviembre", "novembre", "nov", "kasim"},
    {"december", "dezember", "diciembre", "dicembre", "dec", "dez", "aralik"},
  };

  private static final Map<String, Integer> MONTHS = monthNumbers();

  /** Longest first, so that "march" is tried before "mar". */
  private static final String MONTH_NAMES =
      MONTHS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
          .collect(Collectors.joining("|"));

  /**
   * Every numeric expression as one alternation, tried where an expression can start; at one
   * position the earlier alternative wins (a range before a single number).
   */
  private static final Pattern NUMERIC =
      Pattern.compile(
          String.join(
              "|",
              // under 6 months, < 1 year
              "(?<under>(?:under|below|less than|younger than|unter|junger als|menos de|meno di|<)"
                  + "\\s*(?<uN>"
                  + NUM
                  + ")\\s*"
                  + "(?:(?<uY>"
                  + YEAR
                  + ")|(?<uM>"
                  + MONTH
                  + ")|(?<uW>"
                  + WEEK
                  + ")))",
              // 2 - 5 years, 6 - 12 months, 1 a 2 anos
              "(?<range>(?<![\\d.,])(?<rA>"
                  + NUM
                  + ")\\s*(?:-|to|bis|a|al|tot|ile|~)\\s*"
                  + "(?<rB>"
                  + NUM
                  + ")\\s*(?:(?<rY>"
                  + YEAR
                  + ")|(?<rM>"
                  + MONTH
                  + ")))",
              // 8 + years, 8 years and over, over 8 years
              "(?<plus>(?<![\\d.,])(?<pA>\\d{1,2})\\s*\\+\\s*"
                  + YEAR
                  + "|(?<![\\d.,])(?<pB>\\d{1,2})\\s*"
                  + YEAR
                  + "\\s*(?:\\+|and over|or older|or more|und alter|und mehr|plus)"
                  + "|(?:over|more than|older than|uber|ueber|mehr als|mas de|piu di|oltre)"
                  + "\\s*(?<pC>\\d{1,2})\\s*"
                  + YEAR
                  + ")",
              // 1 year 2 months, 2 Jahre und 6 Monate, 2 anos y 3 meses
              "(?<ym>(?<![\\d.,])(?<ymY>\\d{1,2})\\s*"
                  + YEAR
                  + "[\\s,]*(?:and|und|y|e|en|ve)?\\s*(?<ymM>\\d{1,2})\\s*"
                  + MONTH
                  + ")",
              "(?<years>(?<![\\d.,])(?<yN>" + NUM + ")\\s*" + YEAR + ")",
              "(?<months>(?<![\\d.,])(?<mN>\\d{1,3})\\s*\\+?\\s*" + MONTH + ")",
              "(?<weeks>(?<![\\d.,])(?<wN>\\d{1,3})\\s*" + WEEK + ")",
              // born 12/04/2021, 03.02.2024
              "(?<dmy>(?<![\\d.])(?<dA>\\d{1,2})[./-](?<dB>\\d{1,2})[./-](?<dY>\\d{4})(?!\\d))",
              // 2024-03-15, 2024-03
              "(?<iso>(?<![\\d.])(?<iY>(?:19|20)\\d{2})-(?<iM>\\d{1,2})(?:-\\d{1,2})?(?!\\d))",
              // 03/2020, 05.2025
              "(?<my>(?<![\\d.])(?<myM>\\d{1,2})[./-](?<myY>\\d{4})(?!\\d))",
              // DOB: March 2023, geb. ca. Februar 2026
              "(?<named>(?<![a-z])(?<nM>"
                  + MONTH_NAMES
                  + ")\\.?,?\\s*(?:of\\s+|de\\s+|del\\s+)?"
                  + "(?<nY>\\d{4})(?!\\d))",
              // 2016, DOB 2021 (not "2016 years")
              "(?<bare>(?<![\\d./-])(?<bY>(?:19|20)\\d{2})(?![\\d])"
                  + "(?!\\s*(?:"
                  + YEAR_WORDS
                  + "|"
                  + MONTH_WORDS
                  + ")(?![a-z])))"));

  /**
   * Indexes of the named groups of {@link #NUMERIC}: looking groups up by name costs a map lookup
   * each.
   */
  private static final Map<String, Integer> GROUPS = namedGroups(NUMERIC);

  private static final int G_BARE_YEAR = GROUPS.get("bY");
  private static final int G_BARE = GROUPS.get("bare");
  private static final int G_DMY_FIRST = GROUPS.get("dA");
  private static final int G_DMY_SECOND = GROUPS.get("dB");
  private static final int G_DMY_YEAR = GROUPS.get("dY");
  private static final int G_DMY = GROUPS.get("dmy");
  private static final int G_ISO_MONTH = GROUPS.get("iM");
  private static final int G_ISO_YEAR = GROUPS.get("iY");
  private static final int G_ISO = GROUPS.get("iso");
  private static final int G_MONTHS_COUNT = GROUPS.get("mN");
  private static final int G_MONTHS = GROUPS.get("months");
  private static final int G_MY = GROUPS.get("my");
  private static final int G_MY_MONTH = GROUPS.get("myM");
  private static final int G_MY_YEAR = GROUPS.get("myY");
  private static final int G_NAMED_MONTH = GROUPS.get("nM");
  private static final int G_NAMED_YEAR = GROUPS.get("nY");
  private static final int G_NAMED = GROUPS.get("named");
  private static final int G_PLUS_A = GROUPS.get("pA");
  private static final int G_PLUS_B = GROUPS.get("pB");
  private static final int G_PLUS_C = GROUPS.get("pC");
  private static final int G_PLUS = GROUPS.get("plus");
  private static final int G_RANGE_FROM = GROUPS.get("rA");
  private static final int G_RANGE_TO = GROUPS.get("rB");
  private static final int G_RANGE_YEARS = GROUPS.get("rY");
  private static final int G_RANGE = GROUPS.get("range");
  private static final int G_UNDER_COUNT = GROUPS.get("uN");
  private static final int G_UNDER_WEEKS = GROUPS.get("uW");
  private static final int G_UNDER_YEARS = GROUPS.get("uY");
  private static final int G_UNDER = GROUPS.get("under");
  private static final int G_WEEKS_COUNT = GROUPS.get("wN");
  private static final int G_WEEKS = GROUPS.get("weeks");
  private static final int G_YEARS_COUNT = GROUPS.get("yN");
  private static final int G_YEARS = GROUPS.get("years");
  private static final int G_YM = GROUPS.get("ym");
  private static final int G_YM_MONTHS = GROUPS.get("ymM");
  private static final int G_YM_YEARS = GROUPS.get("ymY");

  private static final int SIMPLE_YEARS = 1;
  private static final int SIMPLE_MONTHS = 2;
  private static final int SIMPLE_WEEKS = 3;

  /** Units of {@link #simple}: exactly the words the pattern's YEAR, MONTH and WEEK accept. */
  private static final Map<String, Integer> SIMPLE_UNITS = simpleUnits();

  /** One matcher per thread: a matcher of this many groups costs more to create than to run. */
  private static final ThreadLocal<Matcher> NUMERIC_MATCHER =
      ThreadLocal.withInitial(
          () -> NUMERIC.matcher("").useTransparentBounds(true).useAnchoringBounds(false));

  /** Words where an expression can start: "under 6 months", "over 8 years", "May 2018". */
  private static final Set<String> TRIGGER_WORDS = triggerWords();

  private static final String NUMBER_WORD_LIST =
      String.join(
              "|",
              words(
                  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                      + " fifteen sixteen an a eins eine einem einen ein zwei drei vier funf sechs"
                      + " sieben acht neun zehn elf zwolf uno una un dos tres cuatro cinco seis"
                      + " siete ocho nueve diez due tre quattro cinque sei sette otto nove dieci"
                      + " bir iki uc dort bes alti yedi sekiz dokuz een twee drie vijf zes zeven"
                      + " negen tien"))
          + "|half a";

  private static final Pattern WORD_NUMBER =
      Pattern.compile(
          "(?<![a-z])(?<n>"
              + NUMBER_WORD_LIST
              + ")\\s+(?:(?<y>(?:"
              + YEAR_WORDS
              + ")(?![a-z]))|(?<m>(?:"
              + MONTH_WORDS
              + ")(?![a-z]))|(?<w>"
              + WEEK
              + "))");

  private static final Map<String, Double> NUMBER_WORDS = numberWords();
  private static final Map<String, AgeCategory> CATEGORY_WORDS = categoryWords();

  private static final int MAX_PARSED = 300;
  private static final int MAX_YEARS = 30;
  private static final int MAX_MONTHS = 360;
  private static final int MAX_WEEKS = 104;
  private static final int OLDEST_BIRTH_YEARS_AGO = 30;

  /** The group's digits as an int. */
  private static int integer(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * The index of every named group of a pattern, read from its source (Java 17 has no API for it)
   * and checked against the pattern's group count.
   */
  static Map<String, Integer> namedGroups(Pattern pattern) {
    String regex = pattern.pattern();
    Map<String, Integer> groups = new HashMap<>();
    int count = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
          if (regex.startsWith("?<", i + 1)
              && i + 3 < regex.length()
              && Character.isLetter(regex.charAt(i + 3))) {
            count++;
            groups.put(regex.substring(i + 3, regex.indexOf('>', i)), count);
          }
        } else {
          count++;
        }
      }
    }
    if (count != pattern.matcher("").groupCount()) {
      throw new IllegalStateException("miscounted the groups of " + regex);
    }
    return Map.copyOf(groups);
  }

  /** Reads the age text relative to the month of the reference time (UTC). */
  public StandardizedAge standardize(String ageText, Instant referenceTime) {
    return standardize(ageText, utcMonth(referenceTime));
  }

  /** The UTC calendar month of an instant (without building time-zone rules on every call). */
  public static YearMonth utcMonth(Instant instant) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond(), 86_400L));
    return YearMonth.of(day.getYear(), day.getMonthValue());
  }

  /** Reads the age text relative to a reference month. */
  public StandardizedAge standardize(String ageText, YearMonth referenceMonth) {
    String text = TextSanitizer.inline(ageText);
    if (text == null) {
      return StandardizedAge.unknown(null);
    }
    // The first expression wins, so the start of a long text (a sentence, a pasted story) is
    // enough.
    String head = text.length() > MAX_PARSED ? text.substring(0, MAX_PARSED) : text;
    String lower = Fold.lowerAscii(head);
    int[] range = simple(lower);
    if (range == null && hasDigit(lower)) {
      range = numeric(lower, referenceMonth);
    }
    if (range == null) {
      range = wordNumber(lower);
    }
    if (range == null) {
      range = categoryWord(head);
    }
    return range == null
        ? StandardizedAge.unknown(text)
        : StandardizedAge.of(text, range[0], range[1]);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The most common form, a whole number and a unit ("2 years", "6 months", "4 y/o", "3 Monate
   * alt"), read without the pattern; the result is the pattern's. Null for any other text.
   */
  private static int[] simple(String text) {
    int n = text.length();
    int i = 0;
    int number = 0;
    while (i < n && i < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      number = number * 10 + text.charAt(i) - '0';
      i++;
    }
    if (i == 0 || (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
      return null;
    }
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    int unitStart = i;
    while (i < n && text.charAt(i) != ' ') {
      i++;
    }
    String unit = text.substring(unitStart, i);
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    String rest = text.substring(i);
    if (!rest.isEmpty() && !rest.equals("old") && !rest.equals("alt")) {
      return null;
    }
    Integer kind = SIMPLE_UNITS.get(unit);
    if (kind == null) {
      return null;
    }
    if (kind == SIMPLE_YEARS) {
      return number > MAX_YEARS ? null : yearsRule(12 * number);
    }
    return kind == SIMPLE_MONTHS ? monthsRule(number) : monthsRule(weeksToMonths(number));
  }

  /**
   * Tries the expressions only where one can start — a number, '&lt;', or a word such as "under" or
   * a month name — instead of at every character: the first one that reads as an age wins.
   */
  private static int[] numeric(String text, YearMonth reference) {
    Matcher m = NUMERIC_MATCHER.get().reset(text);
    int n = text.length();
    for (int pos = 0; pos < n; pos++) {
      char c = text.charAt(pos);
      char previous = pos == 0 ? ' ' : text.charAt(pos - 1);
      boolean candidate;
      if (c >= '0' && c <= '9') {
        candidate = !(previous >= '0' && previous <= '9') && previous != '.' && previous != ',';
      } else if (c >= 'a' && c <= 'z') {
        if (previous >= 'a' && previous <= 'z') {
          continue;
        }
        int end = pos + 1;
        while (end < n && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
          end++;
        }
        candidate = TRIGGER_WORDS.contains(text.substring(pos, end));
      } else {
        candidate = c == '<';
      }
      if (candidate) {
        m.region(pos, n);
        if (m.lookingAt()) {
          int[] range = interpret(m, reference);
          if (range != null) {
            return range;
          }
        }
      }
    }
    return null;
  }

  private static int[] interpret(Matcher m, YearMonth reference) {
    if (m.start(G_UNDER) >= 0) {
      int bound =
          months(
              number(m.group(G_UNDER_COUNT)),
              m.start(G_UNDER_YEARS) >= 0,
              m.start(G_UNDER_WEEKS) >= 0);
      return bound < 0 ? null : new int[] {0, bound};
    }
    if (m.start(G_RANGE) >= 0) {
      boolean years = m.start(G_RANGE_YEARS) >= 0;
      int a = months(number(m.group(G_RANGE_FROM)), years, false);
      int b = months(number(m.group(G_RANGE_TO)), years, false);
      if (a < 0 || b < 0) {
        return null;
      }
      return new int[] {Math.min(a, b), Math.max(a, b)};
    }
    if (m.start(G_PLUS) >= 0) {
      String n = first(m.group(G_PLUS_A), m.group(G_PLUS_B), m.group(G_PLUS_C));
      int years = Integer.parseInt(n);
      if (years > 20) {
        return null;
      }
      int low = 12 * years;
      return new int[] {low, Math.max(low, Math.min(low + 36, 240))};
    }
    if (m.start(G_YM) >= 0) {
      int years = integer(m, G_YM_YEARS);
      int months = integer(m, G_YM_MONTHS);
      if (years > MAX_YEARS || months > 24) {
        return null;
      }
      return yearsRule(12 * years + months);
    }
    if (m.start(G_YEARS) >= 0) {
      double years = number(m.group(G_YEARS_COUNT));
      return years > MAX_YEARS ? null : yearsRule((int) Math.floor(12 * years));
    }
    if (m.start(G_MONTHS) >= 0) {
      int months = integer(m, G_MONTHS_COUNT);
      return months > MAX_MONTHS ? null : monthsRule(months);
    }
    if (m.start(G_WEEKS) >= 0) {
      int weeks = integer(m, G_WEEKS_COUNT);
      return weeks > MAX_WEEKS ? null : monthsRule(weeksToMonths(weeks));
    }
    if (m.start(G_DMY) >= 0) {
      int a = integer(m, G_DMY_FIRST);
      int b = integer(m, G_DMY_SECOND);
      // Day/month/year, except when only month/day/year can be right (first ≤ 12, second > 12).
      int month = a <= 12 && b > 12 ? a : b;
      int day = month == a ? b : a;
      if (day < 1 || day > 31) {
        return null;
      }
      return birthMonth(integer(m, G_DMY_YEAR), month, reference);
    }
    if (m.start(G_ISO) >= 0) {
      return birthMonth(integer(m, G_ISO_YEAR), integer(m, G_ISO_MONTH), reference);
    }
    if (m.start(G_MY) >= 0) {
      return birthMonth(integer(m, G_MY_YEAR), integer(m, G_MY_MONTH), reference);
    }
    if (m.start(G_NAMED) >= 0) {
      Integer month = MONTHS.get(m.group(G_NAMED_MONTH));
      return month == null ? null : birthMonth(integer(m, G_NAMED_YEAR), month, reference);
    }
    if (m.start(G_BARE) >= 0) {
      return birthYear(integer(m, G_BARE_YEAR), reference);
    }
    return null;
  }

  private static int[] wordNumber(String text) {
    Matcher m = WORD_NUMBER.matcher(text);
    if (!m.find()) {
      return null;
    }
    double n = NUMBER_WORDS.get(m.group("n"));
    if (m.group("y") != null) {
      return yearsRule((int) Math.floor(12 * n));
    }
    if (m.group("m") != null) {
      return monthsRule((int) Math.floor(n));
    }
    return monthsRule(weeksToMonths((int) Math.floor(n)));
  }

  private static int[] categoryWord(String text) {
    List<String> words = Fold.words(text);
    for (String word : words) {
      AgeCategory category = CATEGORY_WORDS.get(word);
      if (category != null) {
        return switch (category) {
          case PUPPY -> new int[] {2, 10};
          case YOUNG -> new int[] {12, 36};
          case ADULT -> new int[] {36, 96};
          default -> new int[] {96, 240};
        };
      }
    }
    return null;
  }

  /** Months for a number of years, months or weeks; -1 when implausible. */
  private static int months(double value, boolean years, boolean weeks) {
    if (years) {
      return value > MAX_YEARS ? -1 : (int) Math.floor(12 * value);
    }
    if (weeks) {
      return value > MAX_WEEKS ? -1 : weeksToMonths((int) value);
    }
    return value > MAX_MONTHS ? -1 : (int) Math.floor(value);
  }

  private static int weeksToMonths(int weeks) {
    return (int) Math.floor(weeks / 4.345);
  }

  static int[] yearsRule(int m) {
    if (m < 12) {
      return new int[] {m, Math.min(m + 2, 12)};
    }
    if (m < 36) {
      return new int[] {m, Math.min(m + 12, 36)};
    }
    if (m < 96) {
      return new int[] {m, Math.min(m + 12, 96)};
    }
    return new int[] {m, m + 24};
  }

  static int[] monthsRule(int m) {
    return m < 12 ? new int[] {m, Math.min(m + 2, 12)} : new int[] {m, m + 6};
  }

  private static int[] birthMonth(int year, int month, YearMonth reference) {
    if (month < 1 || month > 12 || !plausibleBirthYear(year, reference)) {
      return null;
    }
    int m = monthsBetween(year, month, reference);
    return m < 0 ? null : new int[] {m, m + 1};
  }

  private static int[] birthYear(int year, YearMonth reference) {
    if (!plausibleBirthYear(year, reference)) {
      return null;
    }
    int m = monthsBetween(year, 7, reference);
    return new int[] {Math.max(m - 6, 0), Math.max(m + 6, 0)};
  }

  private static boolean plausibleBirthYear(int year, YearMonth reference) {
    return year <= reference.getYear() && year >= reference.getYear() - OLDEST_BIRTH_YEARS_AGO;
  }

  private static int monthsBetween(int year, int month, YearMonth reference) {
    return (reference.getYear() - year) * 12 + (reference.getMonthValue() - month);
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(',', '.'));
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException("no value");
  }

  private static Map<String, Double> numberWords() {
    Map<String, Double> map = new HashMap<>();
    String[][] languages = {
      {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen"
      },
      {
        "eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwolf"
      },
      {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"},
      {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"},
      {"bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz"},
      {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"},
    };
    for (String[] words : languages) {
      for (int i = 0; i < words.length; i++) {
        map.put(words[i], (double) (i + 1));
      }
    }
    for (String one : List.of("a", "an", "ein", "eine", "einem", "einen", "una", "un")) {
      map.put(one, 1.0);
    }
    map.put("half a", 0.5);
    return Map.copyOf(map);
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < MONTH_NAME_TABLE.length; i++) {
      for (String name : MONTH_NAME_TABLE[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, Integer> simpleUnits() {
    Map<String, Integer> units = new HashMap<>();
    for (String unit :
        words(
            "years year yrs yr yrs. yr. y/o y.o. y.o yo y jahren jahre jahr j. anni anno anos ano"
                + " yasinda yas jaar jaren ans an")) {
      units.put(unit, SIMPLE_YEARS);
    }
    for (String unit :
        words(
            "months month mon mon. mths mth mnths mnth mos mo mos. mo. monaten monate monatn"
                + " monat meses mes mesi mese aylik ay maanden maand mois m")) {
      units.put(unit, SIMPLE_MONTHS);
    }
    for (String unit :
        words(
            "weeks week wks wk wochen woche semanas semana settimane settimana haftalik hafta"
                + " weken")) {
      units.put(unit, SIMPLE_WEEKS);
    }
    Pattern year = Pattern.compile(YEAR);
    Pattern month = Pattern.compile(MONTH);
    Pattern week = Pattern.compile(WEEK);
    units.forEach(
        (unit, kind) -> {
          Pattern expected = kind == SIMPLE_YEARS ? year : kind == SIMPLE_MONTHS ? month : week;
          if (!expected.matcher(unit).matches()) {
            throw new IllegalStateException("simple age unit '" + unit + "' is not in the pattern");
          }
        });
    return Map.copyOf(units);
  }

  private static List<String> words(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  private static Set<String> triggerWords() {
    Set<String> triggers = new HashSet<>(MONTHS.keySet());
    triggers.addAll(
        words(
            "under below less younger unter junger menos meno over more older uber ueber"
                + " mehr mas piu oltre"));
    return Set.copyOf(triggers);
  }

  private static Map<String, AgeCategory> categoryWords() {
    Map<String, AgeCategory> map = new HashMap<>();
    for (String word :
        words(
            "puppy puppies pup pups baby welpe welpen welpin cachorro cachorra cachorrito"
                + " cachorrita cucciolo cucciola cuccioli yavru pupje puppie")) {
      map.put(word, AgeCategory.PUPPY);
    }
    for (String word :
        words(
            "young youngster junior juvenile adolescent teen teenager junghund jung joven"
                + " giovane genc jong adolescente")) {
      map.put(word, AgeCategory.YOUNG);
    }
    for (String word :
        words(
            "adult adults grown mature erwachsen erwachsene erwachsener adulto adulta"
                + " adulti yetiskin volwassen volwassene")) {
      map.put(word, AgeCategory.ADULT);
    }
    for (String word :
        words(
            "senior seniors elderly old older oldie geriatric seniorin anziano anziana"
                + " anciano anciana yasli oud oude bejaard")) {
      map.put(word, AgeCategory.SENIOR);
    }
    return Map.copyOf(map);
  }
}
