package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** env.json (sam local) and samconfig.toml (sam build/deploy defaults) fit the template. */
class LocalFilesTest {

  private final SamTemplate template = SamTemplate.load();

  @Test
  void shouldOnlySetVariablesTheTemplateDeclaresForEachFunction() throws Exception {
    // sam local applies env.json only to variables the template declares for that function.
    JsonNode env = new ObjectMapper().readTree(Repository.read("env.json"));

    assertThat(iterable(env.fieldNames()))
        .containsExactlyInAnyOrderElementsOf(template.resources(SamTemplate.FUNCTION).keySet());
    env.properties()
        .forEach(
            function ->
                assertThat(iterable(function.getValue().fieldNames()))
                    .as("env.json %s", function.getKey())
                    .isNotEmpty()
                    .allMatch(template.environment(function.getKey())::containsKey));
  }

  @Test
  void shouldBuildInSourceOneModuleAtATimeAndDeployWithIamCapability() {
    Map<String, Map<String, String>> config = toml(Repository.read("samconfig.toml"));

    assertThat(config.get("default.global.parameters")).containsKey("stack_name");
    // Maven builds in one tree must not run concurrently; building in place keeps ~/.m2 and
    // target/.
    assertThat(config.get("default.build.parameters"))
        .containsEntry("parallel", "false")
        .containsEntry("build_in_source", "true");
    assertThat(config.get("default.deploy.parameters").get("capabilities"))
        .contains("CAPABILITY_IAM");
    assertThat(config.get("default.deploy.parameters"))
        .containsEntry("resolve_s3", "true")
        .containsEntry("resolve_image_repos", "true");
    assertThat(config.get("default.local_invoke.parameters"))
        .containsEntry("env_vars", "\"env.json\"");
  }

  /** The flat subset of TOML samconfig uses: [section] headers and key = value lines. */
  static Map<String, Map<String, String>> toml(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = sections.computeIfAbsent("", k -> new LinkedHashMap<>());
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (stripped.startsWith("[")) {
        current =
            sections.computeIfAbsent(
                stripped.substring(1, stripped.length() - 1), k -> new LinkedHashMap<>());
      } else {
        int equals = stripped.indexOf('=');
        current.put(stripped.substring(0, equals).strip(), stripped.substring(equals + 1).strip());
      }
    }
    return sections;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }
}
