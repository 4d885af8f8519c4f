package dev.rescuedogs.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionPoolTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static int backendPid(ConnectionPool pool) {
    return pool.withConnection(
        connection ->
            new Sql().add("SELECT pg_backend_pid()").list(connection, row -> row.getInt(1)).get(0));
  }

  @Test
  void reusesOneConnection_andReopensItWhenTheServerKilledIt() throws Exception {
    try (ConnectionPool pool = ConnectionPool.single(db.dataSource())) {
      int pid = backendPid(pool);
      assertThat(backendPid(pool)).isEqualTo(pid);

      // What a database restart or a SnapStart restore does to an idle connection.
      try (Connection admin = db.dataSource().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("SELECT pg_terminate_backend(" + pid + ")");
      }

      int reopened = backendPid(pool);
      assertThat(reopened).isNotEqualTo(pid);
    }
  }

  @Test
  void connections_areReadOnly_withAStatementTimeout() {
    try (ConnectionPool pool = ConnectionPool.single(db.dataSource())) {
      String readOnly =
          pool.withConnection(
              c ->
                  new Sql()
                      .add("SHOW default_transaction_read_only")
                      .list(c, r -> r.getString(1))
                      .get(0));
      String timeout =
          pool.withConnection(
              c -> new Sql().add("SHOW statement_timeout").list(c, r -> r.getString(1)).get(0));
      String planning =
          pool.withConnection(
              c -> new Sql().add("SHOW plan_cache_mode").list(c, r -> r.getString(1)).get(0));
      assertThat(readOnly).isEqualTo("on");
      assertThat(timeout).isEqualTo("5s");
      assertThat(planning).isEqualTo("force_custom_plan");
      assertThatThrownBy(
              () ->
                  pool.withConnection(
                      c -> new Sql().add("CREATE TABLE nope (x int)").list(c, r -> 1)))
          .isInstanceOf(DatabaseException.class);
      assertThatThrownBy(
              () -> pool.withConnection(c -> new Sql().add("SELECT pg_sleep(6)").list(c, r -> 1)))
          .isInstanceOf(DatabaseUnavailableException.class);
      assertThat(backendPid(pool)).isPositive();
    }
  }

  @Test
  void closeIdle_closesTheConnection_andTheNextUseOpensAnother() throws Exception {
    try (ConnectionPool pool = ConnectionPool.single(db.dataSource())) {
      int before = backendPid(pool);
      java.sql.Connection[] used = new java.sql.Connection[1];
      pool.withConnection(c -> used[0] = c);

      pool.closeIdle();

      assertThat(used[0].isClosed()).isTrue();
      assertThat(backendPid(pool)).isPositive().isNotEqualTo(before);
    }
  }

  @Test
  void connectInBackground_opensTheConnectionTheFirstUseThenGets() throws Exception {
    java.util.concurrent.atomic.AtomicInteger connects =
        new java.util.concurrent.atomic.AtomicInteger();
    javax.sql.DataSource counting =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    connects.incrementAndGet();
                  }
                  try {
                    return method.invoke(db.dataSource(), args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    try (ConnectionPool pool = ConnectionPool.single(counting)) {
      pool.connectInBackground();
      int first = backendPid(pool);
      int second = backendPid(pool);

      assertThat(first).isPositive().isEqualTo(second);
      assertThat(connects).hasValue(1);

      pool.closeIdle();
      assertThat(backendPid(pool)).isNotEqualTo(first);
      assertThat(connects).hasValue(2);
    }
  }

  @Test
  void waitsForAFreeConnection_thenGivesUpWith503() throws Exception {
    try (ConnectionPool pool = new ConnectionPool(db.dataSource(), 1, Duration.ofMillis(300))) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService executor = Executors.newSingleThreadExecutor();
      Future<?> holder =
          executor.submit(
              () ->
                  pool.withConnection(
                      connection -> {
                        holding.countDown();
                        try {
                          release.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return null;
                      }));
      holding.await(5, TimeUnit.SECONDS);
      assertThatThrownBy(() -> backendPid(pool)).isInstanceOf(DatabaseUnavailableException.class);
      release.countDown();
      holder.get(5, TimeUnit.SECONDS);
      assertThat(backendPid(pool)).isPositive();
      executor.shutdown();
    }
  }

  @Test
  void unconfigured_alwaysUnavailable() {
    ConnectionPool pool = ConnectionPool.unconfigured("DATABASE_URL is not set");
    assertThatThrownBy(() -> backendPid(pool))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("DATABASE_URL");
  }
}
