package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Ref, GetAtt and ${...} names something that will exist, and the dashboard is JSON. */
class ReferencesTest {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

  private final SamTemplate template = SamTemplate.load();

  @Test
  void shouldReferToParametersResourcesOrPseudoParametersOnly() {
    Set<String> known = known();
    List<String> references = new ArrayList<>();
    collect(template.root().get("Resources"), references);
    collect(template.root().get("Outputs"), references);
    collect(template.root().get("Globals"), references);
    collect(template.root().get("Conditions"), references);

    assertThat(references).isNotEmpty();
    assertThat(references).allSatisfy(name -> assertThat(known).as("reference").contains(name));
  }

  @Test
  void shouldBuildAJsonDashboard() throws Exception {
    String body = template.resource("Dashboard").at("/Properties/DashboardBody/Fn::Sub").asText();

    JsonNode dashboard = new ObjectMapper().readTree(VARIABLE.matcher(body).replaceAll("1"));

    assertThat(dashboard.get("widgets")).hasSizeGreaterThan(5);
    Set<String> alarmsShown = new HashSet<>();
    Matcher arn = Pattern.compile("\\$\\{(\\w+)\\.Arn}").matcher(body);
    while (arn.find()) {
      alarmsShown.add(arn.group(1));
    }
    assertThat(alarmsShown).isEqualTo(template.resources(SamTemplate.ALARM).keySet());
  }

  private Set<String> known() {
    Set<String> known = new HashSet<>(template.parameterNames());
    template.root().get("Resources").fieldNames().forEachRemaining(known::add);
    known.addAll(
        List.of(
            "AWS::Region",
            "AWS::AccountId",
            "AWS::StackName",
            "AWS::Partition",
            "AWS::URLSuffix",
            "AWS::NoValue",
            "AWS::StackId"));
    // Resources SAM generates from a function's Schedule event: <Function><Event>.
    template
        .resources(SamTemplate.FUNCTION)
        .keySet()
        .forEach(f -> template.events(f, "Schedule").keySet().forEach(e -> known.add(f + e)));
    return known;
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      if (node.has("Ref")) {
        into.add(node.get("Ref").asText());
      }
      if (node.has("Fn::GetAtt")) {
        into.add(node.get("Fn::GetAtt").get(0).asText());
      }
      if (node.has("Fn::Sub")) {
        JsonNode sub = node.get("Fn::Sub");
        String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
          String name = variable.group(1);
          into.add(name.startsWith("AWS::") ? name : name.split("\\.", -1)[0]);
        }
      }
      node.elements().forEachRemaining(child -> collect(child, into));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }
}
