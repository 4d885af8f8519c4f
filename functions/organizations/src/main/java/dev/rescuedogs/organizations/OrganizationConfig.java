package dev.rescuedogs.organizations;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rescue organization as described by its YAML file under {@code organizations/}. The file name
 * (without {@code .yaml}) is the id. Field names map to snake_case keys in YAML. Collections are
 * never null (empty when absent) and cannot be modified.
 *
 * @param id stable config id, equal to the file name; kebab-case
 * @param name display name
 * @param enabled whether the weekly run scrapes it; disabled organizations are inactive in the
 *     catalog
 * @param scraper how its site is scraped
 * @param website the organization's home page
 * @param description a short English description shown to adopters
 * @param country ISO 3166-1 alpha-2 code of the organization's base
 * @param city base city, or null when the organization names none
 * @param locations where its dogs physically are (shelters, foster areas) with coordinates
 * @param serviceRegions countries (optionally a region within) where it has dogs
 * @param shipsTo ISO 3166-1 alpha-2 codes of the countries it adopts to
 * @param social links by network name (facebook, instagram, twitter, youtube, linkedin, tiktok)
 * @param adoptionFee the usual adoption fee, or null when not published
 * @param establishedYear founding year, or null
 * @param logoUrl absolute URL of its logo, or null
 * @param monitoring overrides of the run checks' thresholds; {@link Monitoring#DEFAULTS} when the
 *     file has none
 */
public record OrganizationConfig(
    String id,
    String name,
    boolean enabled,
    ScraperSettings scraper,
    URI website,
    String description,
    String country,
    String city,
    List<Location> locations,
    List<ServiceRegion> serviceRegions,
    List<String> shipsTo,
    Map<String, URI> social,
    AdoptionFee adoptionFee,
    Integer establishedYear,
    URI logoUrl,
    Monitoring monitoring) {

  /** Copies the collections so a config cannot change after loading; absent ones become empty. */
  public OrganizationConfig {
    monitoring = monitoring == null ? Monitoring.DEFAULTS : monitoring;
    locations = locations == null ? List.of() : List.copyOf(locations);
    serviceRegions = serviceRegions == null ? List.of() : List.copyOf(serviceRegions);
    shipsTo = shipsTo == null ? List.of() : List.copyOf(shipsTo);
    // Keeps the file's order so links are shown as the contributor listed them.
    social = social == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(social));
  }

  /** A config without monitoring overrides. */
  public OrganizationConfig(
      String id,
      String name,
      boolean enabled,
      ScraperSettings scraper,
      URI website,
      String description,
      String country,
      String city,
      List<Location> locations,
      List<ServiceRegion> serviceRegions,
      List<String> shipsTo,
      Map<String, URI> social,
      AdoptionFee adoptionFee,
      Integer establishedYear,
      URI logoUrl) {
    this(
        id,
        name,
        enabled,
        scraper,
        website,
        description,
        country,
        city,
        locations,
        serviceRegions,
        shipsTo,
        social,
        adoptionFee,
        establishedYear,
        logoUrl,
        null);
  }

  /** How a site is read: plain HTML, a real browser for JavaScript, or a JSON API. */
  public enum Technology {
    STATIC,
    BROWSER,
    REST
  }

  /**
   * How the organization's site is scraped.
   *
   * @param kind key of the scraper implementation that reads this site (e.g. {@code dogstrust})
   * @param technology what the site needs
   * @param listingUrls absolute URLs of the listing pages (or API endpoints) the scrape starts from
   * @param politeness request pacing and resilience for this host
   */
  public record ScraperSettings(
      String kind, Technology technology, List<URI> listingUrls, Politeness politeness) {

    public ScraperSettings {
      listingUrls = listingUrls == null ? List.of() : List.copyOf(listingUrls);
    }
  }

  /**
   * Request pacing and resilience for one host.
   *
   * @param delaySeconds minimum pause between two requests to the same host (at least 1)
   * @param maxRetries retries after the first attempt for retryable failures
   * @param timeoutSeconds per-request timeout
   * @param concurrency detail pages fetched at once (still one request in flight per host)
   */
  public record Politeness(
      double delaySeconds, int maxRetries, int timeoutSeconds, int concurrency) {}

  /**
   * A place where the organization keeps dogs.
   *
   * @param name label of the place (a shelter, a foster region)
   * @param city city or area, may be null
   * @param country ISO 3166-1 alpha-2
   * @param latitude WGS84 degrees
   * @param longitude WGS84 degrees
   */
  public record Location(
      String name, String city, String country, double latitude, double longitude) {}

  /**
   * A country, or a region within one, where the organization has dogs.
   *
   * @param country ISO 3166-1 alpha-2
   * @param region optional region within the country, null for the whole country
   */
  public record ServiceRegion(String country, String region) {}

  /**
   * The organization's usual adoption fee.
   *
   * @param amount usual fee
   * @param currency ISO 4217 code
   */
  public record AdoptionFee(BigDecimal amount, String currency) {}

  /**
   * Overrides of the run checks for one organization (YAML key {@code monitoring}); a null value
   * means the platform's default (see the partial-failure check and docs/configuration.md).
   *
   * @param minimumDogs a run finding fewer dogs is a partial failure
   * @param historyFraction a run finding fewer than this fraction of the recent average fails
   * @param historyRuns successful runs the average is taken over
   * @param minimumHistory successful runs needed before the history rule applies
   * @param maxFailedDetailShare largest share of found dogs whose detail page may fail
   * @param qualityThreshold a run scoring below this is reported as low quality
   * @param livenessChecksPerRun most adoption pages of missing dogs checked per run (0: none)
   */
  public record Monitoring(
      Integer minimumDogs,
      Double historyFraction,
      Integer historyRuns,
      Integer minimumHistory,
      Double maxFailedDetailShare,
      Double qualityThreshold,
      Integer livenessChecksPerRun) {

    public static final Monitoring DEFAULTS =
        new Monitoring(null, null, null, null, null, null, null);
  }
}
