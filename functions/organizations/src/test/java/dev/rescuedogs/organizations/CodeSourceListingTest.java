package dev.rescuedogs.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeSourceListingTest {

  @TempDir Path temp;

  private static String bundled(String id) {
    return OrganizationConfigs.readBundledDocuments().get(id + ".yaml");
  }

  @Test
  void listsTheConfigsOfAClassesDirectory() throws IOException {
    Path classes = Files.createDirectories(temp.resolve("classes/organizations"));
    Files.writeString(classes.resolve("rean.yaml"), bundled("rean"));
    Files.writeString(classes.resolve("organization.schema.json"), "{}");
    Files.createDirectories(classes.resolve("drafts"));
    Files.writeString(classes.resolve("drafts/other.yaml"), "ignored: true");

    assertThat(OrganizationConfigs.readFromCodeSource(temp.resolve("classes")))
        .containsOnlyKeys("rean.yaml");
  }

  @Test
  void listsTheConfigsInsideAJarWithoutDirectoryEntries() throws IOException {
    // A shaded jar need not contain an entry for the folder itself.
    Path jar = temp.resolve("function.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "dev/rescuedogs/organizations/Example.class", "not really a class");
      add(out, "organizations/dogstrust.yaml", bundled("dogstrust"));
      add(out, "organizations/rean.yaml", bundled("rean"));
      add(out, "organizations/organization.schema.json", "{}");
      add(out, "elsewhere/woof-project.yaml", bundled("woof-project"));
    }

    Map<String, String> documents = OrganizationConfigs.readFromCodeSource(jar);

    assertThat(documents).containsOnlyKeys("dogstrust.yaml", "rean.yaml");
    assertThat(OrganizationConfigs.parse(documents))
        .extracting(OrganizationConfig::id)
        .containsExactly("dogstrust", "rean");
  }

  @Test
  void aJarWithoutConfigsListsNothing() throws IOException {
    Path jar = temp.resolve("empty.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "other/readme.txt", "nothing here");
    }

    assertThat(OrganizationConfigs.readFromCodeSource(jar)).isEmpty();
  }

  @Test
  void loadsAFolderOfConfigs() throws IOException {
    Files.writeString(temp.resolve("woof-project.yaml"), bundled("woof-project"));
    Files.writeString(temp.resolve("dogstrust.yaml"), bundled("dogstrust"));
    Files.writeString(temp.resolve("notes.txt"), "not a config");

    assertThat(OrganizationConfigs.loadDirectory(temp))
        .extracting(OrganizationConfig::id)
        .containsExactly("dogstrust", "woof-project");
  }

  @Test
  void aFolderWithAnInvalidConfigFailsWithItsProblems() throws IOException {
    Files.writeString(
        temp.resolve("dogstrust.yaml"),
        bundled("dogstrust").replace("\ncountry: GB\n", "\ncountry: UK\n"));
    Files.writeString(temp.resolve("rean.yml"), bundled("rean"));

    assertThatThrownBy(() -> OrganizationConfigs.loadDirectory(temp))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::line)
                    .containsExactly(
                        "dogstrust.yaml: country: \"UK\" is not an ISO 3166-1 alpha-2 country"
                            + " code (did you mean \"GB\"?)",
                        "rean.yml: the file name must end in .yaml"));
  }

  @Test
  void aFileThatIsNotUtf8IsReportedByName() throws IOException {
    Files.write(
        temp.resolve("animalrescuebosnia.yaml"),
        "city: Gora\u017Ede".getBytes(StandardCharsets.UTF_16));

    assertThatThrownBy(() -> OrganizationConfigs.loadDirectory(temp))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ConfigProblem(
                            "animalrescuebosnia.yaml", "", "is not UTF-8 text; save it as UTF-8")));
  }

  @Test
  void anEmptyFolderHasNoConfigs() {
    assertThat(OrganizationConfigs.loadDirectory(temp)).isEqualTo(List.of());
  }

  private static void add(JarOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
