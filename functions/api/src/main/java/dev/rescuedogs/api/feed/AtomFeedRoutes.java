package dev.rescuedogs.api.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.AnimalRepository;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogPage;
import dev.rescuedogs.api.animals.CatalogQuery;
import dev.rescuedogs.api.animals.Sort;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import dev.rescuedogs.api.pagination.Pages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/feeds/animals.atom}: the newest dogs matching a filter set as an Atom feed (RFC 4287)
 * — a saved search any feed reader can subscribe to.
 */
public final class AtomFeedRoutes {

  public static final int DEFAULT_ENTRIES = 50;
  public static final int MAX_ENTRIES = 100;

  private final AnimalRepository animals;

  public AtomFeedRoutes(AnimalRepository animals) {
    this.animals = animals;
  }

  public List<Route> routes() {
    Set<String> parameters = new HashSet<>(CatalogFilters.PARAMETERS);
    parameters.add("limit");
    return List.of(new Route("/api/feeds/animals.atom", parameters, this::feed));
  }

  private HttpResponse feed(RouteRequest request) {
    Parameters parameters = request.parameters();
    CatalogFilters filters = CatalogFilters.parse(parameters);
    int limit = parameters.integer("limit", 1, MAX_ENTRIES).orElse(DEFAULT_ENTRIES);
    parameters.requireValid();
    CatalogPage page = animals.page(new CatalogQuery(filters, Sort.NEWEST, null, limit, null));
    String base = request.baseUrl();
    String self = base + Pages.link(request.http().path(), parameters.raw());
    String catalogLink = base + Pages.link("/api/animals", parameters.raw());
    String xml = render(page.dogs(), self, catalogLink, base, page.total());
    return new HttpResponse(
        200, HttpResponse.ATOM, xml.getBytes(StandardCharsets.UTF_8), Map.of(), CachePolicy.LIST);
  }

  static String render(
      List<ObjectNode> dogs, String self, String catalogLink, String base, long total) {
    String updated = "1970-01-01T00:00:00Z";
    for (ObjectNode dog : dogs) {
      String time = dog.path("updated_at").asText(dog.path("added_at").asText());
      if (time.compareTo(updated) > 0) {
        updated = time;
      }
    }
    StringBuilder xml = new StringBuilder(2048 + dogs.size() * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    element(xml, "  ", "id", self);
    element(xml, "  ", "title", "Rescue dogs: newest matches (" + total + " in total)");
    element(xml, "  ", "updated", updated);
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(escape(self))
        .append("\"/>\n");
    xml.append("  <link rel=\"alternate\" type=\"application/json\" href=\"")
        .append(escape(catalogLink))
        .append("\"/>\n");
    xml.append("  <author><name>Rescue Dog Aggregator</name></author>\n");
    xml.append("  <generator>rescuedogs api</generator>\n");
    for (ObjectNode dog : dogs) {
      String url = base + dog.path("links").path("self").asText();
      xml.append("  <entry>\n");
      element(xml, "    ", "id", url);
      element(
          xml,
          "    ",
          "title",
          dog.path("name").asText() + " — " + orDash(dog.path("breed").path("label")));
      element(xml, "    ", "published", dog.path("added_at").asText());
      element(xml, "    ", "updated", dog.path("updated_at").asText(dog.path("added_at").asText()));
      xml.append("    <link rel=\"alternate\" type=\"application/json\" href=\"")
          .append(escape(url))
          .append("\"/>\n");
      xml.append("    <link rel=\"related\" type=\"text/html\" href=\"")
          .append(escape(dog.path("links").path("adoption").asText()))
          .append("\"/>\n");
      JsonNode image = dog.path("primary_image");
      if (image.isObject()) {
        xml.append("    <link rel=\"enclosure\" href=\"")
            .append(escape(image.path("url").asText()))
            .append("\"/>\n");
      }
      xml.append("    <author><name>")
          .append(escape(dog.path("organization").path("name").asText()))
          .append("</name></author>\n");
      element(xml, "    ", "summary", summary(dog));
      xml.append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return xml.toString();
  }

  private static String summary(ObjectNode dog) {
    List<String> parts = new ArrayList<>();
    JsonNode age = dog.path("age");
    parts.add(orDash(dog.path("breed").path("label")));
    if (!age.path("text").isNull() && !age.path("text").isMissingNode()) {
      parts.add(age.path("text").asText());
    }
    for (String field : List.of("sex", "size")) {
      if (dog.hasNonNull(field)) {
        parts.add(dog.get(field).asText());
      }
    }
    parts.add(
        "with "
            + dog.path("organization").path("name").asText()
            + " ("
            + dog.path("location_country").asText()
            + ")");
    return String.join(", ", parts);
  }

  private static String orDash(JsonNode node) {
    return node.isTextual() ? node.asText() : "breed not stated";
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent)
        .append('<')
        .append(name)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || (c >= 0x10000 && c <= 0x10FFFF);
                  if (allowed) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
