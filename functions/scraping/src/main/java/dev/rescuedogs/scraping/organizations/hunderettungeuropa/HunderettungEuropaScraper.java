package dev.rescuedogs.scraping.organizations.hunderettungeuropa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.FetchRequest;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.ListingSession;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Hunderettung Europa e.V. (Duisburg; dogs in a partner shelter near Brașov and in German foster
 * homes) through its WordPress REST API. Each dog is a post whose rendered content is the whole dog
 * page, so no detail page is fetched.
 *
 * <p>The listing first reads the category list ({@code /wp-json/wp/v2/categories}) to find the
 * whereabouts categories by slug (see {@link DogCategories}), then the posts in them ({@code
 * /wp-json/wp/v2/posts}), {@value #POSTS_PER_PAGE} per page in ascending id order, so that posts
 * published during the run are appended instead of shifting earlier pages. Every request goes
 * through the engine's fetcher (robots.txt, pacing, retries, statistics). A page total ({@code
 * X-WP-TotalPages}) is required on every page and every announced page must be read; the posts
 * received must add up to {@code X-WP-Total}. Anything less fails the listing.
 *
 * <p>External id: {@code hre-<post id>} (WordPress post ids never change). Adoption URL: the post's
 * {@code link}. Location: the post's most specific whereabouts category ("Rumänien",
 * "Mecklenburg-Vorpommern, Deutschland"). Status: a status word in the title or a category name
 * ("Reserviert").
 */
public final class HunderettungEuropaScraper extends OrganizationScraper {

  /**
   * Posts per API page. WordPress allows 100, but Elementor content makes a post ~40 KB, and 50
   * keeps a page (~2 MB) far below the fetcher's body limit at a third of the original's requests.
   */
  static final int POSTS_PER_PAGE = 50;

  private static final int CATEGORIES_PER_PAGE = 100;
  private static final int MAX_CATEGORY_PAGES = 20;
  private static final String TOTAL_PAGES = "X-WP-TotalPages";
  private static final String TOTAL = "X-WP-Total";
  private static final String ID_PREFIX = "hre-";
  private static final Pattern PAGE_PARAMETER = Pattern.compile("([?&])page=(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StatusStandardizer STATUS = new StatusStandardizer();

  public HunderettungEuropaScraper(
      OrganizationConfig organization, ScraperDependencies dependencies) {
    super(organization, dependencies);
  }

  @Override
  protected void collectListing(ListingSession listing) {
    for (URI postsEndpoint : listingUrls()) {
      DogCategories categories =
          DogCategories.resolve(readCategories(listing, postsEndpoint.resolve("categories")));
      readPosts(listing, postsEndpoint, categories);
    }
  }

  /**
   * Parses one page of the posts endpoint on its own (a saved page): without the category list,
   * locations stay unknown and nothing is excluded by category. The scrape itself parses with the
   * categories; {@link #parseListingPage(Page, List)} does so for saved pages.
   */
  @Override
  public ListingPage parseListingPage(Page page) {
    return parsePosts(page, DogCategories.UNKNOWN);
  }

  /**
   * Parses a saved posts page together with the saved pages of the category list it was read with,
   * so locations and exclusions resolve as in a scrape. Must not do I/O.
   *
   * @throws dev.rescuedogs.scraping.scrape.ListingFailedException when the category list lacks the
   *     dog categories
   */
  public ListingPage parseListingPage(Page posts, List<Page> categoryPages) {
    List<String> texts = categoryPages.stream().map(Page::text).toList();
    return parsePosts(posts, DogCategories.resolve(WordPressCategories.parse(texts)));
  }

  /**
   * Parses one page of the posts endpoint: every post that is not an adopted dog's story or a cat
   * becomes a dog; the next page and the page total come from the page's URL and {@code
   * X-WP-TotalPages} header. Must not do I/O.
   *
   * @throws IllegalArgumentException when the page is not a JSON array of posts
   */
  ListingPage parsePosts(Page page, DogCategories categories) {
    return parsePosts(postsOf(page), page, categories);
  }

  private static ListingPage parsePosts(JsonNode posts, Page page, DogCategories categories) {
    List<ListedDog> dogs = new ArrayList<>();
    for (JsonNode post : posts) {
      List<Integer> postCategories = new ArrayList<>();
      post.path("categories").forEach(id -> postCategories.add(id.asInt()));
      if (!categories.isExcluded(postCategories)) {
        dogs.add(ListedDog.withoutDetailPage(dog(post, postCategories, categories)));
      }
    }
    Integer total = headerNumber(page, TOTAL_PAGES).filter(value -> value >= 1).orElse(null);
    int current = pageNumber(page.url());
    URI next = total != null && current < total ? withPage(page.url(), current + 1) : null;
    return new ListingPage(dogs, next, total);
  }

  private static JsonNode postsOf(Page page) {
    JsonNode posts;
    try {
      posts = JSON.readTree(page.text());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(page.url() + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (posts == null || !posts.isArray()) {
      throw new IllegalArgumentException(page.url() + " is not a JSON array of posts");
    }
    return posts;
  }

  private static RawDog dog(JsonNode post, List<Integer> postCategories, DogCategories categories) {
    long id = post.path("id").asLong(0);
    String link = post.path("link").asText("").strip();
    if (id <= 0 || link.isEmpty()) {
      throw new IllegalArgumentException("a post has no id or link: " + abbreviate(post));
    }
    URI adoptionUrl = URI.create(link);
    // title.rendered is HTML: entities ("Pepe &#8211; reserviert") and, rarely, inline tags.
    String title = Jsoup.parseBodyFragment(post.path("title").path("rendered").asText("")).text();
    PostContent content =
        PostContent.parse(post.path("content").path("rendered").asText(""), adoptionUrl);
    LabeledValues facts = content.facts();

    RawDog.Builder dog =
        RawDog.builder()
            .externalId(ID_PREFIX + id)
            .name(title.strip())
            .adoptionUrl(adoptionUrl.toString())
            .status(statusText(title, categories.names(postCategories)))
            .breed(facts.getOrNull("Rasse"))
            .ageText(facts.getOrNull("Geschätztes Alter", "Alter", "Geburtsdatum"))
            .sex(
                facts
                    .get("Geschlecht")
                    .or(() -> categories.inGroup(postCategories, DogCategories.SEX))
                    .orElse(null))
            .height(
                facts.getOrNull(
                    "Geschätzte Schulterhöhe", "Geschätzte Endschulterhöhe", "Schulterhöhe"))
            .weight(
                facts
                    .get("Geschätztes Gewicht", "Gewicht")
                    .or(() -> categories.inGroup(postCategories, DogCategories.WEIGHT))
                    .orElse(null))
            .size(categories.inGroup(postCategories, DogCategories.SIZE).orElse(null))
            .location(categories.location(postCategories))
            .description(content.description())
            .imageUrls(content.imageUrls());
    property(dog, "in_shelter_since", facts.get("Im Tierheim seit"));
    property(dog, "in_germany_since", facts.get("In Deutschland seit"));
    property(dog, "foster_home", facts.get("Auf Pflegestelle in"));
    property(dog, "origin", facts.get("Herkunft"));
    property(dog, "earliest_departure", facts.get("Früheste Ausreise"));
    property(
        dog,
        "special_needs",
        facts
            .get("Besonderheit", "Besonderheiten")
            .or(() -> categories.inGroup(postCategories, DogCategories.SPECIAL_NEEDS)));
    property(dog, "special_notes", Optional.ofNullable(content.specialNotes()));
    property(dog, "age_group", categories.inGroup(postCategories, DogCategories.AGE));
    return dog.build();
  }

  /** The first of the title and the category names that names a status, else null. */
  private static String statusText(String title, List<String> categoryNames) {
    List<String> candidates = new ArrayList<>();
    candidates.add(title);
    candidates.addAll(categoryNames);
    for (String candidate : candidates) {
      if (STATUS.statusOf(candidate) != null) {
        return candidate.strip();
      }
    }
    return null;
  }

  private static void property(RawDog.Builder dog, String key, Optional<String> value) {
    value.filter(text -> !text.isBlank()).ifPresent(text -> dog.property(key, text));
  }

  // ---------------------------------------------------------------- reading the API

  private WordPressCategories readCategories(ListingSession listing, URI endpoint) {
    List<String> pages = new ArrayList<>();
    int page = 1;
    Integer announcedTotal = null;
    while (true) {
      URI url =
          withQuery(
              endpoint,
              "per_page=" + CATEGORIES_PER_PAGE + "&orderby=id&_fields=id,name,slug,parent",
              page);
      Page response = listing.fetch(json(url));
      int totalPages = requiredTotalPages(response);
      announcedTotal = headerNumber(response, TOTAL).orElse(null);
      pages.add(response.text());
      if (page >= totalPages) {
        break;
      }
      if (page >= MAX_CATEGORY_PAGES) {
        throw new ListingFailedException(
            endpoint + " announces more than " + MAX_CATEGORY_PAGES + " pages of categories");
      }
      page++;
    }
    WordPressCategories categories;
    try {
      categories = WordPressCategories.parse(pages);
    } catch (IllegalArgumentException e) {
      throw new ListingFailedException(endpoint + ": " + e.getMessage(), e);
    }
    if (announcedTotal != null && categories.size() < announcedTotal) {
      throw new ListingFailedException(
          endpoint
              + " announces "
              + announcedTotal
              + " categories but only "
              + categories.size()
              + " arrived");
    }
    return categories;
  }

  private void readPosts(ListingSession listing, URI endpoint, DogCategories categories) {
    String filter =
        "categories="
            + ids(categories.places())
            + (categories.excluded().isEmpty()
                ? ""
                : "&categories_exclude=" + ids(categories.excluded()))
            + "&orderby=id&order=asc&per_page="
            + POSTS_PER_PAGE
            + "&_fields=id,link,title,content,categories";
    URI first = withQuery(endpoint, filter, 1);
    URI next = first;
    int pagesRead = 0;
    int totalPages = 0;
    int postsReceived = 0;
    Integer announcedPosts = null;
    while (next != null) {
      if (pagesRead >= maxListingPages()) {
        throw new ListingFailedException(
            first + " has more than " + maxListingPages() + " pages; the paging is running away");
      }
      Page response = listing.fetch(json(next));
      totalPages = requiredTotalPages(response);
      announcedPosts = headerNumber(response, TOTAL).orElse(announcedPosts);
      ListingPage parsed;
      try {
        JsonNode posts = postsOf(response);
        postsReceived += posts.size();
        parsed = parsePosts(posts, response, categories);
      } catch (IllegalArgumentException e) {
        throw new ListingFailedException(e.getMessage(), e);
      }
      listing.add(response.url(), parsed);
      pagesRead++;
      next = parsed.nextPage();
    }
    listing.expectPages(first.toString(), totalPages, pagesRead);
    if (announcedPosts != null && postsReceived < announcedPosts) {
      throw new ListingFailedException(
          first + " announces " + announcedPosts + " posts but only " + postsReceived + " arrived");
    }
  }

  private static FetchRequest json(URI url) {
    return FetchRequest.get(url).withHeader("Accept", "application/json");
  }

  private static int requiredTotalPages(Page response) {
    return headerNumber(response, TOTAL_PAGES)
        .filter(total -> total >= 1)
        .orElseThrow(
            () ->
                new ListingFailedException(
                    response.url()
                        + " sent no "
                        + TOTAL_PAGES
                        + " header: whether the listing is complete cannot be told"));
  }

  private static Optional<Integer> headerNumber(Page page, String name) {
    return page.header(name)
        .map(String::strip)
        .filter(value -> value.matches("\\d{1,9}"))
        .map(Integer::valueOf);
  }

  private static int pageNumber(URI url) {
    Matcher matcher =
        PAGE_PARAMETER.matcher(url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    return matcher.find() ? Integer.parseInt(matcher.group(2)) : 1;
  }

  private static URI withPage(URI url, int page) {
    String query = url.getRawQuery();
    String base = url.toString();
    if (query != null && PAGE_PARAMETER.matcher("?" + query).find()) {
      return URI.create(PAGE_PARAMETER.matcher(base).replaceFirst("$1page=" + page));
    }
    return URI.create(base + (query == null ? "?" : "&") + "page=" + page);
  }

  private static URI withQuery(URI endpoint, String query, int page) {
    return URI.create(endpoint + "?" + query + "&page=" + page);
  }

  private static String ids(Collection<Integer> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
