package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import dev.rescuedogs.scraping.organizations.hunderettungeuropa.WordPressCategories.Category;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What Hunderettung Europa's category tree says about its dogs. The tree is "---Hundekategorien---"
 * ({@code hundekategorien}) &gt; "Aufenthaltsort" ({@code aufenthaltsort}) &gt; "Rumänien" ({@code
 * rumaenien}, the partner shelter) or "Deutschland" ({@code deutschland}, foster homes, one child
 * category per federal state); sibling groups under the root classify sex, age, size, weight and
 * special needs. "Happy-Ends Hunde" (adopted dogs' stories) and the cat tree are not dogs looking
 * for a home. Categories are looked up by slug, never by id, so a rebuilt category list still
 * resolves.
 */
final class DogCategories {

  /** Categories unknown (a saved posts page parsed on its own): nothing is resolved or excluded. */
  static final DogCategories UNKNOWN =
      new DogCategories(WordPressCategories.NONE, 0, Set.of(), Set.of(), Map.of());

  static final String SEX = "geschlecht";
  static final String AGE = "alter";
  static final String SIZE = "groesse";
  static final String WEIGHT = "gewicht";
  static final String SPECIAL_NEEDS = "besonderheiten";

  private static final String DOG_ROOT = "hundekategorien";
  private static final String WHEREABOUTS = "aufenthaltsort";
  private static final List<String> PLACES = List.of("rumaenien", "deutschland");
  private static final List<String> NOT_LOOKING_FOR_A_HOME =
      List.of("happy-ends-hunde", "katzenkategorien");
  private static final List<String> GROUPS = List.of(SEX, AGE, SIZE, WEIGHT, SPECIAL_NEEDS);

  private final WordPressCategories all;
  private final int whereaboutsId;
  private final Set<Integer> places;
  private final Set<Integer> excluded;
  private final Map<String, Integer> groups;

  private DogCategories(
      WordPressCategories all,
      int whereaboutsId,
      Set<Integer> places,
      Set<Integer> excluded,
      Map<String, Integer> groups) {
    this.all = all;
    this.whereaboutsId = whereaboutsId;
    this.places = Collections.unmodifiableSet(new TreeSet<>(places));
    this.excluded = Collections.unmodifiableSet(new TreeSet<>(excluded));
    this.groups = Collections.unmodifiableMap(new TreeMap<>(groups));
  }

  /**
   * Finds the dog tree in the site's categories.
   *
   * @throws ListingFailedException when the whereabouts categories are missing: which posts are
   *     dogs can then not be told, and guessing could retire every dog
   */
  static DogCategories resolve(WordPressCategories all) {
    Category root = require(all, 0, DOG_ROOT, "the top level");
    Category whereabouts = require(all, root.id(), WHEREABOUTS, DOG_ROOT);
    Set<Integer> places = new TreeSet<>();
    for (String place : PLACES) {
      places.addAll(all.subtree(require(all, whereabouts.id(), place, WHEREABOUTS).id()));
    }
    Set<Integer> excluded = new TreeSet<>();
    for (String slug : NOT_LOOKING_FOR_A_HOME) {
      all.child(0, slug).ifPresent(category -> excluded.addAll(all.subtree(category.id())));
    }
    places.removeAll(excluded);
    Map<String, Integer> groups = new TreeMap<>();
    for (String slug : GROUPS) {
      all.child(root.id(), slug).ifPresent(category -> groups.put(slug, category.id()));
    }
    return new DogCategories(all, whereabouts.id(), places, excluded, groups);
  }

  private static Category require(WordPressCategories all, int parent, String slug, String where) {
    return all.child(parent, slug)
        .orElseThrow(
            () ->
                new ListingFailedException(
                    "the category '"
                        + slug
                        + "' is missing under "
                        + where
                        + ": the dog categories of hunderettung-europa changed"));
  }

  /** The categories whose posts are dogs looking for a home (Romania, Germany and its states). */
  Set<Integer> places() {
    return places;
  }

  /** Adopted dogs' stories and cats. */
  Set<Integer> excluded() {
    return excluded;
  }

  boolean isExcluded(Collection<Integer> postCategories) {
    return postCategories.stream().anyMatch(excluded::contains);
  }

  /**
   * Where the dog is, from its most specific whereabouts category, most specific first: "Rumänien",
   * "Deutschland", "Mecklenburg-Vorpommern, Deutschland"; null when unknown.
   */
  String location(Collection<Integer> postCategories) {
    List<String> best = List.of();
    for (int id : postCategories) {
      if (!places.contains(id)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Category category : all.pathUp(id)) {
        if (category.id() == whereaboutsId) {
          break;
        }
        names.add(category.name());
      }
      if (names.size() > best.size()) {
        best = names;
      }
    }
    return best.isEmpty() ? null : String.join(", ", best);
  }

  /**
   * The names of the post's categories inside one classifying group ("Weiblich" under "Geschlecht",
   * "Klein" under "Größe"), joined by ", ".
   */
  Optional<String> inGroup(Collection<Integer> postCategories, String group) {
    Integer groupId = groups.get(group);
    if (groupId == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (int id : postCategories) {
      List<Category> path = all.pathUp(id);
      if (path.size() > 1 && path.stream().skip(1).anyMatch(c -> c.id() == groupId)) {
        names.add(path.get(0).name());
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }

  /** The names of the post's categories that are known, in the post's order. */
  List<String> names(Collection<Integer> postCategories) {
    List<String> names = new ArrayList<>();
    for (int id : postCategories) {
      all.get(id).ifPresent(category -> names.add(category.name()));
    }
    return names;
  }
}
