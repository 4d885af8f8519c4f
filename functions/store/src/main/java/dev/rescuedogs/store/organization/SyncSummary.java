package dev.rescuedogs.store.organization;

import java.util.List;

/**
 * What one {@link OrganizationSync#sync} changed, as config ids in alphabetical order.
 *
 * @param inserted organizations seen for the first time
 * @param updated organizations whose row, locations or service regions changed (a config switched
 *     to {@code enabled: false} is an update that deactivates it)
 * @param unchanged organizations whose config matched the database already
 * @param deactivated organizations whose config no longer exists; kept, but inactive
 */
public record SyncSummary(
    List<String> inserted, List<String> updated, List<String> unchanged, List<String> deactivated) {

  public SyncSummary {
    inserted = List.copyOf(inserted);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
    deactivated = List.copyOf(deactivated);
  }

  /** E.g. "2 inserted, 1 updated, 11 unchanged, 0 deactivated". */
  @Override
  public String toString() {
    return inserted.size()
        + " inserted, "
        + updated.size()
        + " updated, "
        + unchanged.size()
        + " unchanged, "
        + deactivated.size()
        + " deactivated";
  }
}
