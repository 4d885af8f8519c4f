package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.store.slug.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of a catalog query, validated and normalized. Within one filter the values are
 * alternatives (OR); filters combine with AND. Empty sets mean "no filter", except {@code statuses}
 * and {@code confidences}, which always hold at least one value (their defaults are {@code
 * available} and {@code high,medium}).
 *
 * @param breedSlugs breed slugs; a breed name given by the client is turned into its slug
 * @param locationCountries where the dog is: its own location, else its organization's country
 * @param availableTo countries the organization adopts to
 * @param goodWithDogs "yes", "no" or null
 * @param text the free-text query, or null
 * @param near the point distances are measured from, or null
 * @param distanceKm the largest distance from {@code near}, or null for any
 * @param addedSince only dogs added at or after this time, or null
 */
public record CatalogFilters(
    Set<String> breedSlugs,
    Set<String> breedGroups,
    Set<String> breedTypes,
    Set<String> sexes,
    Set<String> sizes,
    Set<String> ageCategories,
    Set<String> organizations,
    Set<String> locationCountries,
    Set<String> availableTo,
    Set<String> confidences,
    Set<String> statuses,
    String goodWithDogs,
    String goodWithCats,
    String goodWithChildren,
    String text,
    GeoPoint near,
    Double distanceKm,
    OffsetDateTime addedSince) {

  /** The parameters every catalog filter set accepts (list, counts, feed). */
  public static final Set<String> PARAMETERS =
      Set.of(
          "breed",
          "breed_group",
          "breed_type",
          "sex",
          "size",
          "age_category",
          "organization",
          "location_country",
          "available_to",
          "availability_confidence",
          "status",
          "good_with_dogs",
          "good_with_cats",
          "good_with_children",
          "q",
          "near",
          "distance_km",
          "added_since");

  /** Most values one list filter takes. */
  public static final int MAX_VALUES = 25;

  /** Longest free-text query. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** Largest search radius. */
  public static final double MAX_DISTANCE_KM = 1000;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> DEFAULT_STATUSES = Set.of("available");
  private static final Set<String> DEFAULT_CONFIDENCES =
      new LinkedHashSet<>(List.of("high", "medium"));

  public CatalogFilters {
    breedSlugs = Set.copyOf(breedSlugs);
    breedGroups = Set.copyOf(breedGroups);
    breedTypes = Set.copyOf(breedTypes);
    sexes = Set.copyOf(sexes);
    sizes = Set.copyOf(sizes);
    ageCategories = Set.copyOf(ageCategories);
    organizations = Set.copyOf(organizations);
    locationCountries = Set.copyOf(locationCountries);
    availableTo = Set.copyOf(availableTo);
    confidences = Set.copyOf(confidences);
    statuses = Set.copyOf(statuses);
  }

  /** The default catalog: available dogs whose listing is confirmed (high or medium confidence). */
  public static CatalogFilters defaults() {
    return new CatalogFilters(
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        DEFAULT_CONFIDENCES,
        DEFAULT_STATUSES,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Reads the filter parameters; problems are recorded in {@code parameters}. */
  public static CatalogFilters parse(Parameters parameters) {
    Set<String> breedSlugs = new LinkedHashSet<>();
    for (String breed : parameters.list("breed", MAX_VALUES)) {
      String slug = Slugs.slugify(breed, 100);
      if (slug.isEmpty()) {
        parameters.fail("breed", "has a value without letters or digits");
      } else {
        breedSlugs.add(slug);
      }
    }
    Set<String> organizations = new LinkedHashSet<>();
    for (String organization : parameters.list("organization", MAX_VALUES)) {
      String slug = organization.toLowerCase(Locale.ROOT);
      if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
        parameters.fail(
            "organization", "must be organization slugs (lower-case letters, digits and hyphens)");
      } else {
        organizations.add(slug);
      }
    }
    GeoPoint near =
        parameters.single("near").map(text -> GeoPoint.parse(text, parameters)).orElse(null);
    OptionalDouble distance = parameters.decimal("distance_km", 0.1, MAX_DISTANCE_KM);
    if (distance.isPresent() && near == null && !parameters.failed("near")) {
      parameters.fail("distance_km", "requires near=latitude,longitude");
    }
    return new CatalogFilters(
        breedSlugs,
        parameters.enumList("breed_group", Vocabulary.BREED_GROUPS),
        parameters.enumList("breed_type", Vocabulary.BREED_TYPES),
        parameters.enumList("sex", Vocabulary.SEXES),
        parameters.enumList("size", Vocabulary.SIZES),
        parameters.enumList("age_category", Vocabulary.AGE_CATEGORIES),
        organizations,
        countries(parameters, "location_country"),
        countries(parameters, "available_to"),
        withAll(parameters, "availability_confidence", Vocabulary.CONFIDENCES, DEFAULT_CONFIDENCES),
        withAll(parameters, "status", Vocabulary.STATUSES, DEFAULT_STATUSES),
        compatibility(parameters, "good_with_dogs"),
        compatibility(parameters, "good_with_cats"),
        compatibility(parameters, "good_with_children"),
        parameters.text("q", MAX_TEXT_LENGTH).orElse(null),
        near,
        distance.isPresent() ? distance.getAsDouble() : null,
        addedSince(parameters));
  }

  /** Whether only available dogs are asked for (the case the catalog indexes are built for). */
  public boolean onlyAvailable() {
    return statuses.equals(DEFAULT_STATUSES);
  }

  /** A stable description of the filters, for cursor fingerprints. */
  public String canonical() {
    List<String> parts = new ArrayList<>();
    parts.add("breed=" + sorted(breedSlugs));
    parts.add("group=" + sorted(breedGroups));
    parts.add("type=" + sorted(breedTypes));
    parts.add("sex=" + sorted(sexes));
    parts.add("size=" + sorted(sizes));
    parts.add("age=" + sorted(ageCategories));
    parts.add("org=" + sorted(organizations));
    parts.add("loc=" + sorted(locationCountries));
    parts.add("to=" + sorted(availableTo));
    parts.add("conf=" + sorted(confidences));
    parts.add("status=" + sorted(statuses));
    parts.add("gwd=" + goodWithDogs + ",gwc=" + goodWithCats + ",gwk=" + goodWithChildren);
    parts.add("q=" + text);
    parts.add(
        "near="
            + (near == null ? null : near.latitude() + "," + near.longitude())
            + ","
            + distanceKm);
    parts.add("since=" + addedSince);
    return String.join(";", parts);
  }

  private static String sorted(Set<String> values) {
    return String.join(",", values.stream().sorted().toList());
  }

  private static Set<String> countries(Parameters parameters, String name) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : parameters.list(name, MAX_VALUES)) {
      Optional<String> code = Vocabulary.country(value);
      if (code.isEmpty()) {
        parameters.fail(
            name,
            "must be ISO 3166-1 alpha-2 country codes (e.g. GB, DE); '"
                + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                + "' is not one");
        return Set.of();
      }
      codes.add(code.get());
    }
    return codes;
  }

  private static Set<String> withAll(
      Parameters parameters, String name, List<String> values, Set<String> defaults) {
    List<String> accepted = new ArrayList<>(values);
    accepted.add(Vocabulary.ALL);
    Set<String> given = parameters.enumList(name, accepted);
    if (given.isEmpty()) {
      return defaults;
    }
    return given.contains(Vocabulary.ALL) ? new LinkedHashSet<>(values) : given;
  }

  private static String compatibility(Parameters parameters, String name) {
    Optional<String> value = parameters.single(name);
    if (value.isEmpty()) {
      return null;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "yes", "true", "1" -> "yes";
      case "no", "false", "0" -> "no";
      default -> {
        parameters.fail(name, "must be yes or no (true/false and 1/0 are accepted too)");
        yield null;
      }
    };
  }

  private static OffsetDateTime addedSince(Parameters parameters) {
    Optional<String> value = parameters.single("added_since");
    if (value.isEmpty()) {
      return null;
    }
    String text = value.get();
    OffsetDateTime time = null;
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        time = LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      } else if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})")) {
        time = OffsetDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      time = null;
    }
    if (time == null
        || time.getYear() < 2000
        || time.toInstant().isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
      parameters.fail(
          "added_since",
          "must be an ISO 8601 date (2026-03-01) or date-time (2026-03-01T12:00:00Z) after 2000");
      return null;
    }
    return time.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
