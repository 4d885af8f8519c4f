package dev.rescuedogs.store.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.core.availability.PartialFailureSettings;
import dev.rescuedogs.organizations.OrganizationConfig.Monitoring;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An organization's monitoring overrides as the {@code organizations.monitoring} column holds them
 * (only the keys the config sets), and the partial-failure settings they make.
 */
public final class MonitoringJson {

  /** The quality threshold of organizations that set none. */
  public static final double DEFAULT_QUALITY_THRESHOLD = 0.5;

  /** Adoption pages of missing dogs checked per run for organizations that set no number. */
  public static final int DEFAULT_LIVENESS_CHECKS_PER_RUN = 25;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MonitoringJson() {}

  static String write(Monitoring monitoring) {
    ObjectNode node = JSON.createObjectNode();
    putIfSet(node, "minimum_dogs", monitoring.minimumDogs());
    putIfSet(node, "history_fraction", monitoring.historyFraction());
    putIfSet(node, "history_runs", monitoring.historyRuns());
    putIfSet(node, "minimum_history", monitoring.minimumHistory());
    putIfSet(node, "max_failed_detail_share", monitoring.maxFailedDetailShare());
    putIfSet(node, "quality_threshold", monitoring.qualityThreshold());
    putIfSet(node, "liveness_checks_per_run", monitoring.livenessChecksPerRun());
    return node.toString();
  }

  /** The partial-failure numbers of a stored column value; defaults fill the keys it lacks. */
  public static PartialFailureSettings partialFailure(String column) {
    JsonNode node = read(column);
    PartialFailureSettings defaults = PartialFailureSettings.DEFAULTS;
    return new PartialFailureSettings(
        node.path("minimum_dogs").asInt(defaults.absoluteMinimum()),
        node.path("history_fraction").asDouble(defaults.historyFraction()),
        node.path("minimum_history").asInt(defaults.minimumHistory()),
        node.path("history_runs").asInt(defaults.historyWindow()),
        node.path("max_failed_detail_share").asDouble(defaults.notSavedLimit()));
  }

  /** The quality threshold of a stored column value. */
  public static double qualityThreshold(String column) {
    return read(column).path("quality_threshold").asDouble(DEFAULT_QUALITY_THRESHOLD);
  }

  /** How many adoption pages of missing dogs a run checks, by a stored column value. */
  public static int livenessChecksPerRun(String column) {
    return read(column).path("liveness_checks_per_run").asInt(DEFAULT_LIVENESS_CHECKS_PER_RUN);
  }

  private static JsonNode read(String column) {
    if (column == null || column.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(column);
    } catch (IOException e) {
      throw new UncheckedIOException("organizations.monitoring is not JSON: " + column, e);
    }
  }

  private static void putIfSet(ObjectNode node, String key, Number value) {
    if (value instanceof Integer i) {
      node.put(key, i);
    } else if (value != null) {
      node.put(key, value.doubleValue());
    }
  }
}
