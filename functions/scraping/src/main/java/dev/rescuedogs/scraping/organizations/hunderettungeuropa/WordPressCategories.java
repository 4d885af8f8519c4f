package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.parser.Parser;

/**
 * A WordPress site's categories as {@code GET /wp-json/wp/v2/categories} lists them: id, name, slug
 * and parent (0 for a top-level category). Names arrive HTML-escaped ("Aktionen &amp; Kampagnen")
 * and are kept unescaped.
 */
final class WordPressCategories {

  /** No categories known: a posts page parsed on its own. */
  static final WordPressCategories NONE = new WordPressCategories(List.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One category; {@code parent} is 0 for a top-level one. */
  record Category(int id, String name, String slug, int parent) {}

  private final Map<Integer, Category> byId;

  WordPressCategories(Collection<Category> categories) {
    Map<Integer, Category> map = new LinkedHashMap<>();
    for (Category category : categories) {
      map.putIfAbsent(category.id(), category);
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /**
   * Categories from the JSON arrays of one or more pages of the categories endpoint.
   *
   * @throws IllegalArgumentException when a page is not a JSON array of categories
   */
  static WordPressCategories parse(List<String> jsonPages) {
    List<Category> categories = new ArrayList<>();
    for (String json : jsonPages) {
      JsonNode root;
      try {
        root = JSON.readTree(json);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "a categories page is not JSON: " + e.getOriginalMessage());
      }
      if (root == null || !root.isArray()) {
        throw new IllegalArgumentException("a categories page is not a JSON array of categories");
      }
      for (JsonNode node : root) {
        int id = node.path("id").asInt(0);
        String slug = node.path("slug").asText("");
        if (id <= 0 || slug.isEmpty()) {
          throw new IllegalArgumentException("a category has no id or slug: " + node);
        }
        categories.add(
            new Category(
                id,
                Parser.unescapeEntities(node.path("name").asText(""), false).strip(),
                slug,
                node.path("parent").asInt(0)));
      }
    }
    return new WordPressCategories(categories);
  }

  int size() {
    return byId.size();
  }

  Optional<Category> get(int id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The category with this slug directly under {@code parent} (0: top level). */
  Optional<Category> child(int parent, String slug) {
    return byId.values().stream()
        .filter(category -> category.parent() == parent && category.slug().equals(slug))
        .findFirst();
  }

  /** The category and every category below it, by id in ascending order. */
  Set<Integer> subtree(int id) {
    Set<Integer> ids = new TreeSet<>();
    if (!byId.containsKey(id)) {
      return ids;
    }
    Deque<Integer> pending = new ArrayDeque<>(List.of(id));
    while (!pending.isEmpty()) {
      int current = pending.poll();
      if (ids.add(current)) {
        for (Category category : byId.values()) {
          if (category.parent() == current) {
            pending.add(category.id());
          }
        }
      }
    }
    return ids;
  }

  /** The category and its ancestors, nearest first; stops at a loop or an unknown parent. */
  List<Category> pathUp(int id) {
    List<Category> path = new ArrayList<>();
    Set<Integer> seen = new TreeSet<>();
    Category current = byId.get(id);
    while (current != null && seen.add(current.id())) {
      path.add(current);
      current = byId.get(current.parent());
    }
    return path;
  }
}
