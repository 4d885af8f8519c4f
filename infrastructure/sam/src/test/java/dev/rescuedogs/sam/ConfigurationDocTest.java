package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/configuration.md names every template parameter and every function's variable. */
class ConfigurationDocTest {

  private final SamTemplate template = SamTemplate.load();
  private final String configuration = Repository.read("docs/configuration.md");

  @Test
  void shouldDocumentEveryTemplateParameter() {
    assertThat(template.parameterNames())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(configuration).contains("`" + name + "`"));
  }

  @Test
  void shouldDocumentEveryEnvironmentVariableOfEveryFunction() {
    Set<String> variables = new TreeSet<>();
    template
        .resources(SamTemplate.FUNCTION)
        .keySet()
        .forEach(function -> variables.addAll(template.environment(function).keySet()));
    // The image sets the browser's variables for the scraper.
    variables.addAll(
        Dockerfile.parse(Repository.read("infrastructure/scraper-image/Dockerfile"))
            .environment()
            .keySet());

    assertThat(variables).hasSizeGreaterThan(15);
    assertThat(variables).allSatisfy(name -> assertThat(configuration).contains("`" + name + "`"));
  }
}
