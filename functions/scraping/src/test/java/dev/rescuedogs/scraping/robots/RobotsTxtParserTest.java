package dev.rescuedogs.scraping.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtParserTest {

  private static RobotsRules parse(String content) {
    return RobotsTxtParser.parse(content, "RescueDogsBot", "test");
  }

  @Test
  void ourOwnGroupWinsOverTheStarGroup() {
    RobotsRules rules =
        parse(
            """
            User-agent: *
            Disallow: /

            User-agent: rescuedogsbot
            Disallow: /private/
            """);

    assertThat(rules.isAllowed("/dogs/")).isTrue();
    assertThat(rules.isAllowed("/private/x")).isFalse();
  }

  @Test
  void theStarGroupAppliesWhenNoGroupNamesUs() {
    RobotsRules rules =
        parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin\n");

    assertThat(rules.isAllowed("/")).isTrue();
    assertThat(rules.isAllowed("/admin/login")).isFalse();
  }

  @Test
  void groupsNamingUsTwiceAreMergedAndAgentLinesMayShareAGroup() {
    RobotsRules rules =
        parse(
            """
            User-agent: SomeBot
            User-agent: RescueDogsBot/2.0
            Disallow: /a

            User-agent: rescuedogsbot
            Disallow: /b
            """);

    assertThat(rules.isAllowed("/a")).isFalse();
    assertThat(rules.isAllowed("/b")).isFalse();
    assertThat(rules.isAllowed("/c")).isTrue();
  }

  @Test
  void theLongestMatchDecidesAndAllowWinsATie() {
    RobotsRules rules =
        parse(
            """
            User-agent: *
            Disallow: /dogs/
            Allow: /dogs/adopt/
            Disallow: /page
            Allow: /page
            """);

    assertThat(rules.isAllowed("/dogs/secret")).isFalse();
    assertThat(rules.isAllowed("/dogs/adopt/rex")).isTrue();
    assertThat(rules.isAllowed("/page")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchorsMatch() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?sort=\n");

    assertThat(rules.isAllowed("/files/flyer.pdf")).isFalse();
    assertThat(rules.isAllowed("/files/flyer.pdf?download=1")).isTrue();
    assertThat(rules.isAllowed("/dogs?sort=new")).isFalse();
    assertThat(rules.isAllowed("/dogs?page=2")).isTrue();
  }

  @Test
  void percentEncodingIsComparedInOneForm() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /hündin\nDisallow: /a%2fb\n");

    assertThat(rules.isAllowed("/h%C3%BCndin/rosa")).isFalse();
    assertThat(rules.isAllowed("/a%2Fb")).isFalse();
    assertThat(rules.isAllowed("/%7Euser")).isTrue();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndRobotsTxtIsAlwaysAllowed() {
    assertThat(parse("User-agent: *\nDisallow:\n").isAllowed("/anything")).isTrue();
    assertThat(parse("User-agent: *\nDisallow: /\n").isAllowed("/robots.txt")).isTrue();
  }

  @Test
  void commentsBlankLinesAndUnknownKeysAreIgnored() {
    RobotsRules rules =
        parse(
            """
            # our rules
            User-agent: * # everyone

            Sitemap: https://x/sitemap.xml
            Disallow: /tmp/ # scratch
            nonsense line
            """);

    assertThat(rules.isAllowed("/tmp/a")).isFalse();
    assertThat(rules.isAllowed("/dogs")).isTrue();
  }

  @Test
  void crawlDelayOfTheSelectedGroupIsRead() {
    assertThat(parse("User-agent: *\nCrawl-delay: 2.5\n").crawlDelay())
        .contains(Duration.ofMillis(2500));
    assertThat(parse("User-agent: other\nCrawl-delay: 9\n").crawlDelay()).isEmpty();
    assertThat(parse("User-agent: *\nCrawl-delay: soon\n").crawlDelay()).isEmpty();
  }

  @Test
  void rulesBeforeAnyUserAgentAndNoMatchingGroupAllowEverything() {
    assertThat(parse("Disallow: /\n").isAllowed("/dogs")).isTrue();
    assertThat(parse("User-agent: OtherBot\nDisallow: /\n").isAllowed("/dogs")).isTrue();
  }

  @Test
  void aHostilePatternDoesNotBlowUp() {
    RobotsRules rules = parse("User-agent: *\nDisallow: /" + "*a".repeat(200) + "b$\n");

    assertThat(rules.isAllowed("/" + "a".repeat(5000))).isTrue();
  }

  @Test
  void unreachableAndMissingRobotsHaveFixedMeanings() {
    assertThat(RobotsRules.disallowAll().isAllowed("/")).isFalse();
    assertThat(RobotsRules.disallowAll().isAllowed("/robots.txt")).isTrue();
    assertThat(RobotsRules.allowAll().isAllowed("/anything")).isTrue();
  }
}
