package dev.rescuedogs.scraping.fetch;

import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the fetcher treats one site.
 *
 * @param userAgent the {@code User-Agent} sent with every request: the project's product token and
 *     a contact URL; its product token is also what robots.txt groups are matched against
 * @param delay least time between the end of one request to a host and the start of the next; a
 *     larger {@code Crawl-delay} in robots.txt wins. Organization configs enforce at least 1 s;
 *     only tests go lower.
 * @param maxRetries retries after the first attempt for connect errors, timeouts, 408, 429 and 5xx
 * @param timeout per attempt, from sending the request to the last body byte
 * @param maxBodyBytes a larger body fails the fetch
 * @param backoffBase wait before the first retry; doubled for each further retry, then jittered
 * @param backoffMax the doubling stops here
 * @param maxRetryAfter a {@code Retry-After} longer than this fails the fetch instead of waiting
 * @param maxRedirects redirect hops followed per fetch
 */
public record FetchSettings(
    String userAgent,
    Duration delay,
    int maxRetries,
    Duration timeout,
    long maxBodyBytes,
    Duration backoffBase,
    Duration backoffMax,
    Duration maxRetryAfter,
    int maxRedirects) {

  /** Names the project and where a site owner can reach us. Override with SCRAPER_USER_AGENT. */
  public static final String DEFAULT_USER_AGENT =
      "RescueDogsBot/1.0 (+https://github.com/rescuedogs/rescue-dogs; weekly adoptable-dog index)";

  /** Environment variable that replaces {@link #DEFAULT_USER_AGENT}. */
  public static final String USER_AGENT_VARIABLE = "SCRAPER_USER_AGENT";

  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || productToken(userAgent).isEmpty()) {
      throw new IllegalArgumentException("the user agent must start with a product token");
    }
    requireNotNegative(delay, "delay");
    requirePositive(timeout, "timeout");
    requireNotNegative(backoffBase, "backoffBase");
    requireNotNegative(backoffMax, "backoffMax");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (maxRetries < 0 || maxRedirects < 0 || maxBodyBytes <= 0) {
      throw new IllegalArgumentException(
          "maxRetries and maxRedirects must be >= 0, maxBodyBytes > 0");
    }
  }

  /** Settings from an organization's politeness block. */
  public static FetchSettings forOrganization(Politeness politeness, String userAgent) {
    return new FetchSettings(
        userAgent,
        Duration.ofMillis(Math.round(politeness.delaySeconds() * 1000)),
        politeness.maxRetries(),
        Duration.ofSeconds(politeness.timeoutSeconds()),
        DEFAULT_MAX_BODY_BYTES,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120),
        5);
  }

  /** Defaults for tools and tests: 1 s delay, 3 retries, 30 s timeout. */
  public static FetchSettings defaults(String userAgent) {
    return forOrganization(new Politeness(1.0, 3, 30, 1), userAgent);
  }

  /** {@code SCRAPER_USER_AGENT} from the environment, else the default. */
  public static String userAgentFrom(Map<String, String> environment) {
    String configured = environment.get(USER_AGENT_VARIABLE);
    return configured == null || configured.isBlank() ? DEFAULT_USER_AGENT : configured.strip();
  }

  /** The product token robots.txt groups are matched against: the user agent up to '/'. */
  public String productToken() {
    return productToken(userAgent);
  }

  public FetchSettings withDelay(Duration value) {
    return new FetchSettings(
        userAgent,
        value,
        maxRetries,
        timeout,
        maxBodyBytes,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxRedirects);
  }

  public FetchSettings withMaxRetries(int value) {
    return new FetchSettings(
        userAgent,
        delay,
        value,
        timeout,
        maxBodyBytes,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxRedirects);
  }

  public FetchSettings withTimeout(Duration value) {
    return new FetchSettings(
        userAgent,
        delay,
        maxRetries,
        value,
        maxBodyBytes,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxRedirects);
  }

  public FetchSettings withMaxBodyBytes(long value) {
    return new FetchSettings(
        userAgent,
        delay,
        maxRetries,
        timeout,
        value,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxRedirects);
  }

  public FetchSettings withBackoff(Duration base, Duration max) {
    return new FetchSettings(
        userAgent,
        delay,
        maxRetries,
        timeout,
        maxBodyBytes,
        base,
        max,
        maxRetryAfter,
        maxRedirects);
  }

  public FetchSettings withMaxRetryAfter(Duration value) {
    return new FetchSettings(
        userAgent,
        delay,
        maxRetries,
        timeout,
        maxBodyBytes,
        backoffBase,
        backoffMax,
        value,
        maxRedirects);
  }

  private static String productToken(String userAgent) {
    String trimmed = userAgent.strip();
    int end = 0;
    while (end < trimmed.length()
        && trimmed.charAt(end) != '/'
        && !Character.isWhitespace(trimmed.charAt(end))) {
      end++;
    }
    return trimmed.substring(0, end);
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
