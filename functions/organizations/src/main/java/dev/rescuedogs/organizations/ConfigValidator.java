package dev.rescuedogs.organizations;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks organization config files: first against {@code organization.schema.json}, then against
 * rules a schema cannot express (the id equals the file name, ids are unique, country and currency
 * codes exist, URLs are absolute http(s), requests are at least one second apart). It collects
 * every problem of every file instead of stopping at the first, and never throws for bad input.
 */
public final class ConfigValidator {

  /** Classpath location of the JSON Schema every config must satisfy. */
  public static final String SCHEMA_RESOURCE = "organizations/organization.schema.json";

  static final String FILE_EXTENSION = ".yaml";

  /**
   * The partial-failure check's defaults (core's PartialFailureSettings), for the cross-key rule.
   */
  static final int DEFAULT_HISTORY_RUNS = 9;

  static final int DEFAULT_MINIMUM_HISTORY = 3;

  private static final Set<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  /** Codes people write that are not ISO 3166-1 alpha-2, with the code they mean. */
  private static final Map<String, String> COMMON_COUNTRY_MISTAKES = Map.of("UK", "GB", "EL", "GR");

  private final YAMLMapper yaml;
  private final JsonNode schemaTree;
  private final Schema schema;

  /** Loads the schema from the classpath. */
  public ConfigValidator() {
    this.yaml = newYamlMapper();
    this.schemaTree = readSchemaTree();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        // 2020-12 treats "format" as a note unless asked to assert it.
                        .formatAssertionsEnabled(true)
                        .build()));
    this.schema = registry.getSchema(schemaTree);
  }

  /**
   * Validates config documents together (ids must be unique across them).
   *
   * @param documentsByFileName YAML text by file name (e.g. {@code dogstrust.yaml})
   * @return every problem found, ordered by file name, then by position in the document; empty when
   *     all documents are valid
   */
  public List<ConfigProblem> validate(Map<String, String> documentsByFileName) {
    return check(documentsByFileName).problems();
  }

  /** Validates a single document, for editors and tools that look at one file at a time. */
  public List<ConfigProblem> validate(String fileName, String yamlText) {
    return validate(Map.of(fileName, yamlText));
  }

  /** Problems plus the parsed trees of the documents that could be parsed. */
  record Outcome(List<ConfigProblem> problems, Map<String, JsonNode> trees) {}

  Outcome check(Map<String, String> documentsByFileName) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    Map<String, String> fileById = new HashMap<>();
    for (Map.Entry<String, String> document : new TreeMap<>(documentsByFileName).entrySet()) {
      String file = document.getKey();
      List<ConfigProblem> fileProblems = new ArrayList<>();
      if (!file.endsWith(FILE_EXTENSION)) {
        fileProblems.add(
            new ConfigProblem(file, "", "the file name must end in " + FILE_EXTENSION));
      }
      JsonNode tree = parse(file, document.getValue(), fileProblems);
      if (tree != null) {
        trees.put(file, tree);
        fileProblems.addAll(checkDocument(file, tree, fileById));
      }
      problems.addAll(fileProblems);
    }
    return new Outcome(List.copyOf(problems), Collections.unmodifiableMap(trees));
  }

  static YAMLMapper newYamlMapper() {
    YAMLFactory factory =
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return YAMLMapper.builder(factory)
        // Fees are money: keep the decimals exactly as written, trailing zeros included.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  private static JsonNode readSchemaTree() {
    try (InputStream in =
        ConfigValidator.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** Parses one document; a parse failure becomes a problem and yields null. */
  private JsonNode parse(String file, String text, List<ConfigProblem> problems) {
    try (JsonParser parser = yaml.createParser(text)) {
      JsonNode tree = yaml.readTree(parser);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        problems.add(new ConfigProblem(file, "", "the file is empty"));
        return null;
      }
      if (parser.nextToken() != null) {
        problems.add(
            new ConfigProblem(
                file, "", "holds more than one YAML document; keep one organization per file"));
        return null;
      }
      return tree;
    } catch (JsonProcessingException e) {
      problems.add(new ConfigProblem(file, "", "is not valid YAML: " + describe(e)));
      return null;
    } catch (IOException e) {
      // Reading from a String cannot fail for I/O reasons; anything else is a parse failure.
      problems.add(new ConfigProblem(file, "", "is not valid YAML: " + firstLine(e.getMessage())));
      return null;
    }
  }

  /**
   * One line from a parser message. SnakeYAML spreads its message over several lines: the sentences
   * start in the first column, the excerpts and "in 'reader'" lines are indented.
   */
  private static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    List<String> sentences = new ArrayList<>();
    original
        .lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .map(String::strip)
        .forEach(sentences::add);
    String reason = sentences.isEmpty() ? firstLine(original) : String.join(": ", sentences);
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return reason;
    }
    return reason + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable content";
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }

  private List<ConfigProblem> checkDocument(
      String file, JsonNode tree, Map<String, String> fileById) {
    List<ConfigProblem> schemaProblems = new ArrayList<>();
    for (Error error : schema.validate(tree)) {
      schemaProblems.add(fromSchemaError(file, error));
    }
    List<ConfigProblem> ruleProblems = new ArrayList<>();
    if (tree.isObject()) {
      new Rules(file, tree, ruleProblems).check(fileById);
    }
    // A rule speaks more precisely than the schema about the same spot ("did you mean GB?"
    // rather than a pattern), so the schema's finding there is dropped.
    Set<String> pathsWithRuleProblems = new HashSet<>();
    ruleProblems.forEach(problem -> pathsWithRuleProblems.add(problem.path()));
    List<ConfigProblem> merged = new ArrayList<>(ruleProblems);
    for (ConfigProblem problem : schemaProblems) {
      if (!pathsWithRuleProblems.contains(problem.path()) && !merged.contains(problem)) {
        merged.add(problem);
      }
    }
    merged.sort(Comparator.comparing(ConfigProblem::path, new DocumentOrder(tree)));
    return merged;
  }

  // ---------------------------------------------------------------------------------------------
  // Schema errors in plain words

  private ConfigProblem fromSchemaError(String file, Error error) {
    String path = dotted(error.getInstanceLocation());
    JsonNode instance = error.getInstanceNode();
    JsonNode keywordValue = error.getSchemaNode();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    return switch (keyword) {
      case "required" ->
          new ConfigProblem(file, child(path, error.getProperty()), "is required but missing");
      case "additionalProperties" ->
          new ConfigProblem(
              file, child(path, error.getProperty()), unknownKey(error.getProperty(), error));
      case "type" ->
          new ConfigProblem(
              file, path, "must be " + expectedType(keywordValue) + ", not " + describe(instance));
      case "const" ->
          new ConfigProblem(file, path, "must be " + keywordValue + ", not " + show(instance));
      case "enum" ->
          new ConfigProblem(
              file, path, show(instance) + " is not one of " + joinValues(keywordValue));
      case "pattern" -> new ConfigProblem(file, path, patternMessage(instance, keywordValue));
      case "minimum" ->
          new ConfigProblem(
              file, path, show(instance) + " is below the minimum of " + keywordValue);
      case "maximum" ->
          new ConfigProblem(
              file, path, show(instance) + " is above the maximum of " + keywordValue);
      case "minLength" ->
          new ConfigProblem(file, path, "is too short (at least " + keywordValue + " characters)");
      case "maxLength" ->
          new ConfigProblem(file, path, "is too long (at most " + keywordValue + " characters)");
      case "minItems" ->
          new ConfigProblem(file, path, "must list at least " + keywordValue.asInt() + " item(s)");
      case "uniqueItems" -> new ConfigProblem(file, path, "lists the same entry more than once");
      case "format" -> new ConfigProblem(file, path, show(instance) + " is not a valid URL");
      default -> new ConfigProblem(file, path, error.getMessage());
    };
  }

  private String unknownKey(String key, Error error) {
    List<String> allowed = allowedKeys(error);
    String message = "unknown key \"" + key + "\"";
    return allowed.isEmpty()
        ? message
        : message + " (allowed here: " + String.join(", ", allowed) + ")";
  }

  /** The keys the schema object containing the failed additionalProperties lists. */
  private List<String> allowedKeys(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    JsonNode node = schemaTree;
    // The fragment ends in "additionalProperties"; its parent is the object schema.
    for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
    }
    if (node == null || !node.path("properties").isObject()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String patternMessage(JsonNode instance, JsonNode pattern) {
    String regex = pattern.asText();
    return switch (regex) {
      case "^[a-z0-9]+(-[a-z0-9]+)*$" ->
          show(instance)
              + " must be kebab-case: lowercase letters and digits in words joined by single"
              + " hyphens";
      case "^[A-Z]{2}$" -> show(instance) + " is not an ISO 3166-1 alpha-2 country code";
      case "^[A-Z]{3}$" -> show(instance) + " is not an ISO 4217 currency code";
      case "^https?://" -> show(instance) + " is not an absolute http(s) URL";
      case "\\S" -> "must not be blank";
      default -> show(instance) + " does not match the pattern " + regex;
    };
  }

  private static String expectedType(JsonNode type) {
    return switch (type.asText()) {
      case "object" -> "a mapping of keys";
      case "array" -> "a list";
      case "string" -> "a text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      default -> type.asText();
    };
  }

  private static String describe(JsonNode instance) {
    if (instance == null) {
      return "nothing";
    }
    JsonNodeType type = instance.getNodeType();
    return switch (type) {
      case OBJECT -> "a mapping";
      case ARRAY -> "a list";
      case NULL -> "empty";
      default -> show(instance);
    };
  }

  private static String joinValues(JsonNode values) {
    List<String> shown = new ArrayList<>();
    values.forEach(value -> shown.add(value.asText()));
    return String.join(", ", shown);
  }

  // ---------------------------------------------------------------------------------------------
  // Rules the schema cannot express

  /** The rules, applied to one parsed document whose root is a mapping. */
  private static final class Rules {
    private final String file;
    private final JsonNode root;
    private final List<ConfigProblem> problems;

    Rules(String file, JsonNode root, List<ConfigProblem> problems) {
      this.file = file;
      this.root = root;
      this.problems = problems;
    }

    void check(Map<String, String> fileById) {
      checkId(fileById);
      checkCountry("country", root.get("country"));
      forEachElement(
          "locations",
          (path, location) -> checkCountry(path + ".country", location.get("country")));
      forEachElement(
          "service_regions",
          (path, region) -> checkCountry(path + ".country", region.get("country")));
      forEachElement("ships_to", this::checkCountry);
      checkCurrency(root.path("adoption_fee").get("currency"));
      checkUrl("website", root.get("website"));
      checkUrl("logo_url", root.get("logo_url"));
      JsonNode social = root.get("social");
      if (social != null && social.isObject()) {
        for (Map.Entry<String, JsonNode> link : social.properties()) {
          checkUrl("social." + link.getKey(), link.getValue());
        }
      }
      checkScraper(root.get("scraper"));
      checkMonitoring(root.get("monitoring"));
    }

    /** The cross-key rule the schema cannot state; defaults fill keys the file leaves out. */
    private void checkMonitoring(JsonNode monitoring) {
      if (monitoring == null || !monitoring.isObject()) {
        return;
      }
      JsonNode runs = monitoring.get("history_runs");
      JsonNode minimum = monitoring.get("minimum_history");
      int historyRuns = runs != null && runs.isInt() ? runs.asInt() : DEFAULT_HISTORY_RUNS;
      int minimumHistory =
          minimum != null && minimum.isInt() ? minimum.asInt() : DEFAULT_MINIMUM_HISTORY;
      if (minimumHistory > historyRuns) {
        add(
            minimum != null ? "monitoring.minimum_history" : "monitoring.history_runs",
            "minimum_history ("
                + minimumHistory
                + ") must not exceed history_runs ("
                + historyRuns
                + "): the history rule could never apply");
      }
    }

    private void checkId(Map<String, String> fileById) {
      JsonNode id = root.get("id");
      if (id == null || !id.isTextual()) {
        return;
      }
      int dot = file.lastIndexOf('.');
      String expected = dot > 0 ? file.substring(0, dot) : file;
      if (!id.asText().equals(expected)) {
        add(
            "id",
            show(id) + " must equal the file name without its extension (\"" + expected + "\")");
      }
      String firstFile = fileById.putIfAbsent(id.asText(), file);
      if (firstFile != null) {
        add("id", show(id) + " is already the id of " + firstFile);
      }
    }

    private void checkCountry(String path, JsonNode code) {
      if (code != null && code.isBoolean()) {
        // YAML 1.1 reads a bare NO (Norway) as false.
        add(
            path,
            "reads as the boolean "
                + code.asText()
                + ", not a country code: put the code in quotes (\"NO\" for Norway)");
        return;
      }
      if (code == null || !code.isTextual() || ISO_COUNTRIES.contains(code.asText())) {
        return;
      }
      String text = code.asText();
      String suggestion = COMMON_COUNTRY_MISTAKES.get(text.toUpperCase(Locale.ROOT));
      if (suggestion == null && ISO_COUNTRIES.contains(text.toUpperCase(Locale.ROOT))) {
        suggestion = text.toUpperCase(Locale.ROOT);
      }
      String message = show(code) + " is not an ISO 3166-1 alpha-2 country code";
      add(path, suggestion == null ? message : message + " (did you mean \"" + suggestion + "\"?)");
    }

    private void checkCurrency(JsonNode code) {
      if (code == null || !code.isTextual()) {
        return;
      }
      try {
        Currency.getInstance(code.asText());
      } catch (IllegalArgumentException e) {
        add("adoption_fee.currency", show(code) + " is not an ISO 4217 currency code");
      }
    }

    private void checkUrl(String path, JsonNode url) {
      if (url == null || !url.isTextual()) {
        return;
      }
      String text = url.asText();
      if (!text.equals(text.strip())) {
        add(path, show(url) + " has spaces around the URL");
        return;
      }
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        add(path, show(url) + " is not a valid URL: " + e.getReason());
        return;
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        add(path, show(url) + " is not an absolute http(s) URL");
      }
    }

    private void checkScraper(JsonNode scraper) {
      if (scraper == null || !scraper.isObject()) {
        return;
      }
      JsonNode listingUrls = scraper.get("listing_urls");
      if (listingUrls == null || (listingUrls.isArray() && listingUrls.isEmpty())) {
        add("scraper.listing_urls", "at least one listing URL is required");
      } else if (listingUrls.isArray()) {
        for (int i = 0; i < listingUrls.size(); i++) {
          checkUrl("scraper.listing_urls[" + i + "]", listingUrls.get(i));
        }
      }
      JsonNode delay = scraper.path("politeness").get("delay_seconds");
      if (delay != null && delay.isNumber() && delay.decimalValue().compareTo(BigDecimal.ONE) < 0) {
        add(
            "scraper.politeness.delay_seconds",
            show(delay)
                + " is too short: wait at least 1 second between requests to the same host");
      }
    }

    private void forEachElement(String arrayKey, ElementCheck check) {
      JsonNode array = root.get(arrayKey);
      if (array == null || !array.isArray()) {
        return;
      }
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        if (element != null) {
          check.apply(arrayKey + "[" + i + "]", element);
        }
      }
    }

    private void add(String path, String message) {
      problems.add(new ConfigProblem(file, path, message));
    }
  }

  private interface ElementCheck {
    void apply(String path, JsonNode element);
  }

  // ---------------------------------------------------------------------------------------------
  // Paths

  /** Dotted path with indexes in brackets, e.g. {@code locations[0].country}; "" for the root. */
  static String dotted(NodePath path) {
    StringBuilder dotted = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer) {
        dotted.append('[').append(element).append(']');
      } else {
        if (dotted.length() > 0) {
          dotted.append('.');
        }
        dotted.append(element);
      }
    }
    return dotted.toString();
  }

  private static String child(String parent, String key) {
    if (key == null) {
      return parent;
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** A scalar as written in the file: text in double quotes, numbers and booleans bare. */
  static String show(JsonNode value) {
    if (value == null) {
      return "nothing";
    }
    if (value.isTextual()) {
      return "\"" + value.asText() + "\"";
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /**
   * Orders paths as their keys appear in the document, so problems read top to bottom. A path that
   * does not exist (a missing key) sorts right after the subtree of its nearest existing ancestor.
   */
  private static final class DocumentOrder implements Comparator<String> {
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Integer> subtreeEnds = new HashMap<>();

    DocumentOrder(JsonNode tree) {
      number("", tree);
    }

    private void number(String path, JsonNode node) {
      positions.put(path, positions.size());
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          number(child(path, field.getKey()), field.getValue());
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          number(path + "[" + i + "]", node.get(i));
        }
      }
      subtreeEnds.put(path, positions.size() - 1);
    }

    @Override
    public int compare(String a, String b) {
      int byPosition = Integer.compare(position(a), position(b));
      return byPosition != 0 ? byPosition : a.compareTo(b);
    }

    private int position(String path) {
      Integer found = positions.get(path);
      if (found != null) {
        return found * 2;
      }
      String ancestor = path;
      while (!ancestor.isEmpty()) {
        int cut = Math.max(ancestor.lastIndexOf('.'), ancestor.lastIndexOf('['));
        ancestor = cut < 0 ? "" : ancestor.substring(0, cut);
        Integer end = subtreeEnds.get(ancestor);
        if (end != null) {
          return end * 2 + 1;
        }
      }
      return positions.size() * 2;
    }
  }
}
