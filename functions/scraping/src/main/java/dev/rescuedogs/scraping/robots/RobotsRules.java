package dev.rescuedogs.scraping.robots;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The robots.txt rules that apply to one crawler on one host (RFC 9309): the group for the
 * crawler's product token, else the {@code *} group, else nothing (everything allowed).
 *
 * <p>A path is allowed unless its most specific matching rule (the one with the most octets) is a
 * {@code Disallow}; an {@code Allow} of the same length wins a tie. {@code *} matches any run of
 * characters and a trailing {@code $} anchors the end. {@code /robots.txt} itself is always
 * allowed.
 */
public final class RobotsRules {

  /** One {@code Allow} or {@code Disallow} line, its path already normalized. */
  public record Rule(boolean allow, String pattern) {}

  private static final RobotsRules ALLOW_ALL =
      new RobotsRules(List.of(), null, "no robots.txt (4xx): everything allowed");
  private static final RobotsRules DISALLOW_ALL =
      new RobotsRules(
          List.of(new Rule(false, "/")),
          null,
          "robots.txt unreachable (5xx, 429 or no answer): nothing allowed");

  private final List<Rule> rules;
  private final Duration crawlDelay;
  private final String source;

  RobotsRules(List<Rule> rules, Duration crawlDelay, String source) {
    // Longest pattern first, Allow before Disallow on equal length: the first match decides.
    this.rules =
        rules.stream()
            .sorted(
                Comparator.comparingInt((Rule r) -> r.pattern().length())
                    .reversed()
                    .thenComparing(r -> !r.allow()))
            .toList();
    this.crawlDelay = crawlDelay;
    this.source = source;
  }

  /** Rules for a host whose robots.txt is missing (4xx): everything may be crawled. */
  public static RobotsRules allowAll() {
    return ALLOW_ALL;
  }

  /**
   * Rules for a host whose robots.txt is unreachable (5xx, network error): nothing may be crawled.
   */
  public static RobotsRules disallowAll() {
    return DISALLOW_ALL;
  }

  /**
   * Whether the crawler may fetch this path.
   *
   * @param pathAndQuery the raw (percent-encoded) path with its query, e.g. {@code /dogs?page=2}
   */
  public boolean isAllowed(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    String normalized = RobotsPaths.normalize(path);
    for (Rule rule : rules) {
      if (RobotsPaths.matches(rule.pattern(), normalized)) {
        return rule.allow();
      }
    }
    return true;
  }

  /** The {@code Crawl-delay} of the selected group, if one was given. */
  public Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  /** The rules in matching order (most specific first). */
  public List<Rule> rules() {
    return rules;
  }

  /** Where the rules came from: the robots.txt URL, or why there is none. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "RobotsRules[" + source + ", " + rules.size() + " rules, crawlDelay=" + crawlDelay + "]";
  }
}
