package dev.rescuedogs.scraping.robots;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a robots.txt file (RFC 9309) for one crawler.
 *
 * <p>Groups start with one or more {@code User-agent} lines; every group naming the crawler's
 * product token (case-insensitively) is merged, and only when there is none are the {@code *}
 * groups used. {@code Crawl-delay} is not part of RFC 9309 but widely used; the largest value of
 * the selected groups is kept. Lines that cannot be understood are ignored, as the RFC asks.
 */
public final class RobotsTxtParser {

  private RobotsTxtParser() {}

  /**
   * The rules of a robots.txt that apply to our crawler.
   *
   * @param content the robots.txt text
   * @param productToken the crawler's product token, e.g. {@code RescueDogsBot}
   * @param origin where the file came from, for diagnostics only
   */
  public static RobotsRules parse(String content, String productToken, String origin) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean lastWasAgent = false;
    for (String rawLine : content.split("\\r\\n|\\r|\\n", -1)) {
      String line = stripComment(rawLine).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent", "useragent", "user agent" -> {
          if (current == null || !lastWasAgent) {
            current = new Group();
            groups.add(current);
          }
          current.agents.add(agentToken(value));
          lastWasAgent = true;
        }
        case "allow", "disallow" -> {
          lastWasAgent = false;
          if (current != null && !value.isEmpty()) {
            current.rules.add(
                new RobotsRules.Rule(key.equals("allow"), RobotsPaths.normalize(value)));
          }
        }
        case "crawl-delay" -> {
          lastWasAgent = false;
          if (current != null) {
            current.crawlDelay = max(current.crawlDelay, parseDelay(value));
          }
        }
        default ->
            // Sitemap, Host and unknown keys end an agent run but carry no rules for us.
            lastWasAgent = false;
      }
    }
    List<Group> selected = groups.stream().filter(g -> g.agents.contains(token)).toList();
    if (selected.isEmpty()) {
      selected = groups.stream().filter(g -> g.agents.contains("*")).toList();
    }
    List<RobotsRules.Rule> rules = new ArrayList<>();
    Duration delay = null;
    for (Group group : selected) {
      rules.addAll(group.rules);
      delay = max(delay, group.crawlDelay);
    }
    return new RobotsRules(rules, delay, origin);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }

  /** "RescueDogsBot/1.0 (+url)" names the product token "rescuedogsbot". */
  private static String agentToken(String value) {
    String token = value.strip();
    int end = 0;
    while (end < token.length()
        && token.charAt(end) != '/'
        && !Character.isWhitespace(token.charAt(end))) {
      end++;
    }
    return token.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static Duration parseDelay(String value) {
    try {
      double seconds = Double.parseDouble(value);
      if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return null;
      }
      return Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration max(Duration a, Duration b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<RobotsRules.Rule> rules = new ArrayList<>();
    Duration crawlDelay;
  }
}
