package dev.rescuedogs.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.local.stack.QueueTrigger;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraper.message.StandardizeRequest;
import dev.rescuedogs.scraper.queue.StandardizeQueue;
import dev.rescuedogs.scraping.browser.BrowserSettings;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.scraping.replay.ReplayServer;
import dev.rescuedogs.scraping.replay.Reply;
import dev.rescuedogs.standardize.images.HttpImageSource;
import dev.rescuedogs.standardize.metrics.RunMetrics;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The weekly pipeline end to end through real parts: the three functions' handlers, an in-process
 * SQS-compatible server (ElasticMQ) and S3-compatible server (S3Proxy), PostgreSQL, headless
 * Chromium, and replay copies of three sites — tierschutzverein-europa (static HTML, served from a
 * copy this test edits), hunderettung-europa (a WordPress REST API) and manytearsrescue (a browser
 * site). The steps run in order, as the weeks of a run history.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class WeeklyPipelineEndToEndTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String STATIC = "tierschutzverein-europa";
  private static final String REST = "hunderettung-europa";
  private static final String BROWSER = "manytearsrescue";
  private static final String BONSAI = "bonsai-in-spanien-perros-con-alma";
  private static final String USER_AGENT = "RescueDogsBot/1.0 (+https://example.org/bot)";
  private static final Pattern UPLOADS =
      Pattern.compile(
          "https://tierschutzverein-europa\\.de(/wp-content/uploads/[^\"' ,]+\\.(?:jpe?g|png))");

  private final Map<String, ReplayServer> sites = new HashMap<>();
  private final List<IngestReport> ingested = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, List<ImageSyncReport>> imageReports =
      Collections.synchronizedMap(new HashMap<>());
  private final AtomicBoolean crashAfterArchiving = new AtomicBoolean();
  private Path temp;
  private Path staticSite;
  private String listingWithBonsai;
  private String bonsaiPageText;
  private LocalStack stack;
  private LocalPipeline pipeline;
  private Jdbi jdbi;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    this.temp = temp;
    Path sites = siteCopies();
    ChromiumBrowserFactory chromium = chromium();
    staticSite = copyWithImages(sites.resolve(STATIC), temp.resolve(STATIC));
    listingWithBonsai = Files.readString(listing(), StandardCharsets.ISO_8859_1);
    bonsaiPageText = Files.readString(bonsaiPage(), StandardCharsets.UTF_8);
    this.sites.put(STATIC, ReplayServer.serving(staticSite));
    ReplayServer rest = ReplayServer.serving(sites.resolve(REST));
    rest.always("/wp-json/wp/v2/categories", wordPressPage(2, 23));
    rest.always("/wp-json/wp/v2/posts", wordPressPage(2, 6));
    this.sites.put(REST, rest);
    this.sites.put(BROWSER, ReplayServer.serving(sites.resolve(BROWSER)));

    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource()).sync(OrganizationConfigs.loadBundled());
    jdbi = Database.jdbi(db.dataSource());
    stack = LocalStack.start();
    pipeline =
        new LocalPipeline(
            stack,
            db.dataSource(),
            OrganizationConfigs.loadBundled().stream()
                .map(WeeklyPipelineEndToEndTest::testPaced)
                .toList(),
            (config, dependencies) ->
                Scrapers.create(
                    config,
                    dependencies
                        .siteCopy(this.sites.get(config.id()).baseUri())
                        .userAgent(USER_AGENT)
                        .browserFactory(chromium)
                        .build()),
            (url, maxBytes) ->
                new HttpImageSource(USER_AGENT, true).download(toSiteCopy(url), maxBytes),
            new RunMetrics() {
              @Override
              public void ingested(IngestReport report) {
                ingested.add(report);
              }

              @Override
              public void imagesSynced(String organizationId, ImageSyncReport report) {
                imageReports.computeIfAbsent(organizationId, id -> new ArrayList<>()).add(report);
              }
            },
            this::crashOnceWhenArmed,
            Clock.systemUTC());
  }

  @AfterAll
  void stop() {
    if (stack != null) {
      stack.close();
    }
    sites.values().forEach(ReplayServer::close);
  }

  @Test
  @Order(1)
  void firstRun_storesEveryOrganizationsDogsAndImages() {
    LocalPipeline.RunSummary summary = run("2026-11-02T15:00:00Z", STATIC, REST, BROWSER);

    assertThat(summary.dispatched()).containsEntry("run_id", "20261102T150000Z");
    assertThat(summary.scrapes().delivered()).isEqualTo(3);
    assertThat(summary.scrapes().failed()).isZero();
    assertThat(summary.standardizations().delivered()).isEqualTo(3);
    assertThat(summary.standardizations().failed()).isZero();
    assertThat(rawKeys("20261102T150000Z"))
        .containsExactly(
            "raw/20261102T150000Z/hunderettung-europa.json.gz",
            "raw/20261102T150000Z/manytearsrescue.json.gz",
            "raw/20261102T150000Z/tierschutzverein-europa.json.gz");
    assertThat(sessions("20261102T150000Z"))
        .containsExactly(
            "hunderettung-europa success found=5",
            "manytearsrescue success found=8",
            "tierschutzverein-europa success found=8");
    assertThat(dog(BONSAI)).isEqualTo("available high missing=0 active=true");
    assertThat(
            count(
                "SELECT count(*) FROM dogs d JOIN organizations o ON o.id = d.organization_id"
                    + " WHERE o.config_id = '"
                    + BROWSER
                    + "'"))
        .as("the browser site's dogs, read in Chromium")
        .isGreaterThanOrEqualTo(6);
    // The static site's photos are in the image bucket, served from there; the other two sites'
    // photos are not in their copies: counted as failures, and the dogs are stored anyway.
    assertThat(imageReports.get(STATIC))
        .singleElement()
        .satisfies(r -> assertThat(r.uploaded()).isPositive());
    assertThat(imageReports.get(REST))
        .singleElement()
        .satisfies(r -> assertThat(r.failed()).isPositive());
    assertThat(imageObjects())
        .isNotEmpty()
        .allMatch(key -> key.matches("dogs/[0-9a-f]{64}\\.(jpg|png|webp|gif|avif)"));
    assertThat(
            text(
                "SELECT stored_url FROM dog_images i JOIN dogs d ON d.id = i.dog_id"
                    + " WHERE d.external_id = '"
                    + BONSAI
                    + "' AND i.position = 0"))
        .startsWith(stack.imagePublicBaseUrl() + "/dogs/");
    assertThat(events(BONSAI)).containsExactly("created");
    assertThat(ingested)
        .extracting(IngestReport::organizationId)
        .containsExactlyInAnyOrder(STATIC, REST, BROWSER);
  }

  @Test
  @Order(2)
  void secondRun_aDogThatDisappearedIsSeenWithMediumConfidence() throws IOException {
    removeBonsaiFromTheListing();

    run("2026-11-09T15:00:00Z", STATIC);

    assertThat(sessions("20261109T150000Z"))
        .containsExactly("tierschutzverein-europa success found=7");
    assertThat(dog(BONSAI)).isEqualTo("available medium missing=1 active=true");
    assertThat(events(BONSAI)).containsExactly("created", "confidence_changed:medium");
    // The other dogs' pages were revalidated with last run's validators.
    assertThat(text("SELECT dogs_unchanged FROM scrape_sessions WHERE run_id = '20261109T150000Z'"))
        .isEqualTo("6");
  }

  @Test
  @Order(3)
  void thirdRun_lowConfidence_andItsAdoptionPageIsChecked() throws IOException {
    // The site marked Bonsai's own page as adopted when it took the dog off the listing.
    Files.writeString(
        bonsaiPage(),
        bonsaiPageText.replace(
            "<span class=\"entry-title-title\">Bonsai</span>",
            "<span class=\"entry-title-title\">Bonsai – vermittelt</span>"),
        StandardCharsets.UTF_8);
    int pageRequestsBefore = bonsaiPageRequests();

    LocalPipeline.RunSummary summary = run("2026-11-16T15:00:00Z", STATIC);

    // Missing from a second successful run: standardization asked the scraper to check its page.
    assertThat(summary.livenessChecks().delivered()).isEqualTo(1);
    assertThat(summary.livenessResults().delivered()).isEqualTo(1);
    assertThat(bonsaiPageRequests()).isEqualTo(pageRequestsBefore + 1);
    assertThat(dog(BONSAI)).isEqualTo("adopted low missing=2 active=false");
    assertThat(events(BONSAI))
        .containsExactly(
            "created",
            "confidence_changed:medium",
            "confidence_changed:low",
            "liveness_checked",
            "status_changed:adopted");
    assertThat(
            text(
                "SELECT e.new_value ->> 'evidence' FROM dog_events e JOIN dogs d ON d.id ="
                    + " e.dog_id WHERE d.external_id = '"
                    + BONSAI
                    + "' AND e.event_type = 'liveness_checked'"))
        .contains("vermittelt");
  }

  @Test
  @Order(4)
  void fourthRun_anAdoptedDogIsNotAgedFurther() throws IOException {
    Files.writeString(bonsaiPage(), bonsaiPageText, StandardCharsets.UTF_8);

    LocalPipeline.RunSummary summary = run("2026-11-23T15:00:00Z", STATIC);

    assertThat(summary.livenessChecks().delivered()).isZero();
    assertThat(dog(BONSAI)).isEqualTo("adopted low missing=2 active=false");
    assertThat(events(BONSAI)).hasSize(5);
  }

  @Test
  @Order(5)
  void fifthRun_theDogReappearsAvailableWithHighConfidence() throws IOException {
    Files.writeString(listing(), listingWithBonsai, StandardCharsets.ISO_8859_1);

    run("2026-11-30T15:00:00Z", STATIC);

    assertThat(sessions("20261130T150000Z"))
        .containsExactly("tierschutzverein-europa success found=8");
    assertThat(dog(BONSAI)).isEqualTo("available high missing=0 active=true");
    assertThat(events(BONSAI).subList(5, events(BONSAI).size()))
        .contains("reappeared", "status_changed:available", "confidence_changed:high");
  }

  @Test
  @Order(6)
  void aRunWhoseListingBreaks_marksNobodyMissing() throws IOException {
    Path page2 = staticSite.resolve("tiervermittlung/page/2/index.html");
    Path aside = temp.resolve("page-2.html");
    Files.move(page2, aside);
    try {
      run("2026-12-07T15:00:00Z", STATIC);
    } finally {
      Files.move(aside, page2);
    }

    assertThat(text("SELECT status FROM scrape_sessions WHERE run_id = '20261207T150000Z'"))
        .isIn("warning", "error");
    assertThat(
            count(
                "SELECT count(*) FROM dogs d JOIN organizations o ON o.id = d.organization_id"
                    + " WHERE o.config_id = '"
                    + STATIC
                    + "' AND d.consecutive_runs_missing > 0"))
        .isZero();
    assertThat(dog(BONSAI)).isEqualTo("available high missing=0 active=true");
    assertThat(rawKeys("20261207T150000Z"))
        .containsExactly("raw/20261207T150000Z/tierschutzverein-europa.json.gz");
  }

  @Test
  @Order(7)
  void aDuplicatedStandardizeMessage_isNotCountedTwice() {
    run("2026-12-14T15:00:00Z", STATIC);
    String sessionBefore = sessionFigures("20261214T150000Z");
    int eventsBefore = count("SELECT count(*) FROM dog_events");
    int ingestedBefore = ingested.size();

    // SQS delivers a message twice now and then: the same announcement arrives again.
    StandardizeRequest duplicate =
        StandardizeRequest.ingest(
            "20261214T150000Z",
            STATIC,
            LocalStack.RAW_BUCKET,
            "raw/20261214T150000Z/tierschutzverein-europa.json.gz",
            "duplicate");
    stack
        .sqs()
        .sendMessage(
            r ->
                r.queueUrl(stack.queueUrl(LocalStack.STANDARDIZE_QUEUE))
                    .messageBody(duplicate.toJson()));
    QueueTrigger.Deliveries deliveries = pipeline.drainStandardizeQueue();

    assertThat(deliveries.delivered()).isEqualTo(1);
    assertThat(deliveries.failed()).isZero();
    assertThat(sessionFigures("20261214T150000Z")).isEqualTo(sessionBefore);
    assertThat(count("SELECT count(*) FROM scrape_sessions WHERE run_id = '20261214T150000Z'"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM dog_events")).isEqualTo(eventsBefore);
    assertThat(ingested).hasSize(ingestedBefore);
  }

  @Test
  @Order(8)
  void aCrashBetweenArchivingAndAnnouncing_isCompletedOnceOnRedelivery() {
    int listingRequestsBefore = sites.get(STATIC).requestsTo("/tiervermittlung/").size();
    crashAfterArchiving.set(true);

    LocalPipeline.RunSummary summary = run("2026-12-21T15:00:00Z", STATIC);

    assertThat(summary.scrapes().crashed()).isEqualTo(1);
    assertThat(summary.scrapes().delivered()).isEqualTo(2);
    assertThat(summary.standardizations().delivered()).isEqualTo(1);
    // The re-delivered message found the archived result: the site was scraped once.
    assertThat(sites.get(STATIC).requestsTo("/tiervermittlung/"))
        .hasSize(listingRequestsBefore + 1);
    assertThat(sessions("20261221T150000Z"))
        .containsExactly("tierschutzverein-europa success found=8");
    assertThat(QueueTrigger.peek(stack.sqs(), stack.queueUrl(LocalStack.SCRAPE_QUEUE + "-dlq")))
        .isEmpty();
    assertThat(
            QueueTrigger.peek(stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE + "-dlq")))
        .isEmpty();
  }

  // ---------------------------------------------------------------- the run

  private LocalPipeline.RunSummary run(String scheduledTime, String... organizations) {
    Map<String, Object> event = new HashMap<>();
    event.put("id", "e2e-" + scheduledTime);
    event.put("time", scheduledTime);
    event.put("organizations", List.of(organizations));
    return pipeline.run(event);
  }

  /** The function "dies" once, right after archiving the raw result, when armed. */
  private StandardizeQueue crashOnceWhenArmed(StandardizeQueue queue) {
    return request -> {
      if (crashAfterArchiving.getAndSet(false)) {
        throw new SimulatedCrash();
      }
      queue.send(request);
    };
  }

  /** Like the Lambda runtime killing the process: not an exception the handler may catch. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash between archiving and announcing");
    }
  }

  // ---------------------------------------------------------------- the sites

  /** The project's replay copies of the sites, found from the repository root. */
  private static Path siteCopies() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path sites = dir.resolve("functions/scraping/src/test/resources/sites");
      if (Files.isDirectory(sites.resolve(STATIC))
          && Files.isDirectory(sites.resolve(REST))
          && Files.isDirectory(sites.resolve(BROWSER))) {
        return sites;
      }
    }
    Assumptions.abort(
        "skipped: the replay copies of "
            + STATIC
            + ", "
            + REST
            + " and "
            + BROWSER
            + " are not under functions/scraping/src/test/resources/sites");
    return null;
  }

  private static ChromiumBrowserFactory chromium() {
    BrowserSettings environment = BrowserSettings.fromEnvironment(System.getenv(), USER_AGENT);
    List<String> arguments = new ArrayList<>(environment.extraArguments());
    // Photos on the real sites' hosts are never requested: only the loopback copies resolve.
    arguments.add("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
    ChromiumBrowserFactory factory =
        new ChromiumBrowserFactory(
            new BrowserSettings(
                environment.chromeBinary(),
                environment.chromedriver(),
                environment.tempRoot(),
                environment.pageLoadTimeout(),
                Duration.ofSeconds(4),
                Duration.ofSeconds(1),
                environment.userAgentProduct(),
                arguments));
    Assumptions.assumeTrue(
        factory.isAvailable(),
        "skipped: no Chromium at "
            + environment.chromeBinary()
            + " or no chromedriver at "
            + environment.chromedriver()
            + " (install the Debian packages chromium and chromium-driver)");
    return factory;
  }

  /** A copy of the static site, with an image file at every upload path its pages name. */
  private static Path copyWithImages(Path site, Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(site.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    try (Stream<Path> pages = Files.walk(copy)) {
      for (Path page :
          (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".html"))::iterator) {
        Matcher upload = UPLOADS.matcher(Files.readString(page, StandardCharsets.ISO_8859_1));
        while (upload.find()) {
          Path image = copy.resolve(upload.group(1).substring(1));
          if (!Files.exists(image)) {
            Files.createDirectories(image.getParent());
            writeImage(image, upload.group(1).hashCode());
          }
        }
      }
    }
    return copy;
  }

  private static void writeImage(Path file, int colour) {
    BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, colour);
    String format = file.toString().endsWith(".png") ? "png" : "jpg";
    try {
      ImageIO.write(image, format, file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Pages are read and written as ISO-8859-1: byte for byte, whatever their charset (URLs are
  // ASCII).
  private Path listing() {
    return staticSite.resolve("tiervermittlung/index.html");
  }

  private Path bonsaiPage() {
    return staticSite.resolve("tiervermittlung/" + BONSAI + "/index.html");
  }

  private int bonsaiPageRequests() {
    return sites.get(STATIC).requestsTo("/tiervermittlung/" + BONSAI + "/").size();
  }

  private void removeBonsaiFromTheListing() throws IOException {
    String withoutBonsai =
        listingWithBonsai.replaceFirst("(?s)<article class=\"post-1001 .*?</article>\\s*", "");
    assertThat(withoutBonsai).doesNotContain(BONSAI).contains("strolch-in-rumaenien-tierheim-aspa");
    Files.writeString(listing(), withoutBonsai, StandardCharsets.ISO_8859_1);
  }

  /** Image URLs on a real site's host, fetched from its copy instead. */
  private URI toSiteCopy(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().replaceFirst("^www\\.", "");
    for (Map.Entry<String, ReplayServer> site : sites.entrySet()) {
      URI website = OrganizationConfigs.findBundled(site.getKey()).orElseThrow().website();
      if (website.getHost().replaceFirst("^www\\.", "").equals(host)) {
        return site.getValue()
            .url(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
      }
    }
    return url;
  }

  private static Reply wordPressPage(int totalPages, int total) {
    return Reply.file()
        .withHeader("X-WP-TotalPages", String.valueOf(totalPages))
        .withHeader("X-WP-Total", String.valueOf(total));
  }

  /** The shipped config with test-sized politeness (30 ms between requests instead of seconds). */
  private static OrganizationConfig testPaced(OrganizationConfig shipped) {
    ScraperSettings scraper = shipped.scraper();
    return new OrganizationConfig(
        shipped.id(),
        shipped.name(),
        shipped.enabled(),
        new ScraperSettings(
            scraper.kind(),
            scraper.technology(),
            scraper.listingUrls(),
            new Politeness(0.03, 1, 5, 2)),
        shipped.website(),
        shipped.description(),
        shipped.country(),
        shipped.city(),
        shipped.locations(),
        shipped.serviceRegions(),
        shipped.shipsTo(),
        shipped.social(),
        shipped.adoptionFee(),
        shipped.establishedYear(),
        shipped.logoUrl());
  }

  // ---------------------------------------------------------------- what the run left

  private List<String> rawKeys(String runId) {
    return stack
        .s3()
        .listObjectsV2(r -> r.bucket(LocalStack.RAW_BUCKET).prefix("raw/" + runId + "/"))
        .contents()
        .stream()
        .map(S3Object::key)
        .sorted()
        .toList();
  }

  private List<String> imageObjects() {
    return stack.s3().listObjectsV2(r -> r.bucket(LocalStack.IMAGE_BUCKET)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  private List<String> sessions(String runId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT o.config_id || ' ' || s.status || ' found=' || s.dogs_found FROM"
                        + " scrape_sessions s JOIN organizations o ON o.id = s.organization_id"
                        + " WHERE s.run_id = :run ORDER BY o.config_id")
                .bind("run", runId)
                .mapTo(String.class)
                .list());
  }

  private String sessionFigures(String runId) {
    return text(
        "SELECT concat_ws(' ', status, dogs_found, dogs_added, dogs_updated, dogs_unchanged,"
            + " dogs_rejected, images_uploaded, images_failed, finished_at) FROM scrape_sessions"
            + " WHERE run_id = '"
            + runId
            + "'");
  }

  private String dog(String externalId) {
    return text(
        "SELECT status || ' ' || availability_confidence || ' missing=' || consecutive_runs_missing"
            + " || ' active=' || active FROM dogs WHERE external_id = '"
            + externalId
            + "'");
  }

  /** A dog's history: event types, with the new value of status and confidence changes. */
  private List<String> events(String externalId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT e.event_type || CASE WHEN e.event_type IN ('status_changed',"
                        + " 'confidence_changed') THEN ':' || (e.new_value #>> '{}') ELSE '' END"
                        + " FROM dog_events e JOIN dogs d ON d.id = e.dog_id WHERE d.external_id ="
                        + " :id ORDER BY e.id")
                .bind("id", externalId)
                .mapTo(String.class)
                .list());
  }

  private String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private int count(String sql) {
    return Integer.parseInt(text(sql));
  }
}
