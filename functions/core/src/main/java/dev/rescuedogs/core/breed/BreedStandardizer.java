package dev.rescuedogs.core.breed;

import dev.rescuedogs.core.text.Fold;
import dev.rescuedogs.core.text.TextSanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a scraped breed text against the {@link BreedRegistry}, in this order:
 *
 * <ol>
 *   <li>placeholder or junk ("n/a", "tbc", "unbekannt", empty, longer than 120 characters) →
 *       Unknown, 0.0;
 *   <li>a designer cross named anywhere → that breed, Designer/Hybrid, 0.85 ("Cockapoo mix" →
 *       Cockapoo Cross, 0.7);
 *   <li>the whole text in "Head (inner)" form naming a breed as "inner head" ("Terrier
 *       (Staffordshire Bull)") → 0.9;
 *   <li>the whole text, or the text without parentheses, is a name or alias → purebred, 0.95;
 *   <li>breeds searched longest-alias-first on word boundaries, after splitting on separators (x,
 *       /, +, ",", and, und, y, e …) and removing cross markers (mix, Mischling, mestizo, meticcio,
 *       melez … also glued as in "Podencomix", or a trailing " X") and hedges (vermutlich, possibly
 *       …): the first breed found is primary, the second secondary; two breeds → "P x S" 0.8, one
 *       breed of a cross → "P Cross" 0.7, one breed alone → 0.9;
 *   <li>nothing found: 1–4 plain words that do not describe a dog → provisional breed (title-cased,
 *       type unknown, group Unknown, 0.4); a cross marker → Mixed Breed, 0.5; otherwise Unknown,
 *       0.0.
 * </ol>
 */
public final class BreedStandardizer {

  /** Longer breed texts are sentences or page text, not a breed. */
  public static final int MAX_BREED_TEXT = 120;

  private static final Pattern WHOLE_HEAD_INNER =
      Pattern.compile("^\\s*([^()]+?)\\s*\\(([^()]+)\\)\\s*$");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern WORD_SPAN = Pattern.compile("[^\\s()]+");

  private static final double PROVISIONAL = 0.4;
  private static final double CROSS_OF_ONE = 0.7;
  private static final double CROSS_OF_TWO = 0.8;
  private static final double DESIGNER = 0.85;
  private static final double FOUND_IN_TEXT = 0.9;
  private static final double HEAD_INNER = 0.9;
  private static final double EXACT = 0.95;

  private final BreedRegistry registry;

  public BreedStandardizer(BreedRegistry registry) {
    this.registry = registry;
  }

  /** Standardizes one breed text; never null. */
  public StandardizedBreed standardize(String rawBreed) {
    String raw = TextSanitizer.inline(rawBreed);
    if (raw == null || raw.length() > MAX_BREED_TEXT) {
      return StandardizedBreed.unknown(raw);
    }
    String folded = Fold.fold(raw);
    if (folded.isEmpty() || registry.isPlaceholder(folded)) {
      return StandardizedBreed.unknown(raw);
    }
    if (raw.indexOf('(') < 0 && registry.isPlainAlias(folded)) {
      // The common case, "Labrador" or "Deutscher Schäferhund": the steps before the exact match
      // (designer crosses, "Head (inner)") cannot apply.
      return purebred(raw, registry.exact(folded), EXACT);
    }
    String withoutParentheses =
        raw.indexOf('(') >= 0 ? PARENTHESES.matcher(raw).replaceAll(" ") : raw;
    String foldedWithoutParentheses = Fold.fold(withoutParentheses);
    if (foldedWithoutParentheses.isEmpty() || registry.isPlaceholder(foldedWithoutParentheses)) {
      return StandardizedBreed.unknown(raw);
    }

    List<Token> tokens = tokenize(raw.indexOf('(') >= 0 ? reorderHeadInner(raw) : raw);
    boolean crossMarked = false;
    for (Token token : tokens) {
      crossMarked |= token.kind == Kind.MARKER;
    }

    List<Match> designers = search(tokens, true);
    if (!designers.isEmpty()) {
      Breed designer = designers.get(0).breed;
      return crossMarked
          ? result(
              raw, designer.name() + " Cross", designer, null, BreedType.CROSSBREED, CROSS_OF_ONE)
          : result(raw, designer.name(), designer, null, BreedType.CROSSBREED, DESIGNER);
    }

    Matcher headInner = raw.indexOf('(') >= 0 ? WHOLE_HEAD_INNER.matcher(raw) : null;
    if (headInner != null && headInner.matches()) {
      Breed breed = registry.exact(Fold.fold(headInner.group(2) + " " + headInner.group(1)));
      if (breed != null) {
        return purebred(raw, breed, HEAD_INNER);
      }
    }

    Breed exact = registry.exact(folded);
    if (exact == null) {
      exact = registry.exact(foldedWithoutParentheses);
    }
    if (exact != null) {
      return exact.designer()
          ? result(raw, exact.name(), exact, null, BreedType.CROSSBREED, DESIGNER)
          : purebred(raw, exact, EXACT);
    }

    List<Match> found = search(tokens, false);
    if (!found.isEmpty()) {
      Breed primary = found.get(0).breed;
      Breed secondary = null;
      for (Match match : found) {
        if (!match.breed.equals(primary)) {
          secondary = match.breed;
          break;
        }
      }
      if (secondary != null) {
        return result(
            raw,
            primary.name() + " x " + secondary.name(),
            primary,
            secondary,
            BreedType.CROSSBREED,
            CROSS_OF_TWO);
      }
      if (crossMarked || hasCrossSeparator(tokens)) {
        return result(
            raw, primary.name() + " Cross", primary, null, BreedType.CROSSBREED, CROSS_OF_ONE);
      }
      return purebred(raw, primary, FOUND_IN_TEXT);
    }

    String provisional = provisionalName(tokens);
    if (provisional != null) {
      return new StandardizedBreed(
          raw,
          provisional,
          provisional,
          null,
          BreedType.UNKNOWN,
          BreedGroup.UNKNOWN,
          Fold.slug(provisional),
          PROVISIONAL,
          null);
    }
    return crossMarked ? StandardizedBreed.mixed(raw) : StandardizedBreed.unknown(raw);
  }

  private static StandardizedBreed purebred(String raw, Breed breed, double confidence) {
    return result(raw, breed.name(), breed, null, BreedType.PUREBRED, confidence);
  }

  private static StandardizedBreed result(
      String raw, String label, Breed primary, Breed secondary, BreedType type, double confidence) {
    return new StandardizedBreed(
        raw,
        label,
        primary.name(),
        secondary == null ? null : secondary.name(),
        type,
        primary.group(),
        primary.slug(),
        confidence,
        primary.typicalSize());
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private enum Kind {
    WORD,
    MARKER,
    HEDGE,
    SEPARATOR
  }

  private static final class Token {
    final String folded;
    final String original;
    final int flags;
    Kind kind;

    Token(String folded, String original, Kind kind, int flags) {
      this.folded = folded;
      this.original = original;
      this.kind = kind;
      this.flags = flags;
    }
  }

  private List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int wordStart = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean wordChar =
          i < n
              && (Character.isLetterOrDigit(c)
                  || isApostrophe(c)
                  || Character.getType(c) == Character.NON_SPACING_MARK);
      if (wordChar) {
        if (wordStart < 0) {
          wordStart = i;
        }
        continue;
      }
      if (wordStart >= 0) {
        addWord(tokens, text.substring(wordStart, i));
        wordStart = -1;
      }
      if (c == '/' || c == '+' || c == ',' || c == '&' || c == ';' || c == '|') {
        tokens.add(new Token(String.valueOf(c), String.valueOf(c), Kind.SEPARATOR, 0));
      }
    }
    markTrailingX(tokens);
    return tokens;
  }

  private void addWord(List<Token> tokens, String original) {
    String folded = Fold.fold(original);
    if (folded.isEmpty()) {
      return;
    }
    if (folded.indexOf(' ') >= 0) {
      // Folding split the word (e.g. an exotic punctuation mark inside it): add the parts.
      for (String part : folded.split(" ", -1)) {
        tokens.add(classify(part, part));
      }
      return;
    }
    Token token = classify(folded, original);
    if (token.kind == Kind.WORD && folded.length() >= 6 && registry.exact(folded) == null) {
      for (String marker : registry.gluedCrossMarkers()) {
        if (folded.length() >= marker.length() + 3 && folded.endsWith(marker)) {
          String stem = folded.substring(0, folded.length() - marker.length());
          tokens.add(classify(stem, stem));
          tokens.add(new Token(marker, marker, Kind.MARKER, BreedRegistry.CROSS_MARKER));
          return;
        }
      }
    }
    tokens.add(token);
  }

  private Token classify(String folded, String original) {
    int flags = registry.wordFlags(folded);
    Kind kind;
    if ((flags & BreedRegistry.CROSS_MARKER) != 0) {
      kind = Kind.MARKER;
    } else if ((flags & BreedRegistry.SEPARATOR) != 0) {
      kind = Kind.SEPARATOR;
    } else if ((flags & BreedRegistry.HEDGE) != 0) {
      kind = Kind.HEDGE;
    } else {
      kind = Kind.WORD;
    }
    return new Token(folded, original, kind, flags);
  }

  /**
   * "Staffie X", "X Labrador": an "x" with nothing on one side is a cross marker, not a separator.
   */
  private static void markTrailingX(List<Token> tokens) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind == Kind.WORD || tokens.get(i).folded.equals("x")) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (last >= 0 && tokens.get(last).folded.equals("x")) {
      tokens.get(last).kind = Kind.MARKER;
    }
    if (first >= 0 && first != last && tokens.get(first).folded.equals("x")) {
      tokens.get(first).kind = Kind.MARKER;
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  /**
   * "Terrier (Staffordshire Bull) Cross" → "Staffordshire Bull Terrier Cross" when that names a
   * breed.
   */
  private String reorderHeadInner(String text) {
    Matcher matcher = PARENTHESES.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (matcher.find()) {
      String inner = matcher.group(1).strip();
      List<int[]> words = new ArrayList<>();
      Matcher word = WORD_SPAN.matcher(text).region(copied, matcher.start());
      while (word.find()) {
        words.add(new int[] {word.start(), word.end()});
      }
      int headStart = -1;
      String replacement = null;
      for (int take = Math.min(3, words.size()); take >= 1 && replacement == null; take--) {
        int start = words.get(words.size() - take)[0];
        int end = words.get(words.size() - 1)[1];
        String head = text.substring(start, end);
        if (registry.exact(Fold.fold(inner + " " + head)) != null) {
          headStart = start;
          replacement = inner + " " + head;
        }
      }
      if (replacement != null) {
        out.append(text, copied, headStart).append(replacement);
      } else {
        out.append(text, copied, matcher.end());
      }
      copied = matcher.end();
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Search

  private record Match(int position, int length, Breed breed) {}

  /**
   * Breeds named in the words, longest alias first, on word boundaries, never across a separator,
   * marker or hedge; returned in text order.
   */
  private List<Match> search(List<Token> tokens, boolean designers) {
    List<Match> candidates = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind != Kind.WORD) {
        continue;
      }
      List<BreedRegistry.Alias> aliases =
          designers
              ? registry.designerAliasesStartingWith(token.folded)
              : registry.aliasesStartingWith(token.folded);
      for (BreedRegistry.Alias alias : aliases) {
        if (matchesAt(tokens, i, alias.words())) {
          if (candidates == null) {
            candidates = new ArrayList<>(4);
          }
          candidates.add(new Match(i, alias.words().size(), alias.breed()));
          break;
        }
      }
    }
    if (candidates == null) {
      return List.of();
    }
    if (candidates.size() == 1) {
      return candidates;
    }
    List<Match> byLength = new ArrayList<>(candidates);
    byLength.sort((a, b) -> a.length != b.length ? b.length - a.length : a.position - b.position);
    List<Match> chosen = new ArrayList<>(byLength.size());
    for (Match match : byLength) {
      boolean overlaps = false;
      for (Match kept : chosen) {
        if (match.position < kept.position + kept.length
            && kept.position < match.position + match.length) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        chosen.add(match);
      }
    }
    chosen.sort((a, b) -> a.position - b.position);
    return chosen;
  }

  private static boolean matchesAt(List<Token> tokens, int start, List<String> words) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token token = tokens.get(start + k);
      if (token.kind != Kind.WORD || !token.folded.equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A cross separator (x, /, +) with words on both sides: "Labrador x Kokoni" is a cross. */
  private boolean hasCrossSeparator(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind == Kind.SEPARATOR
          && registry.isCrossSeparator(token.folded)
          && hasWord(tokens, 0, i)
          && hasWord(tokens, i + 1, tokens.size())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWord(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind == Kind.WORD) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Provisional breeds

  /** 1–4 plain Latin words naming no registry breed and not describing a dog: "Kokoni". */
  private String provisionalName(List<Token> tokens) {
    List<Token> words = new ArrayList<>(4);
    for (Token token : tokens) {
      switch (token.kind) {
        case MARKER, SEPARATOR -> {
          return null;
        }
        case HEDGE -> {
          continue;
        }
        default -> words.add(token);
      }
    }
    if (words.isEmpty() || words.size() > 4) {
      return null;
    }
    if (words.size() == 1 && (words.get(0).flags & BreedRegistry.NEVER_ALONE) != 0) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (Token word : words) {
      if (word.folded.length() < 2
          || !isAsciiLetters(word.folded)
          || (word.flags & (BreedRegistry.NOT_A_BREED | BreedRegistry.PLACEHOLDER)) != 0) {
        return null;
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(titleCase(word.original));
    }
    return name.toString();
  }

  private static boolean isAsciiLetters(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static String titleCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int first = lower.codePointAt(0);
    return new StringBuilder(lower.length())
        .appendCodePoint(Character.toTitleCase(first))
        .append(lower, Character.charCount(first), lower.length())
        .toString();
  }
}
