package dev.rescuedogs.core.breed;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rescuedogs.core.size.DogSize;
import dev.rescuedogs.core.text.Fold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The breed registry: canonical breeds with group, typical size and aliases in several languages,
 * the designer crosses, and the word lists of breed resolution. Loaded from YAML ({@code
 * breeds.yaml} next to this class); immutable and safe to share between threads.
 */
public final class BreedRegistry {

  /** The registry shipped with the project. */
  public static final String BUNDLED_RESOURCE = "breeds.yaml";

  /** An alias as a sequence of folded words, for the word-boundary search. */
  record Alias(List<String> words, Breed breed) {}

  private final List<Breed> breeds;
  private final Map<String, Breed> byName;
  private final Map<String, Breed> exactAliases;
  private final Map<String, List<Alias>> aliasesByFirstWord;
  private final Map<String, List<Alias>> designerAliasesByFirstWord;

  /** Word classes, as bits of {@link #wordFlags}: one lookup tells everything about a word. */
  static final int CROSS_MARKER = 1;

  static final int SEPARATOR = 2;
  static final int HEDGE = 4;
  static final int NEVER_ALONE = 8;
  static final int NOT_A_BREED = 16;
  static final int PLACEHOLDER = 32;

  private final Set<String> placeholders;
  private final List<String> gluedCrossMarkers;
  private final Set<String> crossSeparators;
  private final Map<String, Integer> wordFlags;
  private final Set<String> plainAliases;

  private BreedRegistry(Document document) {
    if (document.breeds() == null || document.designer() == null || document.words() == null) {
      throw new IllegalStateException("breed registry needs 'breeds', 'designer' and 'words'");
    }
    List<Breed> all = new ArrayList<>();
    Map<String, Breed> names = new LinkedHashMap<>();
    Map<String, Breed> aliases = new HashMap<>();
    Map<String, List<Alias>> index = new HashMap<>();
    Map<String, List<Alias>> designerIndex = new HashMap<>();

    for (Map.Entry<String, List<Entry>> group : document.breeds().entrySet()) {
      BreedGroup breedGroup = BreedGroup.fromWireValue(group.getKey());
      for (Entry entry : group.getValue()) {
        Breed breed = toBreed(entry, breedGroup, false);
        register(breed, entry, all, names, aliases, index);
      }
    }
    for (Entry entry : document.designer()) {
      Breed breed = toBreed(entry, BreedGroup.DESIGNER_HYBRID, true);
      for (String parent : breed.parents()) {
        if (!names.containsKey(parent)) {
          throw new IllegalStateException(breed.name() + ": unknown parent breed " + parent);
        }
      }
      register(breed, entry, all, names, aliases, designerIndex);
    }
    index
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.words().size())));
    designerIndex
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.words().size())));

    Words words = document.words();
    this.breeds = List.copyOf(all);
    this.byName = Collections.unmodifiableMap(names);
    this.exactAliases = Map.copyOf(aliases);
    this.aliasesByFirstWord = freeze(index);
    this.designerAliasesByFirstWord = freeze(designerIndex);
    this.placeholders = foldAll(words.placeholders(), "placeholders");
    this.gluedCrossMarkers =
        List.copyOf(foldAll(words.gluedCrossMarkers(), "glued_cross_markers")).stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    this.crossSeparators = Set.copyOf(require(words.crossSeparators(), "cross_separators"));
    Map<String, Integer> flags = new HashMap<>();
    addFlags(flags, placeholders, PLACEHOLDER);
    addFlags(flags, foldAll(words.crossMarkers(), "cross_markers"), CROSS_MARKER);
    addFlags(flags, foldAll(words.hedges(), "hedges"), HEDGE);
    addFlags(flags, foldAll(words.separators(), "separators"), SEPARATOR);
    addFlags(flags, foldAll(words.neverAlone(), "never_alone"), NEVER_ALONE);
    addFlags(flags, foldAll(words.notABreed(), "not_a_breed"), NOT_A_BREED);
    this.wordFlags = Map.copyOf(flags);
    this.plainAliases = plainAliases();
  }

  private Set<String> plainAliases() {
    Set<String> plain = new HashSet<>();
    for (Map.Entry<String, Breed> alias : exactAliases.entrySet()) {
      if (alias.getValue().designer()) {
        continue;
      }
      String[] words = alias.getKey().split(" ");
      boolean clean = true;
      for (int i = 0; i < words.length && clean; i++) {
        clean = (wordFlags(words[i]) & (CROSS_MARKER | SEPARATOR | HEDGE)) == 0;
        for (Alias designer : designerAliasesStartingWith(words[i])) {
          clean &= !startsWith(words, i, designer.words());
        }
      }
      if (clean) {
        plain.add(alias.getKey());
      }
    }
    return Set.copyOf(plain);
  }

  private static boolean startsWith(String[] words, int start, List<String> prefix) {
    if (start + prefix.size() > words.length) {
      return false;
    }
    for (int k = 0; k < prefix.size(); k++) {
      if (!words[start + k].equals(prefix.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static void addFlags(Map<String, Integer> flags, Set<String> words, int flag) {
    for (String word : words) {
      flags.merge(word, flag, (a, b) -> a | b);
    }
  }

  private static Breed toBreed(Entry entry, BreedGroup group, boolean designer) {
    if (entry.name() == null || entry.name().isBlank()) {
      throw new IllegalStateException("a breed without a name in group " + group);
    }
    if (entry.size() == null) {
      throw new IllegalStateException(entry.name() + ": missing size");
    }
    List<String> parents = entry.parents() == null ? List.of() : entry.parents();
    if (designer && parents.size() != 2) {
      throw new IllegalStateException(entry.name() + ": a designer cross needs two parents");
    }
    if (!designer && !parents.isEmpty()) {
      throw new IllegalStateException(entry.name() + ": only designer crosses have parents");
    }
    return new Breed(
        entry.name(),
        group,
        DogSize.fromWireValue(entry.size()),
        designer,
        parents,
        Fold.slug(entry.name()));
  }

  private static void register(
      Breed breed,
      Entry entry,
      List<Breed> all,
      Map<String, Breed> names,
      Map<String, Breed> aliases,
      Map<String, List<Alias>> index) {
    if (names.putIfAbsent(breed.name(), breed) != null) {
      throw new IllegalStateException("breed listed twice: " + breed.name());
    }
    all.add(breed);
    List<String> spellings = new ArrayList<>();
    spellings.add(breed.name());
    if (entry.aliases() != null) {
      spellings.addAll(entry.aliases());
    }
    Set<String> seenForThisBreed = new HashSet<>();
    for (String spelling : spellings) {
      String folded = Fold.fold(spelling);
      if (folded.isEmpty()) {
        throw new IllegalStateException(breed.name() + ": empty alias");
      }
      Breed previous = aliases.putIfAbsent(folded, breed);
      if (previous != null && !previous.equals(breed)) {
        throw new IllegalStateException(
            "alias '" + spelling + "' names both " + previous.name() + " and " + breed.name());
      }
      if (seenForThisBreed.add(folded)) {
        Alias alias = new Alias(List.of(folded.split(" ")), breed);
        index.computeIfAbsent(alias.words().get(0), k -> new ArrayList<>()).add(alias);
      }
    }
  }

  private static Map<String, List<Alias>> freeze(Map<String, List<Alias>> index) {
    Map<String, List<Alias>> frozen = new HashMap<>();
    index.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
    return Map.copyOf(frozen);
  }

  private static <T> List<T> require(List<T> list, String name) {
    if (list == null) {
      throw new IllegalStateException("breed registry words: missing list '" + name + "'");
    }
    return list;
  }

  private static Set<String> foldAll(List<String> words, String name) {
    Set<String> folded = new HashSet<>();
    for (String word : require(words, name)) {
      folded.add(Fold.fold(word));
    }
    return Set.copyOf(folded);
  }

  /** The registry bundled with the project, loaded once. */
  public static BreedRegistry bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final BreedRegistry INSTANCE = loadBundled();

    private static BreedRegistry loadBundled() {
      try (InputStream in = BreedRegistry.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath");
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Loads a registry from YAML; fails with a message naming the problem when the data is
   * inconsistent.
   */
  public static BreedRegistry load(InputStream yaml) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    return new BreedRegistry(mapper.readValue(yaml, Document.class));
  }

  /** Every breed, designer crosses included, in file order. */
  public List<Breed> breeds() {
    return breeds;
  }

  /** The breed with this canonical name. */
  public Optional<Breed> byName(String canonicalName) {
    return Optional.ofNullable(byName.get(canonicalName));
  }

  /** The breed whose canonical name or alias folds to exactly this text. */
  Breed exact(String folded) {
    return exactAliases.get(folded);
  }

  /**
   * Whether this exact alias can be resolved without the earlier steps of resolution: it names no
   * designer cross and holds no designer alias, cross marker, hedge or separator word.
   */
  boolean isPlainAlias(String folded) {
    return plainAliases.contains(folded);
  }

  List<Alias> aliasesStartingWith(String word) {
    return aliasesByFirstWord.getOrDefault(word, List.of());
  }

  List<Alias> designerAliasesStartingWith(String word) {
    return designerAliasesByFirstWord.getOrDefault(word, List.of());
  }

  boolean isPlaceholder(String folded) {
    return placeholders.contains(folded);
  }

  /**
   * The word's classes: bits {@link #CROSS_MARKER}, {@link #SEPARATOR}, {@link #HEDGE} …; 0 for
   * none.
   */
  int wordFlags(String word) {
    Integer flags = wordFlags.get(word);
    return flags == null ? 0 : flags;
  }

  List<String> gluedCrossMarkers() {
    return gluedCrossMarkers;
  }

  boolean isCrossSeparator(String separator) {
    return crossSeparators.contains(separator);
  }

  /** The YAML document. */
  record Document(Map<String, List<Entry>> breeds, List<Entry> designer, Words words) {}

  /** One breed of the YAML document. */
  record Entry(String name, String size, List<String> aliases, List<String> parents) {}

  /** The word lists of the YAML document. */
  record Words(
      List<String> placeholders,
      @JsonProperty("cross_markers") List<String> crossMarkers,
      @JsonProperty("glued_cross_markers") List<String> gluedCrossMarkers,
      List<String> hedges,
      List<String> separators,
      @JsonProperty("cross_separators") List<String> crossSeparators,
      @JsonProperty("never_alone") List<String> neverAlone,
      @JsonProperty("not_a_breed") List<String> notABreed) {}
}
