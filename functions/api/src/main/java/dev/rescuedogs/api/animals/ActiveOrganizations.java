package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.ShortLivedCache;
import java.time.Duration;

/**
 * The active organizations of one instance, re-read at most every {@link #TTL}. Organizations
 * change when their configuration is synchronized (rarely); list totals are reused for as long.
 */
public final class ActiveOrganizations {

  /** How long a read of the organizations is reused. */
  public static final Duration TTL = AnimalRepository.TOTALS_TTL;

  private final ConnectionPool pool;
  private final ShortLivedCache<CatalogOrganizations> cache = new ShortLivedCache<>(TTL, 1);

  public ActiveOrganizations(ConnectionPool pool) {
    this.pool = pool;
  }

  public CatalogOrganizations current() {
    return cache.get("active", () -> pool.withConnection(CatalogOrganizations::load));
  }
}
