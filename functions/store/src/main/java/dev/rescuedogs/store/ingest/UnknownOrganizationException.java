package dev.rescuedogs.store.ingest;

/**
 * A raw result names an organization with no row in {@code organizations}: its config was never
 * synced ({@code rescuedogs config sync}) or the id is misspelled. Retrying cannot help.
 */
public final class UnknownOrganizationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String organizationId;

  public UnknownOrganizationException(String organizationId) {
    super(
        "unknown organization '"
            + organizationId
            + "': no organizations row has this config_id (run the config sync first)");
    this.organizationId = organizationId;
  }

  /** The config id the raw result named. */
  public String organizationId() {
    return organizationId;
  }
}
