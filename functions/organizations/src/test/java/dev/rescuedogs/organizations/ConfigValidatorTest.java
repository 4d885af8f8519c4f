package dev.rescuedogs.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValidatorTest {

  /** A small valid config; tests break one thing at a time with {@link String#replace}. */
  private static final String ACME =
      """
      schema_version: 1
      id: acme
      name: Acme Rescue
      enabled: true
      scraper:
        kind: acme
        technology: static
        listing_urls:
          - https://acme.example/dogs/
        politeness:
          delay_seconds: 2.5
          max_retries: 3
          timeout_seconds: 30
          concurrency: 4
      website: https://acme.example/
      description: A rescue used in tests.
      country: DE
      city: Berlin
      locations:
        - name: Shelter
          city: Berlin
          country: DE
          latitude: 52.52
          longitude: 13.405
      service_regions:
        - country: DE
        - country: RO
          region: Brașov
      ships_to: [DE, AT]
      social:
        instagram: https://www.instagram.com/acme/
        facebook: https://www.facebook.com/acme/
      adoption_fee:
        amount: 450.50
        currency: EUR
      established_year: 1891
      logo_url: https://acme.example/logo.png
      """;

  private final ConfigValidator validator = new ConfigValidator();

  private List<String> problems(String file, String yaml) {
    return validator.validate(file, yaml).stream().map(ConfigProblem::line).toList();
  }

  @Test
  void acceptsAValidConfigAndMapsEveryField() {
    assertThat(problems("acme.yaml", ACME)).isEmpty();

    OrganizationConfig config = OrganizationConfigs.parse(Map.of("acme.yaml", ACME)).get(0);

    assertThat(config.id()).isEqualTo("acme");
    assertThat(config.name()).isEqualTo("Acme Rescue");
    assertThat(config.enabled()).isTrue();
    assertThat(config.scraper().kind()).isEqualTo("acme");
    assertThat(config.scraper().technology()).isEqualTo(Technology.STATIC);
    assertThat(config.scraper().listingUrls())
        .containsExactly(URI.create("https://acme.example/dogs/"));
    assertThat(config.scraper().politeness())
        .isEqualTo(new OrganizationConfig.Politeness(2.5, 3, 30, 4));
    assertThat(config.website()).isEqualTo(URI.create("https://acme.example/"));
    assertThat(config.description()).isEqualTo("A rescue used in tests.");
    assertThat(config.country()).isEqualTo("DE");
    assertThat(config.city()).isEqualTo("Berlin");
    assertThat(config.locations())
        .containsExactly(new OrganizationConfig.Location("Shelter", "Berlin", "DE", 52.52, 13.405));
    assertThat(config.serviceRegions())
        .containsExactly(
            new OrganizationConfig.ServiceRegion("DE", null),
            new OrganizationConfig.ServiceRegion("RO", "Brașov"));
    assertThat(config.shipsTo()).containsExactly("DE", "AT");
    assertThat(config.social().keySet()).containsExactly("instagram", "facebook");
    assertThat(config.social().get("facebook"))
        .isEqualTo(URI.create("https://www.facebook.com/acme/"));
    assertThat(config.adoptionFee().amount()).isEqualByComparingTo(new BigDecimal("450.50"));
    assertThat(config.adoptionFee().amount().scale()).isEqualTo(2);
    assertThat(config.adoptionFee().currency()).isEqualTo("EUR");
    assertThat(config.establishedYear()).isEqualTo(1891);
    assertThat(config.logoUrl()).isEqualTo(URI.create("https://acme.example/logo.png"));
  }

  @Test
  void optionalKeysMayBeLeftOut() {
    String minimal =
        ACME.replace("\ncity: Berlin\n", "\n")
            .replaceAll("social:\n(  .*\n)+", "")
            .replaceAll("adoption_fee:\n(  .*\n)+", "")
            .replace("established_year: 1891\n", "")
            .replace("logo_url: https://acme.example/logo.png\n", "");

    assertThat(problems("acme.yaml", minimal)).isEmpty();
    OrganizationConfig config = OrganizationConfigs.parse(Map.of("acme.yaml", minimal)).get(0);
    assertThat(config.city()).isNull();
    assertThat(config.social()).isEmpty();
    assertThat(config.adoptionFee()).isNull();
    assertThat(config.establishedYear()).isNull();
    assertThat(config.logoUrl()).isNull();
  }

  @Test
  void reportsAMissingRequiredKey() {
    assertThat(problems("acme.yaml", ACME.replace("name: Acme Rescue\n", "")))
        .containsExactly("acme.yaml: name: is required but missing");
    assertThat(problems("acme.yaml", ACME.replace("    concurrency: 4\n", "")))
        .containsExactly("acme.yaml: scraper.politeness.concurrency: is required but missing");
  }

  @Test
  void reportsACountryCodeThatIsNotIso3166Alpha2() {
    assertThat(problems("acme.yaml", ACME.replace("country: DE\ncity", "country: UK\ncity")))
        .containsExactly(
            "acme.yaml: country: \"UK\" is not an ISO 3166-1 alpha-2 country code"
                + " (did you mean \"GB\"?)");
    assertThat(problems("acme.yaml", ACME.replace("ships_to: [DE, AT]", "ships_to: [DE, at, ZZ]")))
        .containsExactly(
            "acme.yaml: ships_to[1]: \"at\" is not an ISO 3166-1 alpha-2 country code"
                + " (did you mean \"AT\"?)",
            "acme.yaml: ships_to[2]: \"ZZ\" is not an ISO 3166-1 alpha-2 country code");
    assertThat(problems("acme.yaml", ACME.replace("  - country: RO", "  - country: EL")))
        .containsExactly(
            "acme.yaml: service_regions[1].country: \"EL\" is not an ISO 3166-1 alpha-2 country"
                + " code (did you mean \"GR\"?)");
  }

  @Test
  void explainsThatABareNoIsReadAsFalse() {
    assertThat(problems("acme.yaml", ACME.replace("ships_to: [DE, AT]", "ships_to: [DE, NO]")))
        .containsExactly(
            "acme.yaml: ships_to[1]: reads as the boolean false, not a country code:"
                + " put the code in quotes (\"NO\" for Norway)");
    assertThat(problems("acme.yaml", ACME.replace("ships_to: [DE, AT]", "ships_to: [DE, \"NO\"]")))
        .isEmpty();
  }

  @Test
  void reportsACurrencyThatIsNotIso4217() {
    assertThat(problems("acme.yaml", ACME.replace("currency: EUR", "currency: XYZ")))
        .containsExactly(
            "acme.yaml: adoption_fee.currency: \"XYZ\" is not an ISO 4217 currency code");
    assertThat(problems("acme.yaml", ACME.replace("currency: EUR", "currency: euro")))
        .containsExactly(
            "acme.yaml: adoption_fee.currency: \"euro\" is not an ISO 4217 currency code");
  }

  @Test
  void reportsDuplicateIdsAcrossFiles() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("acme.yaml", ACME);
    documents.put("acme.yml", ACME);

    assertThat(validator.validate(documents).stream().map(ConfigProblem::line))
        .containsExactly(
            "acme.yml: the file name must end in .yaml",
            "acme.yml: id: \"acme\" is already the id of acme.yaml");
  }

  @Test
  void reportsAnIdThatDiffersFromTheFileName() {
    assertThat(problems("acme-rescue.yaml", ACME))
        .containsExactly(
            "acme-rescue.yaml: id: \"acme\" must equal the file name without its extension"
                + " (\"acme-rescue\")");
  }

  @Test
  void reportsAnIdThatIsNotKebabCase() {
    String config = ACME.replace("id: acme", "id: Acme_Rescue");

    assertThat(problems("Acme_Rescue.yaml", config))
        .containsExactly(
            "Acme_Rescue.yaml: id: \"Acme_Rescue\" must be kebab-case: lowercase letters and digits"
                + " in words joined by single hyphens");
  }

  @Test
  void reportsRelativeAndNonHttpUrls() {
    String config =
        ACME.replace("website: https://acme.example/", "website: /about")
            .replace("    - https://acme.example/dogs/", "    - dogs/")
            .replace("logo_url: https://acme.example/logo.png", "logo_url: ftp://acme.example/logo")
            .replace(
                "facebook: https://www.facebook.com/acme/",
                "facebook: \" https://www.facebook.com/acme/\"");

    assertThat(problems("acme.yaml", config))
        .containsExactly(
            "acme.yaml: scraper.listing_urls[0]: \"dogs/\" is not an absolute http(s) URL",
            "acme.yaml: website: \"/about\" is not an absolute http(s) URL",
            "acme.yaml: social.facebook: \" https://www.facebook.com/acme/\" has spaces around"
                + " the URL",
            "acme.yaml: logo_url: \"ftp://acme.example/logo\" is not an absolute http(s) URL");
  }

  @Test
  void reportsAUrlWithoutHost() {
    assertThat(
            problems(
                "acme.yaml", ACME.replace("website: https://acme.example/", "website: https:///")))
        .containsExactly("acme.yaml: website: \"https:///\" is not an absolute http(s) URL");
  }

  @Test
  void reportsADelayBelowOneSecond() {
    assertThat(problems("acme.yaml", ACME.replace("delay_seconds: 2.5", "delay_seconds: 0.5")))
        .containsExactly(
            "acme.yaml: scraper.politeness.delay_seconds: 0.5 is too short: wait at least 1 second"
                + " between requests to the same host");
    assertThat(problems("acme.yaml", ACME.replace("delay_seconds: 2.5", "delay_seconds: 1")))
        .isEmpty();
  }

  @Test
  void monitoringOverridesAreReadAndLeftOutKeysKeepTheDefaults() {
    String loosened =
        ACME
            + "monitoring:\n  minimum_dogs: 1\n  history_fraction: 0.25\n  quality_threshold: 0.4\n"
            + "  liveness_checks_per_run: 10\n";

    assertThat(problems("acme.yaml", loosened)).isEmpty();
    OrganizationConfig config = OrganizationConfigs.parse(Map.of("acme.yaml", loosened)).get(0);
    assertThat(config.monitoring())
        .isEqualTo(new OrganizationConfig.Monitoring(1, 0.25, null, null, null, 0.4, 10));
    assertThat(OrganizationConfigs.parse(Map.of("acme.yaml", ACME)).get(0).monitoring())
        .isEqualTo(OrganizationConfig.Monitoring.DEFAULTS);
  }

  @Test
  void reportsMonitoringValuesOutOfRangeAndAHistoryRuleThatCouldNeverApply() {
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  history_fraction: 1.5\n"))
        .singleElement()
        .asString()
        .startsWith("acme.yaml: monitoring.history_fraction: ");
    // More pages than one liveness message may carry.
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  liveness_checks_per_run: 101\n"))
        .singleElement()
        .asString()
        .startsWith("acme.yaml: monitoring.liveness_checks_per_run: ");
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  liveness_checks_per_run: 0\n"))
        .isEmpty();
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  minimum_history: 12\n"))
        .containsExactly(
            "acme.yaml: monitoring.minimum_history: minimum_history (12) must not exceed"
                + " history_runs (9): the history rule could never apply");
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  history_runs: 2\n"))
        .containsExactly(
            "acme.yaml: monitoring.history_runs: minimum_history (3) must not exceed"
                + " history_runs (2): the history rule could never apply");
    assertThat(problems("acme.yaml", ACME + "monitoring:\n  stale_after: 3\n"))
        .singleElement()
        .asString()
        .contains("monitoring")
        .contains("stale_after");
  }

  @Test
  void reportsMissingOrEmptyListingUrls() {
    assertThat(
            problems(
                "acme.yaml",
                ACME.replace("  listing_urls:\n    - https://acme.example/dogs/\n", "")))
        .containsExactly("acme.yaml: scraper.listing_urls: at least one listing URL is required");
    assertThat(
            problems(
                "acme.yaml",
                ACME.replace(
                    "  listing_urls:\n    - https://acme.example/dogs/\n", "  listing_urls: []\n")))
        .containsExactly("acme.yaml: scraper.listing_urls: at least one listing URL is required");
  }

  @Test
  void reportsUnknownKeysWithTheKeysAllowedThere() {
    assertThat(problems("acme.yaml", ACME + "website_url: https://acme.example/\n"))
        .containsExactly(
            "acme.yaml: website_url: unknown key \"website_url\" (allowed here: schema_version, id,"
                + " name, enabled, scraper, website, description, country, city, locations,"
                + " service_regions, ships_to, social, adoption_fee, established_year, logo_url, monitoring)");
    assertThat(problems("acme.yaml", ACME.replace("delay_seconds: 2.5", "rate_limit_delay: 2.5")))
        .containsExactly(
            "acme.yaml: scraper.politeness.rate_limit_delay: unknown key \"rate_limit_delay\""
                + " (allowed here: delay_seconds, max_retries, timeout_seconds, concurrency)",
            "acme.yaml: scraper.politeness.delay_seconds: is required but missing");
    assertThat(problems("acme.yaml", ACME.replace("  instagram:", "  myspace:")))
        .containsExactly(
            "acme.yaml: social.myspace: unknown key \"myspace\" (allowed here: facebook, instagram,"
                + " twitter, youtube, linkedin, tiktok)");
  }

  @Test
  void reportsValuesOutOfRangeOrOfTheWrongKind() {
    String config =
        ACME.replace("schema_version: 1", "schema_version: 2")
            .replace("enabled: true", "enabled: maybe")
            .replace("technology: static", "technology: selenium")
            .replace("max_retries: 3", "max_retries: 11")
            .replace("timeout_seconds: 30", "timeout_seconds: 0")
            .replace("concurrency: 4", "concurrency: 17")
            .replace("latitude: 52.52", "latitude: 91")
            .replace("longitude: 13.405", "longitude: -180.5")
            .replace("established_year: 1891", "established_year: 1700");

    assertThat(problems("acme.yaml", config))
        .containsExactly(
            "acme.yaml: schema_version: must be 1, not 2",
            "acme.yaml: enabled: must be true or false, not \"maybe\"",
            "acme.yaml: scraper.technology: \"selenium\" is not one of static, browser, rest",
            "acme.yaml: scraper.politeness.max_retries: 11 is above the maximum of 10",
            "acme.yaml: scraper.politeness.timeout_seconds: 0 is below the minimum of 1",
            "acme.yaml: scraper.politeness.concurrency: 17 is above the maximum of 16",
            "acme.yaml: locations[0].latitude: 91 is above the maximum of 90",
            "acme.yaml: locations[0].longitude: -180.5 is below the minimum of -180",
            "acme.yaml: established_year: 1700 is below the minimum of 1800");
  }

  @Test
  void reportsEmptyAndBlankTexts() {
    String config =
        ACME.replace("name: Acme Rescue", "name: \"\"")
            .replace("description: A rescue used in tests.", "description: \"   \"")
            .replace("\ncity: Berlin\n", "\ncity:\n");

    assertThat(problems("acme.yaml", config))
        .containsExactly(
            "acme.yaml: name: must not be blank",
            "acme.yaml: description: must not be blank",
            "acme.yaml: city: must not be blank");
    assertThat(problems("acme.yaml", ACME.replace("enabled: true", "enabled:")))
        .containsExactly("acme.yaml: enabled: must be true or false, not \"\"");
    assertThat(problems("acme.yaml", ACME.replace("enabled: true", "enabled: ~")))
        .containsExactly("acme.yaml: enabled: must be true or false, not empty");
  }

  @Test
  void reportsRepeatedCountriesAndEmptyLists() {
    assertThat(problems("acme.yaml", ACME.replace("ships_to: [DE, AT]", "ships_to: [DE, DE]")))
        .containsExactly("acme.yaml: ships_to: lists the same entry more than once");
    assertThat(problems("acme.yaml", ACME.replace("ships_to: [DE, AT]", "ships_to: []")))
        .containsExactly("acme.yaml: ships_to: must list at least 1 item(s)");
  }

  @Test
  void collectsEveryProblemOfEveryFileInDocumentOrder() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put(
        "zeta.yaml",
        ACME.replace("id: acme", "id: zeta")
            .replace("country: DE\ncity", "country: UK\ncity")
            .replace("delay_seconds: 2.5", "delay_seconds: 0"));
    documents.put("acme.yaml", ACME.replace("website: https://acme.example/", "website: acme"));

    assertThat(validator.validate(documents).stream().map(ConfigProblem::line))
        .containsExactly(
            "acme.yaml: website: \"acme\" is not an absolute http(s) URL",
            "zeta.yaml: scraper.politeness.delay_seconds: 0 is too short: wait at least 1 second"
                + " between requests to the same host",
            "zeta.yaml: country: \"UK\" is not an ISO 3166-1 alpha-2 country code"
                + " (did you mean \"GB\"?)");
  }

  @Test
  void reportsUnparseableYamlAsAProblem() {
    assertThat(problems("acme.yaml", "id: acme\nname: [Acme\nenabled: true\n"))
        .singleElement()
        .asString()
        .startsWith(
            "acme.yaml: is not valid YAML: while parsing a flow sequence: expected ',' or" + " ']'")
        .endsWith("(line 3, column 8)");
    assertThat(problems("acme.yaml", "id: acme\n  name: Acme\n"))
        .containsExactly(
            "acme.yaml: is not valid YAML: mapping values are not allowed here (line 2, column 7)");
    long repeatedLine = ACME.lines().count() + 1;
    assertThat(problems("acme.yaml", ACME + "name: Again\n"))
        .containsExactly(
            "acme.yaml: is not valid YAML: Duplicate field 'name' (line "
                + repeatedLine
                + ", column 5)");
  }

  @Test
  void reportsEmptyFilesSeveralDocumentsAndNonMappings() {
    assertThat(problems("acme.yaml", "")).containsExactly("acme.yaml: the file is empty");
    assertThat(problems("acme.yaml", "# nothing yet\n"))
        .containsExactly("acme.yaml: the file is empty");
    assertThat(problems("acme.yaml", ACME + "---\n" + ACME))
        .containsExactly(
            "acme.yaml: holds more than one YAML document; keep one organization per file");
    assertThat(problems("acme.yaml", "- acme\n"))
        .containsExactly("acme.yaml: must be a mapping of keys, not a list");
  }

  @Test
  void parseThrowsWithEveryProblem() {
    Map<String, String> documents =
        Map.of(
            "acme.yaml",
            ACME.replace("country: DE\ncity", "country: UK\ncity"),
            "broken.yaml",
            "id: [");

    assertThatThrownBy(() -> OrganizationConfigs.parse(documents))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.problems().get(0).file()).isEqualTo("acme.yaml");
              assertThat(e.problems().get(0).path()).isEqualTo("country");
              assertThat(e.problems().get(1).file()).isEqualTo("broken.yaml");
              assertThat(e.problems().get(1).path()).isEmpty();
              assertThat(e.getMessage())
                  .startsWith(
                      "2 problems in organization configs:\n"
                          + "  acme.yaml: country: \"UK\" is not an ISO 3166-1 alpha-2 country"
                          + " code (did you mean \"GB\"?)\n"
                          + "  broken.yaml: is not valid YAML: ");
            });
  }

  @Test
  void mappedCollectionsCannotBeChanged() {
    OrganizationConfig config = OrganizationConfigs.parse(Map.of("acme.yaml", ACME)).get(0);

    assertThatThrownBy(() -> config.shipsTo().add("FR"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.social().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.scraper().listingUrls().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
