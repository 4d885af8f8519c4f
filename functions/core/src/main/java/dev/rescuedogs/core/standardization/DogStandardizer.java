package dev.rescuedogs.core.standardization;

import dev.rescuedogs.core.age.AgeStandardizer;
import dev.rescuedogs.core.age.StandardizedAge;
import dev.rescuedogs.core.breed.BreedRegistry;
import dev.rescuedogs.core.breed.BreedStandardizer;
import dev.rescuedogs.core.breed.StandardizedBreed;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.name.CleanedName;
import dev.rescuedogs.core.name.NameCleaner;
import dev.rescuedogs.core.quality.QualityScore;
import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.quality.Validation;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.sex.SexStandardizer;
import dev.rescuedogs.core.size.SizeStandardizer;
import dev.rescuedogs.core.size.StandardizedSize;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.core.text.TextSanitizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Standardizes one raw scraped dog: a pure, deterministic function of the record and a reference
 * time (the scrape time, passed in — the wall clock is never read). Thread-safe; build one and
 * share it.
 *
 * <p>Rejection: the name rules always apply; with {@link Validation#FULL} the record also needs an
 * external id, an http(s) adoption URL and at least one http(s) image URL. A rejected record still
 * carries every standardized field.
 */
public final class DogStandardizer {

  private final BreedStandardizer breeds;
  private final AgeStandardizer ages = new AgeStandardizer();
  private final SizeStandardizer sizes = new SizeStandardizer();
  private final SexStandardizer sexes = new SexStandardizer();
  private final NameCleaner names = new NameCleaner();
  private final StatusStandardizer statuses = new StatusStandardizer();

  /** With the bundled breed registry. */
  public DogStandardizer() {
    this(BreedRegistry.bundled());
  }

  public DogStandardizer(BreedRegistry registry) {
    this.breeds = new BreedStandardizer(registry);
  }

  /** Standardizes with every rule ({@link Validation#FULL}). */
  public StandardizedDog standardize(RawDog raw, Instant referenceTime) {
    return standardize(raw, referenceTime, Validation.FULL);
  }

  /** Standardizes, rejecting by the given rules. */
  public StandardizedDog standardize(RawDog raw, Instant referenceTime, Validation validation) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(referenceTime, "referenceTime");
    Objects.requireNonNull(validation, "validation");

    CleanedName name = names.clean(raw.name());
    StandardizedBreed breed = breeds.standardize(raw.breed());
    StandardizedAge age = ages.standardize(raw.ageText(), referenceTime);
    StandardizedSize size =
        sizes.standardize(raw.size(), raw.weight(), raw.height(), breed.typicalSize());
    Sex sex = sexes.standardize(raw.sex(), raw.gender(), name.removed(), raw.ageText(), raw.size());
    DogStatus status = statuses.standardize(raw.status(), name.removed());
    String description = TextSanitizer.plainText(raw.description());
    String adoptionUrl = httpUrl(raw.adoptionUrl());
    List<String> imageUrls = imageUrls(raw.imageUrls());
    String externalId = TextSanitizer.inline(raw.externalId());

    double score =
        QualityScore.of(
            new QualityScore.Inputs(
                name.accepted(),
                breed.resolved(),
                age.known(),
                sex != null,
                size.size() != null,
                imageUrls.size(),
                description == null ? 0 : description.length(),
                adoptionUrl != null));

    RejectReason rejection = null;
    if (validation == Validation.FULL && externalId == null) {
      rejection = RejectReason.MISSING_EXTERNAL_ID;
    } else if (!name.accepted()) {
      rejection = name.rejection();
    } else if (validation == Validation.FULL && adoptionUrl == null) {
      rejection = RejectReason.MISSING_ADOPTION_URL;
    } else if (validation == Validation.FULL && imageUrls.isEmpty()) {
      rejection = RejectReason.MISSING_IMAGE;
    }

    return new StandardizedDog(
        externalId,
        name.name(),
        adoptionUrl,
        status,
        breed,
        age,
        size,
        sex,
        TextSanitizer.inline(raw.weight()),
        TextSanitizer.inline(raw.height()),
        TextSanitizer.inline(raw.location()),
        description,
        imageUrls,
        properties(raw.properties()),
        score,
        rejection);
  }

  /**
   * The URL when it is an absolute http(s) URL with a host name; null otherwise (javascript:,
   * data:, relative, containing spaces, quotes, angle brackets or control characters).
   */
  static String httpUrl(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    int length = trimmed.length();
    if (length > 2048) {
      return null;
    }
    int hostStart;
    if (trimmed.regionMatches(true, 0, "https://", 0, 8)) {
      hostStart = 8;
    } else if (trimmed.regionMatches(true, 0, "http://", 0, 7)) {
      hostStart = 7;
    } else {
      return null;
    }
    int hostEnd = hostStart;
    while (hostEnd < length && isHostChar(trimmed.charAt(hostEnd))) {
      hostEnd++;
    }
    if (hostEnd == hostStart
        || trimmed.charAt(hostStart) == '.'
        || trimmed.charAt(hostStart) == '-') {
      return null;
    }
    if (hostEnd < length) {
      char after = trimmed.charAt(hostEnd);
      if (after != '/' && after != ':' && after != '?' && after != '#') {
        return null;
      }
    }
    for (int i = hostEnd; i < length; i++) {
      char c = trimmed.charAt(i);
      if (c <= ' '
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '\''
          || c == '`'
          || c == '\\'
          || (c >= 0x7F
              && (Character.isWhitespace(c)
                  || Character.isSpaceChar(c)
                  || Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT))) {
        return null;
      }
    }
    return trimmed;
  }

  /** Host names: letters (any script), digits, dots and hyphens; no user info, no IP literals. */
  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || (c >= 0x80 && Character.isLetterOrDigit(c));
  }

  private static List<String> imageUrls(List<String> urls) {
    if (urls.isEmpty()) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String url : urls) {
      String valid = httpUrl(url);
      if (valid != null) {
        unique.add(valid);
      }
    }
    return List.copyOf(unique);
  }

  private static Map<String, String> properties(Map<String, String> raw) {
    if (raw.isEmpty()) {
      return Map.of();
    }
    Map<String, String> clean = new LinkedHashMap<>();
    raw.forEach(
        (key, value) -> {
          String cleanKey = TextSanitizer.inline(key);
          String cleanValue = TextSanitizer.plainText(value);
          if (cleanKey != null && cleanValue != null) {
            clean.put(cleanKey, cleanValue);
          }
        });
    return clean;
  }
}
