package dev.rescuedogs.store.catalog;

import dev.rescuedogs.store.connection.Database;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The catalog's facet summary (migration V11: {@code catalog_facet_counts}), which the API reads
 * for its filter counts and list totals while it is current. Any change to the counted columns
 * makes it stale (readers then count from the dogs: slower, never wrong); whoever changes the
 * catalog rebuilds it afterwards.
 */
public final class FacetSummary {

  private final Jdbi jdbi;

  public FacetSummary(DataSource dataSource) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Rebuilds the summary, in its own transaction, after the catalog's changes have committed —
   * unless it is current already (a duplicate message, a run that changed no counted column). It
   * waits for transactions writing dogs to finish (at most 10 s) and holds new writers off while it
   * counts (under a second for 50,000 dogs); readers never wait.
   *
   * @throws org.jdbi.v3.core.JdbiException when it could not (a lock timeout, the database gone):
   *     the summary stays stale until the next refresh
   */
  public void refresh() {
    jdbi.useTransaction(
        TransactionIsolationLevel.READ_COMMITTED,
        handle -> {
          // A writer committing after this check bumps the version and refreshes after itself.
          boolean current =
              handle
                  .createQuery(
                      "SELECT s.version = v.last_value AND v.is_called"
                          + " FROM catalog_facet_state s CROSS JOIN catalog_version v")
                  .mapTo(Boolean.class)
                  .one();
          if (!current) {
            handle
                .createQuery("SELECT 1 FROM (SELECT refresh_catalog_facets()) AS refreshed")
                .mapTo(Integer.class)
                .one();
          }
        });
  }
}
