package dev.rescuedogs.local.scrape;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --org ID}: one of the shipped organization configs. */
final class OrganizationOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "ID",
      description = "Organization config id.")
  String id;

  OrganizationConfig config() {
    return OrganizationConfigs.findBundled(id)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown organization '"
                        + id
                        + "'; known: "
                        + OrganizationConfigs.loadBundled().stream()
                            .map(OrganizationConfig::id)
                            .collect(Collectors.joining(", "))));
  }
}
