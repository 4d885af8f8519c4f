package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.db.Sql;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of catalog filters over {@code dogs d} (joined to {@code organizations o} where a query
 * shows organization columns). Values from the request are bound; the only literals are the
 * enumerated defaults for status and availability confidence, so PostgreSQL can match the predicate
 * of the partial catalog indexes ({@code WHERE status = 'available' AND active}) — a bound
 * parameter would hide it from the planner. Organization-level filters are bound as the ids of the
 * matching active organizations ({@link CatalogOrganizations}), so they are conditions on dogs' own
 * indexed columns.
 */
public final class CatalogSql {

  /** Filters that are also facets of the counts endpoint: each facet ignores its own filter. */
  public enum Facet {
    SIZE,
    AGE_CATEGORY,
    SEX,
    BREED,
    BREED_GROUP,
    ORGANIZATION,
    LOCATION_COUNTRY,
    AVAILABLE_TO
  }

  /**
   * The country a dog is in: its own when known, else its organization's (kept on the dog by the
   * triggers of migration V7, so it is indexed and needs no join).
   */
  public static final String DOG_COUNTRY = "d.effective_country";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MAX_WORDS = 10;
  private static final double EARTH_DIAMETER_KM = 12742.0;

  private CatalogSql() {}

  /** {@code WITH} clause the distance needs (per-organization distances), or nothing. */
  public static Sql with(CatalogFilters filters) {
    Sql sql = new Sql();
    if (filters.near() != null) {
      sql.add("WITH od AS (SELECT l.organization_id, min(")
          .add(haversine("l.latitude", "l.longitude", filters.near()))
          .add(") AS km FROM organization_locations l GROUP BY l.organization_id) ");
    }
    return sql;
  }

  /** {@code FROM} dogs and their organizations, with the joins the filters need. */
  public static Sql from(CatalogFilters filters) {
    return new Sql()
        .add(" FROM dogs d JOIN organizations o ON o.id = d.organization_id")
        .add(distanceJoin(filters));
  }

  /** {@code FROM} dogs alone (counting), with the joins the filters need. */
  public static Sql fromDogs(CatalogFilters filters) {
    return new Sql().add(" FROM dogs d").add(distanceJoin(filters));
  }

  private static Sql distanceJoin(CatalogFilters filters) {
    Sql sql = new Sql();
    if (filters.near() != null) {
      sql.add(" LEFT JOIN od ON od.organization_id = d.organization_id");
    }
    return sql;
  }

  /**
   * Distance in km from the query point: the dog's own coordinates, else its organization's nearest
   * place.
   */
  public static Sql distance(CatalogFilters filters) {
    // LEAST() ignores NULLs, so the haversine of missing coordinates must be skipped explicitly.
    return new Sql()
        .add("coalesce(CASE WHEN d.latitude IS NOT NULL THEN ")
        .add(haversine("d.latitude", "d.longitude", filters.near()))
        .add(" END, od.km)");
  }

  /**
   * {@code WHERE} of the default catalog (or other filters without organization-level ones) over
   * {@link #from}: the organization must be active.
   */
  public static Sql where(CatalogFilters filters) {
    if (!filters.organizations().isEmpty() || !filters.availableTo().isEmpty()) {
      throw new IllegalArgumentException(
          "organization-level filters need the active organizations");
    }
    return new Sql()
        .add(" WHERE o.active")
        .add(dogConditions(filters))
        .add(facetConditions(filters, Set.of(), null));
  }

  /** {@code WHERE} with every filter, over {@link #from} or {@link #fromDogs}. */
  public static Sql where(CatalogFilters filters, CatalogOrganizations organizations) {
    return where(filters, EnumSet.noneOf(Facet.class), organizations);
  }

  /**
   * {@code WHERE} with every filter except the given facets', over {@link #from} or {@link
   * #fromDogs}: the dog's organization is one of the active ones that pass the organization-level
   * filters.
   */
  public static Sql where(
      CatalogFilters filters, Set<Facet> without, CatalogOrganizations organizations) {
    return new Sql()
        .add(" WHERE d.organization_id = ANY(?)", (Object) organizations.ids(filters, without))
        .add(dogConditions(filters))
        .add(facetConditions(filters, without, organizations));
  }

  /** The facets' conditions but the organization-level ones, which the organization ids carry. */
  private static Sql facetConditions(
      CatalogFilters filters, Set<Facet> without, CatalogOrganizations organizations) {
    Sql sql = new Sql();
    for (Facet facet : Facet.values()) {
      boolean organizationLevel = facet == Facet.ORGANIZATION || facet == Facet.AVAILABLE_TO;
      if (!organizationLevel && !without.contains(facet) && isSet(filters, facet)) {
        sql.add(" AND ").add(facetCondition(filters, facet, organizations));
      }
    }
    return sql;
  }

  /** The conditions on the dog's own columns that are not facets. */
  private static Sql dogConditions(CatalogFilters filters) {
    Sql sql = new Sql();
    if (filters.onlyAvailable()) {
      sql.add(" AND d.status = 'available' AND d.active");
    } else {
      // Dogs that are no longer listed are shown only when asked for; an available dog must be
      // active.
      sql.add(
          " AND d.status = ANY(?) AND (d.active OR d.status <> 'available')",
          Sql.textArray(filters.statuses()));
    }
    if (filters.confidences().size() < Vocabulary.CONFIDENCES.size()) {
      sql.add(" AND d.availability_confidence IN (" + literals(filters.confidences()) + ")");
    }
    if (!filters.breedTypes().isEmpty()) {
      sql.add(" AND d.breed_type = ANY(?)", Sql.textArray(filters.breedTypes()));
    }
    compatibility(sql, "good_with_dogs", filters.goodWithDogs());
    compatibility(sql, "good_with_cats", filters.goodWithCats());
    compatibility(sql, "good_with_children", filters.goodWithChildren());
    if (filters.text() != null) {
      sql.add(" AND ").add(textMatch(filters.text()));
    }
    if (filters.near() != null) {
      sql.add(" AND ").add(distance(filters));
      if (filters.distanceKm() != null) {
        sql.add(" <= ?", filters.distanceKm());
      } else {
        sql.add(" IS NOT NULL");
      }
    }
    if (filters.addedSince() != null) {
      sql.add(" AND d.created_at >= ?", filters.addedSince());
    }
    return sql;
  }

  /** Whether the request filters on {@code facet}. */
  public static boolean isSet(CatalogFilters filters, Facet facet) {
    return switch (facet) {
      case SIZE -> !filters.sizes().isEmpty();
      case AGE_CATEGORY -> !filters.ageCategories().isEmpty();
      case SEX -> !filters.sexes().isEmpty();
      case BREED -> !filters.breedSlugs().isEmpty();
      case BREED_GROUP -> !filters.breedGroups().isEmpty();
      case ORGANIZATION -> !filters.organizations().isEmpty();
      case LOCATION_COUNTRY -> !filters.locationCountries().isEmpty();
      case AVAILABLE_TO -> !filters.availableTo().isEmpty();
    };
  }

  /**
   * The condition of one facet's filter on dogs' columns, or {@code true} when it is not set.
   * Organization-level facets read the active {@code organizations}.
   */
  public static Sql facetCondition(
      CatalogFilters filters, Facet facet, CatalogOrganizations organizations) {
    if (!isSet(filters, facet)) {
      return new Sql().add("true");
    }
    return switch (facet) {
      case SIZE -> new Sql().add("d.standardized_size = ANY(?)", Sql.textArray(filters.sizes()));
      case AGE_CATEGORY ->
          new Sql().add("d.age_category = ANY(?)", Sql.textArray(filters.ageCategories()));
      case SEX -> new Sql().add("d.sex = ANY(?)", Sql.textArray(filters.sexes()));
      case BREED -> new Sql().add("d.breed_slug = ANY(?)", Sql.textArray(filters.breedSlugs()));
      case BREED_GROUP ->
          new Sql().add("d.breed_group = ANY(?)", Sql.textArray(filters.breedGroups()));
      case ORGANIZATION ->
          new Sql()
              .add(
                  "d.organization_id = ANY(?)",
                  (Object)
                      organizations.ids(
                          filters, EnumSet.complementOf(EnumSet.of(Facet.ORGANIZATION))));
      case LOCATION_COUNTRY ->
          new Sql().add(DOG_COUNTRY + " = ANY(?)", Sql.textArray(filters.locationCountries()));
      case AVAILABLE_TO ->
          new Sql()
              .add(
                  "d.organization_id = ANY(?)",
                  (Object)
                      organizations.ids(
                          filters, EnumSet.complementOf(EnumSet.of(Facet.AVAILABLE_TO))));
    };
  }

  /**
   * Full-text match over name, breed and description (word prefixes, accent- and case-insensitive),
   * or a substring of the name. LIKE wildcards in the query are escaped.
   */
  static Sql textMatch(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find() && words.size() < MAX_WORDS) {
      words.add(matcher.group().toLowerCase(Locale.ROOT) + ":*");
    }
    Sql nameMatch =
        new Sql()
            .add("search_fold(d.name) LIKE '%' || search_fold(?) || '%'", escapeLike(text.strip()));
    if (words.isEmpty()) {
      return nameMatch;
    }
    return new Sql()
        .add(
            "(d.search_document @@ to_tsquery('simple', search_fold(?)) OR ",
            String.join(" & ", words))
        .add(nameMatch)
        .add(")");
  }

  /** Escapes LIKE's wildcards and its escape character (backslash, PostgreSQL's default). */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static void compatibility(Sql sql, String key, String answer) {
    if (answer == null) {
      return;
    }
    // The key is one of three constants; the answer is "yes" or "no" after validation.
    String accepted = answer.equals("yes") ? "'yes', 'true'" : "'no', 'false'";
    sql.add(" AND lower(btrim(d.properties ->> '" + key + "')) IN (" + accepted + ")");
  }

  private static String literals(Set<String> confidences) {
    return String.join(
        ", ",
        Vocabulary.CONFIDENCES.stream()
            .filter(confidences::contains)
            .map(c -> "'" + c + "'")
            .toList());
  }

  /** Great-circle distance in km between a column pair and a point (haversine, rounding-safe). */
  private static Sql haversine(String latitude, String longitude, GeoPoint point) {
    return new Sql()
        .add(
            EARTH_DIAMETER_KM
                + " * asin(least(1.0, sqrt(power(sin(radians("
                + latitude
                + " - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians("
                + latitude
                + ")) * power(sin(radians("
                + longitude
                + " - ?) / 2), 2))))",
            point.latitude(),
            point.latitude(),
            point.longitude());
  }
}
