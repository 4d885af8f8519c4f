package dev.rescuedogs.organizations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads organization configs: the ones shipped in this library under {@code organizations/}, or
 * those of a folder. Every load validates all files first and fails with every problem at once.
 *
 * <p>The shipped configs are found by listing the {@code organizations/} folder of the location
 * this class was loaded from (a classes directory or a possibly shaded jar), so adding an
 * organization takes nothing but a new YAML file.
 */
public final class OrganizationConfigs {

  /** Folder of the configs, relative to the classpath root or to a jar's root. */
  public static final String BUNDLED_FOLDER = "organizations";

  private static final ObjectMapper MAPPER =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .addMixIn(OrganizationConfig.class, FileFormatKeys.class)
          .build();

  /** Keys of the file format that are not part of the organization itself. */
  @JsonIgnoreProperties({"schema_version"})
  private abstract static class FileFormatKeys {}

  private OrganizationConfigs() {}

  /**
   * Every config shipped on the classpath, sorted by id.
   *
   * @throws InvalidConfigException listing every problem when any shipped config is invalid
   * @throws IllegalStateException when no config can be found (a packaging error)
   */
  public static List<OrganizationConfig> loadBundled() {
    Map<String, String> documents = readBundledDocuments();
    if (documents.isEmpty()) {
      throw new IllegalStateException(
          "no organization configs found under " + BUNDLED_FOLDER + "/ in " + codeSource());
    }
    return parse(documents);
  }

  /** The shipped config with this id, if there is one. */
  public static Optional<OrganizationConfig> findBundled(String id) {
    return loadBundled().stream().filter(config -> config.id().equals(id)).findFirst();
  }

  /**
   * Every {@code *.yaml} file directly inside a folder, sorted by id (a {@code *.yml} file is
   * reported as misnamed rather than skipped).
   *
   * @throws InvalidConfigException listing every problem when any file is invalid
   * @throws UncheckedIOException when the folder cannot be read
   */
  public static List<OrganizationConfig> loadDirectory(Path directory) {
    try {
      return parse(readFolder(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read organization configs in " + directory, e);
    }
  }

  /**
   * Validates and maps config documents.
   *
   * @param documentsByFileName YAML text by file name (e.g. {@code dogstrust.yaml})
   * @return the configs sorted by id
   * @throws InvalidConfigException listing every problem when any document is invalid
   */
  public static List<OrganizationConfig> parse(Map<String, String> documentsByFileName) {
    ConfigValidator.Outcome outcome = new ConfigValidator().check(documentsByFileName);
    if (!outcome.problems().isEmpty()) {
      throw new InvalidConfigException(outcome.problems());
    }
    List<OrganizationConfig> configs = new ArrayList<>();
    List<ConfigProblem> mappingProblems = new ArrayList<>();
    outcome
        .trees()
        .forEach(
            (file, tree) -> {
              try {
                configs.add(MAPPER.treeToValue(tree, OrganizationConfig.class));
              } catch (JsonProcessingException e) {
                // Only reachable when the schema and the record disagree: report, don't crash.
                mappingProblems.add(
                    new ConfigProblem(file, "", "cannot be mapped: " + e.getOriginalMessage()));
              }
            });
    if (!mappingProblems.isEmpty()) {
      throw new InvalidConfigException(mappingProblems);
    }
    configs.sort(Comparator.comparing(OrganizationConfig::id));
    return List.copyOf(configs);
  }

  /** YAML text by file name of the configs shipped next to this class. */
  static Map<String, String> readBundledDocuments() {
    Path location = codeSource();
    try {
      return readFromCodeSource(location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list organization configs in " + location, e);
    }
  }

  /**
   * YAML text by file name under {@code organizations/} of a classes directory or a jar.
   *
   * @param location a directory that is a classpath root, or a jar file
   */
  static Map<String, String> readFromCodeSource(Path location) throws IOException {
    if (Files.isDirectory(location)) {
      return readFolderIfPresent(location.resolve(BUNDLED_FOLDER));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return readFolderIfPresent(jar.getPath(BUNDLED_FOLDER));
    }
  }

  private static Map<String, String> readFolderIfPresent(Path folder) throws IOException {
    return Files.isDirectory(folder) ? readFolder(folder) : Map.of();
  }

  private static Map<String, String> readFolder(Path folder) throws IOException {
    Map<String, String> documents = new TreeMap<>();
    List<ConfigProblem> unreadable = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (Files.isRegularFile(entry) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
          try {
            documents.put(name, Files.readString(entry, StandardCharsets.UTF_8));
          } catch (CharacterCodingException e) {
            unreadable.add(new ConfigProblem(name, "", "is not UTF-8 text; save it as UTF-8"));
          }
        }
      }
    }
    if (!unreadable.isEmpty()) {
      unreadable.sort(Comparator.comparing(ConfigProblem::file));
      throw new InvalidConfigException(unreadable);
    }
    return documents;
  }

  private static Path codeSource() {
    CodeSource source = OrganizationConfigs.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException(
          "cannot tell where " + OrganizationConfigs.class.getName() + " was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot list organization configs in " + source.getLocation(), e);
    }
  }
}
