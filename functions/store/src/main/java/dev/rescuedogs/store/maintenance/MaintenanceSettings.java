package dev.rescuedogs.store.maintenance;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the daily maintenance keeps and repairs.
 *
 * @param stuckSessionAfter a session still {@code running} this long after it started is closed as
 *     {@code error}: the scraper's timeout (15 min) plus standardization is far shorter, so such a
 *     session belongs to a function that crashed
 * @param sessionRetention finished sessions older than this are deleted (their dogs' history events
 *     stay, without the session link)
 * @param sessionsKeptPerOrganization the newest sessions of each organization are kept whatever
 *     their age: the partial-failure check averages over the last successful ones
 */
public record MaintenanceSettings(
    Duration stuckSessionAfter, Duration sessionRetention, int sessionsKeptPerOrganization) {

  public static final MaintenanceSettings DEFAULTS =
      new MaintenanceSettings(Duration.ofHours(2), Duration.ofDays(400), 20);

  public MaintenanceSettings {
    Objects.requireNonNull(stuckSessionAfter, "stuckSessionAfter");
    Objects.requireNonNull(sessionRetention, "sessionRetention");
    if (stuckSessionAfter.compareTo(Duration.ofMinutes(30)) < 0) {
      throw new IllegalArgumentException(
          "stuckSessionAfter must be at least 30 minutes (a scrape may run 15), got "
              + stuckSessionAfter);
    }
    if (sessionRetention.compareTo(Duration.ofDays(30)) < 0) {
      throw new IllegalArgumentException(
          "sessionRetention must be at least 30 days, got " + sessionRetention);
    }
    if (sessionsKeptPerOrganization < 10) {
      throw new IllegalArgumentException(
          "sessionsKeptPerOrganization must be at least 10 (the partial-failure history), got "
              + sessionsKeptPerOrganization);
    }
  }

  /**
   * From {@code STUCK_SESSION_AFTER_MINUTES}, {@code SESSION_RETENTION_DAYS} and {@code
   * SESSIONS_KEPT_PER_ORGANIZATION}; unset ones take the defaults.
   *
   * @throws IllegalArgumentException naming the variable when a value is not a valid number
   */
  public static MaintenanceSettings fromEnvironment(Map<String, String> env) {
    return new MaintenanceSettings(
        Duration.ofMinutes(
            number(env, "STUCK_SESSION_AFTER_MINUTES", DEFAULTS.stuckSessionAfter.toMinutes())),
        Duration.ofDays(number(env, "SESSION_RETENTION_DAYS", DEFAULTS.sessionRetention.toDays())),
        (int) number(env, "SESSIONS_KEPT_PER_ORGANIZATION", DEFAULTS.sessionsKeptPerOrganization));
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
    }
  }
}
