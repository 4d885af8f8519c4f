package dev.rescuedogs.scraping.liveness;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.scraping.fetch.FetchException;
import dev.rescuedogs.scraping.fetch.FetchException.Reason;
import dev.rescuedogs.scraping.fetch.HttpFetcher;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.parse.Uris;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Checks the own adoption pages of dogs that went missing from the listing, through the scrape's
 * fetcher (robots.txt, pacing per host, retries, User-Agent, a local site copy all apply), one page
 * after the other:
 *
 * <ul>
 *   <li>404 or 410, or a redirect to a listing URL or the home page: {@link LivenessVerdict#GONE};
 *   <li>the title, {@code og:title}, main heading or a badge of the page says adopted (in any site
 *       language; adopted wins) or reserved: {@link LivenessVerdict#ADOPTED} / {@link
 *       LivenessVerdict#RESERVED} — menus, sidebars and cards of other dogs do not count;
 *   <li>otherwise {@link LivenessVerdict#LISTED};
 *   <li>no usable answer (timeout, server error, robots.txt, another 4xx, a malformed URL, the
 *       run's time budget spent): {@link LivenessVerdict#NOT_CHECKED}, checked again next run.
 * </ul>
 *
 * <p>Every verdict carries plain-text evidence a person can verify on the site.
 */
public final class LivenessChecker {

  private static final Set<Integer> GONE_STATUSES = Set.of(404, 410);

  private final HttpFetcher fetcher;
  private final Set<String> listingKeys;
  private final Clock clock;

  /**
   * @param fetcher the scrape's fetcher
   * @param listingUrls the organization's listing URLs: a dog page redirecting to one is gone
   * @param clock decides whether a check may still start before the deadline
   */
  public LivenessChecker(HttpFetcher fetcher, List<URI> listingUrls, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.listingKeys =
        listingUrls.stream()
            .map(url -> SiteAddresses.key(url, false))
            .collect(Collectors.toUnmodifiableSet());
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks each candidate's page in turn. Never throws for a bad page or URL.
   *
   * @param deadline a check not started before it is {@link LivenessVerdict#NOT_CHECKED}; null for
   *     no limit
   * @return one check per candidate, in the candidates' order
   */
  public List<LivenessCheck> check(List<LivenessCandidate> candidates, Instant deadline) {
    List<LivenessCheck> checks = new ArrayList<>(candidates.size());
    boolean interrupted = false;
    for (LivenessCandidate candidate : candidates) {
      if (interrupted) {
        checks.add(notChecked(candidate, "not checked: the run was interrupted", null));
      } else if (deadline != null && !clock.instant().isBefore(deadline)) {
        checks.add(notChecked(candidate, "not checked: the run's time budget was spent", null));
      } else {
        LivenessCheck check = check(candidate);
        checks.add(check);
        interrupted = Thread.currentThread().isInterrupted();
      }
    }
    return List.copyOf(checks);
  }

  private LivenessCheck check(LivenessCandidate candidate) {
    URI requested = Uris.parseOrNullEncodingSpaces(candidate.adoptionUrl());
    if (!isWebAddress(requested)) {
      return notChecked(candidate, "not checked: invalid adoption URL", null);
    }
    if (listingKeys.contains(SiteAddresses.key(requested, true))
        || (SiteAddresses.isHomePage(requested) && requested.getRawQuery() == null)) {
      // A dog without a page of its own: the listing's badges belong to other dogs too.
      return notChecked(
          candidate, "not checked: the adoption URL is the listing, not the dog's own page", null);
    }
    Page page;
    try {
      page = fetcher.fetch(requested);
    } catch (FetchException e) {
      return failed(candidate, e);
    } catch (RuntimeException e) {
      return notChecked(candidate, "not checked: " + e.getClass().getSimpleName(), null);
    }
    try {
      return read(candidate, requested, page);
    } catch (RuntimeException e) {
      return check(
          candidate,
          LivenessVerdict.NOT_CHECKED,
          "not checked: the page could not be read (" + e.getClass().getSimpleName() + ")",
          page.status());
    }
  }

  private LivenessCheck read(LivenessCandidate candidate, URI requested, Page page) {
    URI landed = page.url();
    boolean redirected = !withoutFragment(requested).equals(landed);
    if (redirected && isListingOrHome(requested, landed)) {
      return check(candidate, LivenessVerdict.GONE, "redirected to " + landed, page.status());
    }
    String at = redirected ? " after a redirect to " + landed : "";
    Document document = page.document();
    Optional<StatusMarkers.Marker> marker = StatusMarkers.find(document, landed);
    if (marker.isPresent()) {
      LivenessVerdict verdict =
          marker.get().status() == DogStatus.ADOPTED
              ? LivenessVerdict.ADOPTED
              : LivenessVerdict.RESERVED;
      return check(candidate, verdict, marker.get().evidence() + at, page.status());
    }
    String named =
        StatusMarkers.name(document, landed).map(name -> " (" + name.evidence() + ")").orElse("");
    return check(
        candidate,
        LivenessVerdict.LISTED,
        "page online, no adoption marker" + named + at,
        page.status());
  }

  /**
   * Whether a redirect landed on a listing URL or a home page (query ignored). When the dog's own
   * page is the listing's path with a query ({@code /dogs/?id=5}), landing there with a query still
   * is that page, not the listing.
   */
  private boolean isListingOrHome(URI requested, URI landed) {
    boolean listingOrHome =
        listingKeys.contains(SiteAddresses.key(landed, false)) || SiteAddresses.isHomePage(landed);
    boolean samePathWithQuery =
        SiteAddresses.key(requested, false).equals(SiteAddresses.key(landed, false))
            && landed.getRawQuery() != null;
    return listingOrHome && !samePathWithQuery;
  }

  private LivenessCheck failed(LivenessCandidate candidate, FetchException failure) {
    int status = failure.statusCode();
    Integer statusCode = status == 0 ? null : status;
    if (failure.reason() == Reason.HTTP_STATUS && GONE_STATUSES.contains(status)) {
      return check(candidate, LivenessVerdict.GONE, "HTTP " + status, statusCode);
    }
    return notChecked(candidate, "not checked: " + describe(failure), statusCode);
  }

  private static String describe(FetchException failure) {
    return switch (failure.reason()) {
      case HTTP_STATUS -> "HTTP " + failure.statusCode();
      case ROBOTS_DISALLOWED -> "robots.txt disallows the page";
      case TIMEOUT -> "timed out after " + failure.attempts() + " attempt(s)";
      case CONNECTION -> "connection failed after " + failure.attempts() + " attempt(s)";
      case BODY_TOO_LARGE -> "the page is larger than the body cap";
      case BAD_REDIRECT -> "unusable redirect (HTTP " + failure.statusCode() + ")";
      case INVALID_URL -> "invalid adoption URL";
      case INTERRUPTED -> "the run was interrupted";
    };
  }

  private LivenessCheck notChecked(LivenessCandidate candidate, String reason, Integer status) {
    return check(candidate, LivenessVerdict.NOT_CHECKED, reason, status);
  }

  private LivenessCheck check(
      LivenessCandidate candidate, LivenessVerdict verdict, String evidence, Integer status) {
    return new LivenessCheck(
        candidate.externalId(),
        candidate.adoptionUrl(),
        verdict,
        StatusMarkers.collapse(evidence),
        status,
        clock.instant());
  }

  private static boolean isWebAddress(URI url) {
    if (url == null || url.getScheme() == null || url.getHost() == null) {
      return false;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  private static URI withoutFragment(URI url) {
    if (url.getRawFragment() == null) {
      return url;
    }
    String text = url.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }
}
