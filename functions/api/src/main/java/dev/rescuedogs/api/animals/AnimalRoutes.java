package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import dev.rescuedogs.api.pagination.CursorCodec;
import dev.rescuedogs.api.pagination.Pages;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /api/animals}: the catalog, one dog, its history, random picks and favourites. */
public final class AnimalRoutes {

  /** Parameters of the catalog list: the filters plus order and paging. */
  public static final Set<String> LIST_PARAMETERS =
      with(CatalogFilters.PARAMETERS, "sort", "seed", "limit", "cursor");

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_BATCH_IDS = 100;
  public static final int MAX_RANDOM = 10;
  public static final int DEFAULT_HISTORY_LIMIT = 50;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");
  private static final Pattern SEED = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AnimalRepository animals;
  private final CursorCodec cursors;

  public AnimalRoutes(AnimalRepository animals, CursorCodec cursors) {
    this.animals = animals;
    this.cursors = cursors;
  }

  /** Routes with fixed paths; register before {@link #detailRoutes()} so they win over {slug}. */
  public List<Route> listRoutes() {
    return List.of(
        new Route("/api/animals", LIST_PARAMETERS, this::list),
        new Route("/api/animals/random", Set.of("limit"), this::random),
        new Route("/api/animals/batch", Set.of("ids"), this::batch));
  }

  public List<Route> detailRoutes() {
    return List.of(
        new Route("/api/animals/{slug}", Set.of(), this::detail),
        new Route("/api/animals/{slug}/history", Set.of("limit", "cursor"), this::history));
  }

  /**
   * Reads the list query (filters, sort, seed, limit, cursor); problems are recorded in parameters.
   */
  public CatalogQuery readQuery(Parameters parameters) {
    CatalogFilters filters = CatalogFilters.parse(parameters);
    Sort sort = parameters.enumValue("sort", Sort.parameters()).map(Sort::of).orElse(Sort.NEWEST);
    if (sort == Sort.DISTANCE && filters.near() == null && !parameters.failed("near")) {
      parameters.fail("sort", "distance requires near=latitude,longitude");
    }
    Optional<String> seed = parameters.single("seed");
    if (seed.isPresent() && !SEED.matcher(seed.get()).matches()) {
      parameters.fail("seed", "must be 1 to 64 letters, digits, '-' or '_'");
    } else if (seed.isPresent() && sort != Sort.RANDOM) {
      parameters.fail("seed", "applies only to sort=random");
    }
    String effectiveSeed = sort != Sort.RANDOM ? null : seed.orElseGet(AnimalRoutes::newSeed);
    int limit = parameters.integer("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
    CatalogQuery firstPage = new CatalogQuery(filters, sort, effectiveSeed, limit, null);
    ArrayNode after =
        Pages.after(
            parameters,
            cursors,
            CursorCodec.fingerprint(firstPage.canonical()),
            firstPage::acceptsKey);
    return new CatalogQuery(filters, sort, effectiveSeed, limit, after);
  }

  private HttpResponse list(RouteRequest request) {
    Parameters parameters = request.parameters();
    CatalogQuery query = readQuery(parameters);
    parameters.requireValid();
    CatalogPage page = animals.page(query);
    ArrayNode data = Json.array();
    page.dogs().forEach(data::add);
    String next =
        page.nextKey() == null
            ? null
            : cursors.encode(CursorCodec.fingerprint(query.canonical()), page.nextKey());
    Map<String, String> extra = new LinkedHashMap<>();
    if (query.sort() == Sort.RANDOM && parameters.single("seed").isEmpty()) {
      extra.put("seed", query.seed());
    }
    ObjectNode body =
        Pages.envelope(
            data,
            query.limit(),
            page.total(),
            next,
            request.http().path(),
            parameters.raw(),
            extra);
    return HttpResponse.json(Json.bytes(body), CachePolicy.LIST);
  }

  private HttpResponse detail(RouteRequest request) {
    String slug = request.path("slug");
    request.parameters().requireValid();
    if (ID.matcher(slug).matches()) {
      return animals
          .slugOf(Long.parseLong(slug))
          .map(found -> HttpResponse.redirect("/api/animals/" + found))
          .orElseThrow(() -> notFound(slug));
    }
    if (!isSlug(slug)) {
      throw notFound(slug);
    }
    ObjectNode dog = animals.bySlug(slug).orElseThrow(() -> notFound(slug));
    return HttpResponse.json(Json.bytes(dog), CachePolicy.DETAIL);
  }

  private HttpResponse history(RouteRequest request) {
    String slug = request.path("slug");
    Parameters parameters = request.parameters();
    int limit = parameters.integer("limit", 1, MAX_LIMIT).orElse(DEFAULT_HISTORY_LIMIT);
    String fingerprint = CursorCodec.fingerprint("history;" + slug);
    ArrayNode after = Pages.after(parameters, cursors, fingerprint, AnimalRoutes::isHistoryKey);
    parameters.requireValid();
    if (ID.matcher(slug).matches()) {
      return animals
          .slugOf(Long.parseLong(slug))
          .map(found -> HttpResponse.redirect("/api/animals/" + found + "/history"))
          .orElseThrow(() -> notFound(slug));
    }
    if (!isSlug(slug)) {
      throw notFound(slug);
    }
    ObjectNode dog = animals.identity(slug).orElseThrow(() -> notFound(slug));
    List<ObjectNode> events = animals.history(dog.get("id").asLong(), after, limit);
    ArrayNode data = Json.array();
    ArrayNode lastKey = null;
    for (int i = 0; i < Math.min(limit, events.size()); i++) {
      ObjectNode event = events.get(i);
      lastKey = (ArrayNode) event.remove("_key");
      data.add(event);
    }
    String next = events.size() > limit ? cursors.encode(fingerprint, lastKey) : null;
    ObjectNode body =
        Pages.envelope(data, limit, null, next, request.http().path(), parameters.raw(), Map.of());
    body.set("animal", dog);
    return HttpResponse.json(Json.bytes(body), CachePolicy.DETAIL);
  }

  private HttpResponse random(RouteRequest request) {
    int limit = request.parameters().integer("limit", 1, MAX_RANDOM).orElse(3);
    request.parameters().requireValid();
    ArrayNode data = Json.array();
    animals.random(limit).forEach(data::add);
    ObjectNode body = Json.object();
    body.set("data", data);
    return new HttpResponse(200, HttpResponse.JSON, Json.bytes(body), Map.of(), CachePolicy.NONE);
  }

  private HttpResponse batch(RouteRequest request) {
    Parameters parameters = request.parameters();
    List<String> given = parameters.list("ids", MAX_BATCH_IDS);
    List<Long> ids = new ArrayList<>();
    for (String id : given) {
      if (!ID.matcher(id).matches()) {
        parameters.fail("ids", "must be positive dog ids separated by commas");
        break;
      }
      ids.add(Long.parseLong(id));
    }
    if (given.isEmpty() && !parameters.failed("ids")) {
      parameters.fail("ids", "is required: 1 to " + MAX_BATCH_IDS + " dog ids separated by commas");
    }
    parameters.requireValid();
    List<ObjectNode> found = animals.byIds(ids.stream().mapToLong(Long::longValue).toArray());
    Map<Long, ObjectNode> byId = new LinkedHashMap<>();
    found.forEach(dog -> byId.put(dog.get("id").asLong(), dog));
    ArrayNode data = Json.array();
    ArrayNode missing = Json.array();
    for (Long id : ids) {
      if (byId.containsKey(id)) {
        data.add(byId.get(id));
      } else {
        missing.add(id);
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    body.set("missing_ids", missing);
    return HttpResponse.json(Json.bytes(body), CachePolicy.DETAIL);
  }

  static boolean isSlug(String text) {
    return text.length() <= 200 && SLUG.matcher(text).matches();
  }

  private static boolean isHistoryKey(ArrayNode key) {
    return key.size() == 2
        && key.get(0).isIntegralNumber()
        && key.get(0).canConvertToLong()
        && key.get(0).asLong() >= 0
        && key.get(0).asLong() <= 4_102_444_800_000_000L
        && key.get(1).isIntegralNumber()
        && key.get(1).canConvertToLong();
  }

  private static ProblemException notFound(String slug) {
    String shown = slug.length() > 80 ? slug.substring(0, 80) + "…" : slug;
    return ProblemException.notFound("No dog '" + shown + "' is in the catalog.");
  }

  private static String newSeed() {
    return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
