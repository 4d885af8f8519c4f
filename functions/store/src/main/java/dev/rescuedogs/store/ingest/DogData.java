package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.age.StandardizedAge;
import dev.rescuedogs.core.breed.StandardizedBreed;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.size.StandardizedSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The columns of a dog that come from its scraped record (everything but availability), exactly as
 * stored: two equal values mean the stored row is up to date. Built from a standardized dog with
 * the schema's limits applied, so that no single record can fail the run's transaction.
 */
record DogData(
    String name,
    String adoptionUrl,
    String breedRaw,
    String standardizedBreed,
    String primaryBreed,
    String secondaryBreed,
    String breedType,
    String breedGroup,
    String breedSlug,
    BigDecimal breedConfidence,
    String ageText,
    Integer ageMinMonths,
    Integer ageMaxMonths,
    String ageCategory,
    String sex,
    String sizeRaw,
    String standardizedSize,
    String sizeSource,
    String locationText,
    String description,
    Map<String, String> properties,
    BigDecimal qualityScore,
    List<String> imageUrls) {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_EXTERNAL_ID_LENGTH = 255;
  private static final int MAX_AGE_MONTHS = 360;
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  DogData {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(adoptionUrl, "adoptionUrl");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    imageUrls = List.copyOf(imageUrls);
  }

  /** The stored form of an accepted standardized dog. */
  static DogData of(StandardizedDog dog) {
    StandardizedBreed breed = dog.breed();
    StandardizedAge age = dog.age();
    StandardizedSize size = dog.size();
    Integer ageMin = age.minMonths() == null ? null : Math.min(age.minMonths(), MAX_AGE_MONTHS);
    Integer ageMax = age.maxMonths() == null ? null : Math.min(age.maxMonths(), MAX_AGE_MONTHS);

    Map<String, String> properties = new LinkedHashMap<>();
    dog.properties()
        .forEach(
            (key, value) -> {
              String cleanKey = Texts.withoutNul(key);
              String cleanValue = Texts.withoutNul(value);
              if (cleanKey != null && !cleanKey.isEmpty() && cleanValue != null) {
                properties.put(cleanKey, cleanValue);
              }
            });
    // The schema's weight_kg/height_cm hold measurements; the site's own wording is kept here.
    putIfAbsent(properties, "weight", dog.weight());
    putIfAbsent(properties, "height", dog.height());

    List<String> images =
        new ArrayList<>(new LinkedHashSet<>(dog.imageUrls().stream().map(Texts::url).toList()));

    return new DogData(
        Texts.truncate(Texts.withoutNul(dog.name()), MAX_NAME_LENGTH),
        Texts.url(dog.adoptionUrl()),
        Texts.withoutNul(breed.raw()),
        Texts.withoutNul(breed.label()),
        Texts.withoutNul(breed.primary()),
        Texts.withoutNul(breed.secondary()),
        breed.type().wireValue(),
        breed.group().wireValue(),
        breed.slug() != null && SLUG.matcher(breed.slug()).matches() ? breed.slug() : null,
        BigDecimal.valueOf(breed.confidence()).setScale(2, RoundingMode.HALF_UP),
        Texts.withoutNul(age.text()),
        ageMin,
        ageMax == null ? null : Math.max(ageMax, ageMin),
        age.category() == null ? null : age.category().wireValue(),
        dog.sex() == null ? null : dog.sex().wireValue(),
        Texts.withoutNul(size.raw()),
        size.size() == null ? null : size.size().wireValue(),
        size.source() == null ? null : size.source().wireValue(),
        Texts.withoutNul(dog.location()),
        Texts.withoutNul(dog.description()),
        properties,
        BigDecimal.valueOf(Math.max(0, Math.min(1, dog.qualityScore())))
            .setScale(3, RoundingMode.HALF_UP),
        images);
  }

  private static void putIfAbsent(Map<String, String> properties, String key, String value) {
    String clean = Texts.withoutNul(value);
    if (clean != null && !clean.isBlank()) {
      properties.putIfAbsent(key, clean);
    }
  }

  /** The primary image, or null. */
  String primaryImageUrl() {
    return imageUrls.isEmpty() ? null : imageUrls.get(0);
  }

  /** This data with another image list (the stored rows are read separately from the dog). */
  DogData withImageUrls(List<String> urls) {
    return new DogData(
        name,
        adoptionUrl,
        breedRaw,
        standardizedBreed,
        primaryBreed,
        secondaryBreed,
        breedType,
        breedGroup,
        breedSlug,
        breedConfidence,
        ageText,
        ageMinMonths,
        ageMaxMonths,
        ageCategory,
        sex,
        sizeRaw,
        standardizedSize,
        sizeSource,
        locationText,
        description,
        properties,
        qualityScore,
        urls);
  }
}
