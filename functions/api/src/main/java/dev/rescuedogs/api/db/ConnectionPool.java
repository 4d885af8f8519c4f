package dev.rescuedogs.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * A few long-lived, read-only connections. The Lambda function keeps one (an instance serves one
 * request at a time); the local server keeps a handful for its threads.
 *
 * <p>A connection is re-opened when it is found broken: one idle for longer than {@link
 * #VALIDATE_AFTER_IDLE} is checked before use (after a SnapStart restore or a database restart its
 * socket is dead), and work that fails because the connection broke is retried once on a fresh
 * connection — safe because every statement the API runs only reads.
 */
public final class ConnectionPool implements AutoCloseable {

  /** Idle time after which a connection is checked before it is used again. */
  public static final Duration VALIDATE_AFTER_IDLE = Duration.ofSeconds(30);

  /** Longest a statement may run; a slower query is cancelled and answered with 503. */
  public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

  private final DataSource dataSource;
  private final int maxSize;
  private final Duration acquireTimeout;
  private final String unconfiguredReason;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  private int open;
  private boolean closed;
  private volatile Thread warmUp;

  public ConnectionPool(DataSource dataSource, int maxSize, Duration acquireTimeout) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("pool size must be positive: " + maxSize);
    }
    this.dataSource = dataSource;
    this.maxSize = maxSize;
    this.acquireTimeout = acquireTimeout;
    this.unconfiguredReason = null;
  }

  /** A pool without a database: every use fails with {@link DatabaseUnavailableException}. */
  public static ConnectionPool unconfigured(String reason) {
    return new ConnectionPool(null, 1, Duration.ZERO, reason);
  }

  private ConnectionPool(
      DataSource dataSource, int maxSize, Duration acquireTimeout, String unconfigured) {
    this.dataSource = dataSource;
    this.maxSize = maxSize;
    this.acquireTimeout = acquireTimeout;
    this.unconfiguredReason = unconfigured;
  }

  /** One connection, for a Lambda instance. */
  public static ConnectionPool single(DataSource dataSource) {
    return new ConnectionPool(dataSource, 1, Duration.ofSeconds(10));
  }

  /**
   * Runs {@code work} on a pooled connection.
   *
   * @throws DatabaseUnavailableException when no connection can be had, or the connection broke
   *     twice, or the statement timed out
   * @throws DatabaseException on any other database error (a bug: bad SQL or data)
   */
  public <T> T withConnection(SqlWork<T> work) {
    PooledConnection pooled = acquire();
    try {
      T result = work.run(pooled.connection);
      release(pooled, true);
      return result;
    } catch (SQLException e) {
      boolean broken = SqlFailures.isConnectionFailure(e) || isClosed(pooled.connection);
      release(pooled, !broken);
      if (broken && pooled.reused) {
        // The connection died while idle in a way validation did not catch: one fresh attempt.
        PooledConnection fresh = acquireFresh();
        try {
          T result = work.run(fresh.connection);
          release(fresh, true);
          return result;
        } catch (SQLException retryFailure) {
          release(
              fresh,
              !(SqlFailures.isConnectionFailure(retryFailure) || isClosed(fresh.connection)));
          throw translate(retryFailure);
        } catch (RuntimeException retryFailure) {
          release(fresh, false);
          throw retryFailure;
        }
      }
      throw translate(e);
    } catch (RuntimeException e) {
      release(pooled, false);
      throw e;
    }
  }

  private static RuntimeException translate(SQLException e) {
    if (SqlFailures.isUnavailable(e)) {
      return new DatabaseUnavailableException("the database is unavailable", e);
    }
    return new DatabaseException("database query failed", e);
  }

  private PooledConnection acquire() {
    long deadline = System.nanoTime() + acquireTimeout.toNanos();
    while (true) {
      PooledConnection candidate;
      lock.lock();
      try {
        while (true) {
          if (closed) {
            throw new DatabaseUnavailableException("the connection pool is closed", null);
          }
          candidate = idle.pollFirst();
          if (candidate != null) {
            break;
          }
          if (open < maxSize) {
            open++;
            break;
          }
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            throw new DatabaseUnavailableException(
                "no database connection became free in time", null);
          }
          released.awaitNanos(remaining);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DatabaseUnavailableException("interrupted while waiting for a connection", e);
      } finally {
        lock.unlock();
      }
      if (candidate == null) {
        return openSlot();
      }
      if (usable(candidate)) {
        return candidate.reuse();
      }
      release(candidate, false);
    }
  }

  /** Opens a connection on a slot already counted in {@code open}. */
  private PooledConnection openSlot() {
    try {
      return new PooledConnection(connect(), false);
    } catch (RuntimeException e) {
      lock.lock();
      try {
        open--;
        released.signal();
      } finally {
        lock.unlock();
      }
      throw e;
    }
  }

  private PooledConnection acquireFresh() {
    lock.lock();
    try {
      open++;
    } finally {
      lock.unlock();
    }
    return openSlot();
  }

  private boolean usable(PooledConnection candidate) {
    try {
      if (candidate.connection.isClosed()) {
        return false;
      }
      long idleNanos = System.nanoTime() - candidate.releasedAt;
      boolean idleLong = idleNanos > VALIDATE_AFTER_IDLE.toNanos() || idleNanos < 0;
      return !idleLong || candidate.connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private void release(PooledConnection pooled, boolean reusable) {
    lock.lock();
    try {
      if (reusable && !closed) {
        pooled.releasedAt = System.nanoTime();
        idle.addFirst(pooled);
      } else {
        open--;
        closeQuietly(pooled.connection);
      }
      released.signal();
    } finally {
      lock.unlock();
    }
  }

  private Connection connect() {
    if (dataSource == null) {
      throw new DatabaseUnavailableException(
          "no database is configured: " + unconfiguredReason, null);
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        // The API never writes: the server enforces it. A runaway query is cut off. Every execution
        // is planned for its values: the catalog is skewed (one country holds 40 times the dogs of
        // another; a ships-to filter may leave none), and a generic plan of a statement the driver
        // has prepared would walk the newest-first index to its end for a rare value.
        statement.execute(
            "SET default_transaction_read_only = on; SET statement_timeout = "
                + STATEMENT_TIMEOUT.toMillis()
                + "; SET TIME ZONE 'UTC'; SET plan_cache_mode = force_custom_plan");
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new DatabaseUnavailableException("cannot connect to the database", e);
    }
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Already broken; nothing to release.
    }
  }

  /**
   * Opens one connection on a background thread, while the caller goes on initializing: a cold
   * start overlaps loading the driver, connecting and authenticating with its other work instead of
   * paying for them in the first request, which waits for that connection rather than opening
   * another. A failure is left for the first request to meet (and answer with 503).
   */
  public void connectInBackground() {
    if (dataSource == null) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                withConnection(connection -> null);
              } catch (RuntimeException e) {
                // The first request retries and reports it.
              }
            },
            "database-connect");
    thread.setDaemon(true);
    warmUp = thread;
    thread.start();
  }

  /**
   * Closes the idle connections and keeps the pool open: the next use connects afresh. Before a
   * SnapStart snapshot, so that no socket is frozen into it; a background connect still under way
   * is waited for first.
   */
  public void closeIdle() {
    Thread connecting = warmUp;
    if (connecting != null) {
      try {
        connecting.join(acquireTimeout.toMillis() + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lock.lock();
    try {
      idle.forEach(pooled -> closeQuietly(pooled.connection));
      open -= idle.size();
      idle.clear();
      released.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      idle.forEach(pooled -> closeQuietly(pooled.connection));
      open -= idle.size();
      idle.clear();
      released.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static final class PooledConnection {
    final Connection connection;
    final boolean reused;
    long releasedAt = System.nanoTime();

    PooledConnection(Connection connection, boolean reused) {
      this.connection = connection;
      this.reused = reused;
    }

    PooledConnection reuse() {
      PooledConnection again = new PooledConnection(connection, true);
      again.releasedAt = releasedAt;
      return again;
    }
  }
}
