package dev.rescuedogs.scraping.organizations.animalrescuebosnia;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.status.StatusStandardizer;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.HeadingSection;
import dev.rescuedogs.scraping.parse.ImgSources;
import dev.rescuedogs.scraping.parse.LabeledValues;
import dev.rescuedogs.scraping.parse.Slugs;
import dev.rescuedogs.scraping.parse.TextLines;
import dev.rescuedogs.scraping.scrape.ImageUrls;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingFailedException;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Animal Rescue Bosnia (animal-rescue-bosnia.org): a static WordPress site (CityLogic theme).
 *
 * <p><b>Listing.</b> One page, {@code /our-dogs/}, in sections. Only the section whose heading
 * names Bosnia and "waiting" is read; the dogs "waiting in Germany" are placed by the German
 * partner and are not the organization's to adopt out. In the section, a dog is a short heading
 * (its name, under 50 characters) followed by a "More info" / "I am interested" link to its page. A
 * card that says the dog is already in Germany is left out for the same reason.
 *
 * <p><b>External id.</b> {@code arb-{slug}} from the page's permalink ({@code /johny/} → {@code
 * arb-johny}); the original derived it from the name, which equals the slug for every dog seen but
 * changes with a corrected spelling.
 *
 * <p><b>Detail page.</b> {@code /{slug}/}: {@code h1} name; {@code h2} "Short description" then a
 * paragraph of {@code <br>}-separated facts (Breed, Gender, Date of birth "May 2018", Height,
 * Weight, In a shelter from) and "Family in the shelter"; {@code h2} "About {name}" then the story
 * and a gallery; the top image repeats one gallery photo.
 */
public final class AnimalRescueBosniaScraper extends OrganizationScraper {

  private static final StatusStandardizer STATUS = new StatusStandardizer();
  private static final int MAX_NAME_LENGTH = 50;
  private static final int MAX_BADGE_LENGTH = 30;

  /** Where the dogs of the section read are. */
  private static final String SECTION_LOCATION = "Bosnia and Herzegovina";

  private static final Set<String> DOG_LINK_TEXTS =
      Set.of("more info", "more information", "i am interested", "im interested", "read more");

  /** Pages a dog card never links to as its own page. */
  private static final Set<String> SITE_PAGES =
      Set.of("contact", "our-dogs", "lucky-dogs", "donations", "news", "partner", "facility");

  public AnimalRescueBosniaScraper(OrganizationConfig config, ScraperDependencies dependencies) {
    super(config, dependencies);
  }

  @Override
  public ListingPage parseListingPage(Page page) {
    Element root = page.document().selectFirst(".entry-content");
    if (root == null) {
      root = page.document().body();
    }
    Element section =
        HeadingSection.find(root, text -> text.contains("bosnia") && text.contains("waiting"))
            .orElseThrow(
                () ->
                    new ListingFailedException(
                        page.url() + " has no section of dogs waiting in Bosnia"));
    int sectionRank = HeadingSection.rank(section);
    Map<String, ListedDog> dogs = new LinkedHashMap<>();
    Card card = null;
    boolean inSection = false;
    for (Element element : root.getAllElements()) {
      if (element.equals(section)) {
        inSection = true;
        continue;
      }
      if (!inSection) {
        continue;
      }
      int rank = HeadingSection.rank(element);
      if (rank > 0) {
        if (rank <= sectionRank || HeadingSection.fold(element.text()).contains("waiting")) {
          break; // the next section ("Dogs waiting in Germany", "Lucky dogs" …)
        }
        String name = TextLines.collapse(element.text());
        card = name.isEmpty() || name.length() >= MAX_NAME_LENGTH ? null : new Card(name);
        continue;
      }
      if (card == null || card.link != null) {
        continue;
      }
      if (element.normalName().equals("a")) {
        String text = HeadingSection.fold(element.text()).replaceAll("[^a-z ]", "").strip();
        URI target = dogPage(element, page.url());
        if (DOG_LINK_TEXTS.contains(text) && target != null) {
          card.link = target;
          addDog(dogs, card);
        }
      } else if (!TextLines.collapse(element.ownText()).isEmpty()) {
        card.lines.add(TextLines.collapse(element.ownText()));
      }
    }
    return ListingPage.single(List.copyOf(dogs.values()));
  }

  @Override
  public RawDog parseDetailPage(Page page) {
    Element heading = page.document().selectFirst("h1");
    if (heading == null || TextLines.collapse(heading.text()).isEmpty()) {
      throw new IllegalStateException(page.url() + " has no h1 with the dog's name");
    }
    Element root = page.document().selectFirst(".entry-content");
    if (root == null) {
      root = page.document().body();
    }
    String name = TextLines.collapse(heading.text());
    RawDog.Builder dog =
        RawDog.builder().externalId("arb-" + Slugs.lastPathSegment(page.url())).name(name);
    List<String> factLines = new ArrayList<>();
    HeadingSection.startingWith(root, "short description")
        .ifPresent(
            shortDescription -> {
              for (Element element : HeadingSection.contentAfter(shortDescription)) {
                factLines.addAll(TextLines.of(element));
              }
            });
    LabeledValues facts = LabeledValues.fromLines(factLines);
    dog.breed(facts.getOrNull("Breed"));
    dog.sex(facts.getOrNull("Gender", "Sex"));
    String born = facts.getOrNull("Date of birth", "Born");
    dog.ageText(born != null ? born : facts.getOrNull("Age"));
    if (born != null) {
      dog.property("date_of_birth", born);
    }
    dog.height(facts.getOrNull("Height"));
    dog.weight(facts.getOrNull("Weight"));
    facts
        .get("In a shelter from", "In the shelter since")
        .ifPresent(value -> dog.property("in_shelter_since", value));
    facts.get("Family in the shelter").ifPresent(value -> dog.property("family_in_shelter", value));
    String location = facts.getOrNull("Location");
    if (saysAlreadyInGermany(root.text(), name)) {
      location = "Germany";
    }
    dog.location(location);
    String status = facts.getOrNull("Status");
    dog.status(status != null ? status : STATUS.statusOf(name) != null ? name : null);
    dog.description(
        HeadingSection.startingWith(root, "about")
            .map(about -> HeadingSection.storyHtml(HeadingSection.contentAfter(about)))
            .orElse(null));
    List<String> photos = new ArrayList<>();
    for (Element img : root.select("img")) {
      String url = ImgSources.best(img);
      if (url != null) {
        photos.add(url);
      }
    }
    dog.imageUrls(ImageUrls.normalize(page.url(), photos));
    return dog.build();
  }

  /**
   * Records a card's dog unless the card says it is already in Germany. The status comes from the
   * heading ("Bruno – reserved") or a short badge line under it; a sentence of the card text that
   * happens to say "adopted" is no badge.
   */
  private static void addDog(Map<String, ListedDog> dogs, Card card) {
    String text = String.join(" ", card.lines);
    if (saysAlreadyInGermany(text, card.name)
        || HeadingSection.fold(text).matches(".*\\blocation: germany\\b.*")) {
      return;
    }
    String id = "arb-" + Slugs.lastPathSegment(card.link);
    String statusText = STATUS.statusOf(card.name) != null ? card.name : null;
    for (String line : card.lines) {
      if (statusText == null
          && line.length() <= MAX_BADGE_LENGTH
          && STATUS.statusOf(line) != null) {
        statusText = line;
      }
    }
    RawDog data =
        RawDog.builder().externalId(id).status(statusText).location(SECTION_LOCATION).build();
    dogs.putIfAbsent(
        id,
        ListedDog.withDetailPage(id, card.name, STATUS.standardize(statusText), card.link)
            .withListingData(data));
  }

  /** "We are already in Germany!", "I am already in Germany", "Mila is already in Germany". */
  private static boolean saysAlreadyInGermany(String text, String name) {
    String folded = HeadingSection.fold(text).replaceAll("['’]", "");
    return folded.contains("we are already in germany")
        || folded.contains("i am already in germany")
        || folded.contains("im already in germany")
        || folded.contains(HeadingSection.fold(name) + " is already in germany");
  }

  /**
   * The link's target without query or fragment when it is a page of this site that can be a dog's
   * (not the contact form or another site page), else null.
   */
  private static URI dogPage(Element link, URI pageUrl) {
    URI url;
    try {
      url = URI.create(link.absUrl("href").strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    String slug = Slugs.lastPathSegment(url);
    if (url.getHost() == null
        || pageUrl.getHost() == null
        || !hostKey(url.getHost()).equals(hostKey(pageUrl.getHost()))
        || slug.isEmpty()
        || SITE_PAGES.contains(slug)) {
      return null;
    }
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath());
  }

  private static String hostKey(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  /** A dog heading being read: its name, the text under it, and the link to its page once found. */
  private static final class Card {
    final String name;
    final List<String> lines = new ArrayList<>();
    URI link;

    Card(String name) {
      this.name = name;
    }
  }
}
