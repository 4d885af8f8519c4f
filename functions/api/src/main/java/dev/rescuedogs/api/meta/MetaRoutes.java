package dev.rescuedogs.api.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code /api/animals/meta/*}: what the filter menus offer, with counts. */
public final class MetaRoutes {

  private final MetaRepository meta;
  private final FacetRepository facets;

  public MetaRoutes(MetaRepository meta, FacetRepository facets) {
    this.meta = meta;
    this.facets = facets;
  }

  public List<Route> routes() {
    return List.of(
        new Route("/api/animals/meta/breeds", Set.of("breed_group"), this::breeds),
        new Route(
            "/api/animals/meta/breed_groups",
            Set.of(),
            request -> options(request, meta::breedGroups)),
        new Route(
            "/api/animals/meta/location_countries",
            Set.of(),
            request -> options(request, meta::locationCountries)),
        new Route(
            "/api/animals/meta/available_countries",
            Set.of(),
            request -> options(request, meta::availableCountries)),
        new Route("/api/animals/meta/available_regions", Set.of("country"), this::regions),
        new Route(
            "/api/animals/meta/filter_counts", CatalogFilters.PARAMETERS, this::filterCounts));
  }

  private HttpResponse breeds(RouteRequest request) {
    Set<String> groups = request.parameters().enumList("breed_group", Vocabulary.BREED_GROUPS);
    request.parameters().requireValid();
    return HttpResponse.json(
        Json.bytes(MetaRepository.list(meta.breeds(groups))), CachePolicy.META);
  }

  private HttpResponse regions(RouteRequest request) {
    Parameters parameters = request.parameters();
    Optional<String> given = parameters.single("country");
    Optional<String> country = given.flatMap(Vocabulary::country);
    if (given.isEmpty()) {
      parameters.fail("country", "is required: an ISO 3166-1 alpha-2 country code");
    } else if (country.isEmpty()) {
      parameters.fail("country", "must be an ISO 3166-1 alpha-2 country code (e.g. GB, DE)");
    }
    parameters.requireValid();
    return HttpResponse.json(
        Json.bytes(MetaRepository.list(meta.regions(country.get()))), CachePolicy.META);
  }

  private HttpResponse filterCounts(RouteRequest request) {
    CatalogFilters filters = CatalogFilters.parse(request.parameters());
    request.parameters().requireValid();
    FacetRepository.FacetCounts counts = facets.facets(filters);
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    for (Facet facet : Facet.values()) {
      ArrayNode options = data.putArray(facet.name().toLowerCase(Locale.ROOT));
      counts.options().get(facet).forEach(option -> options.add(option.toJson()));
    }
    body.put("total", counts.total());
    return HttpResponse.json(Json.bytes(body), CachePolicy.LIST);
  }

  private static HttpResponse options(
      RouteRequest request, java.util.function.Supplier<List<Option>> reader) {
    request.parameters().requireValid();
    return HttpResponse.json(Json.bytes(MetaRepository.list(reader.get())), CachePolicy.META);
  }
}
