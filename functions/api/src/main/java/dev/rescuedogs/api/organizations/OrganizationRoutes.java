package dev.rescuedogs.api.organizations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import dev.rescuedogs.api.pagination.CursorCodec;
import dev.rescuedogs.api.pagination.Pages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /api/organizations}: the rescues, with live counts and their newest dogs. */
public final class OrganizationRoutes {

  public static final int RECENT_DOGS = 6;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

  private final OrganizationRepository organizations;
  private final CursorCodec cursors;

  public OrganizationRoutes(OrganizationRepository organizations, CursorCodec cursors) {
    this.organizations = organizations;
    this.cursors = cursors;
  }

  public List<Route> routes() {
    return List.of(
        new Route("/api/organizations", Set.of("country", "q", "limit", "cursor"), this::list),
        new Route("/api/organizations/{slug}", Set.of(), this::detail));
  }

  private HttpResponse list(RouteRequest request) {
    Parameters parameters = request.parameters();
    Set<String> countries = new LinkedHashSet<>();
    for (String value : parameters.list("country", 25)) {
      Vocabulary.country(value)
          .ifPresentOrElse(
              countries::add,
              () ->
                  parameters.fail(
                      "country", "must be ISO 3166-1 alpha-2 country codes (e.g. GB, DE)"));
    }
    String text = parameters.text("q", 100).orElse(null);
    int limit = parameters.integer("limit", 1, 100).orElse(20);
    String fingerprint =
        CursorCodec.fingerprint(
            "organizations;" + String.join(",", countries.stream().sorted().toList()) + ";" + text);
    ArrayNode after =
        Pages.after(
            parameters,
            cursors,
            fingerprint,
            key ->
                key.size() == 2
                    && key.get(0).isTextual()
                    && key.get(1).isIntegralNumber()
                    && key.get(1).canConvertToLong());
    parameters.requireValid();
    List<ObjectNode> rows = organizations.list(countries, text, after, limit);
    ArrayNode data = Json.array();
    ArrayNode lastKey = null;
    for (int i = 0; i < Math.min(limit, rows.size()); i++) {
      lastKey = (ArrayNode) rows.get(i).remove("_key");
      data.add(rows.get(i));
    }
    String next = rows.size() > limit ? cursors.encode(fingerprint, lastKey) : null;
    ObjectNode body =
        Pages.envelope(
            data,
            limit,
            organizations.count(countries, text),
            next,
            request.http().path(),
            parameters.raw(),
            Map.of());
    return HttpResponse.json(Json.bytes(body), CachePolicy.SUMMARY);
  }

  private HttpResponse detail(RouteRequest request) {
    request.parameters().requireValid();
    String slug = request.path("slug");
    if (ID.matcher(slug).matches()) {
      return organizations
          .slugOf(Long.parseLong(slug))
          .map(found -> HttpResponse.redirect("/api/organizations/" + found))
          .orElseThrow(() -> notFound(slug));
    }
    if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
      throw notFound(slug);
    }
    ObjectNode organization =
        organizations.bySlug(slug, RECENT_DOGS).orElseThrow(() -> notFound(slug));
    return HttpResponse.json(Json.bytes(organization), CachePolicy.SUMMARY);
  }

  private static ProblemException notFound(String slug) {
    String shown = slug.length() > 80 ? slug.substring(0, 80) + "…" : slug;
    return ProblemException.notFound("No organization '" + shown + "' is known.");
  }
}
