package dev.rescuedogs.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart hooks: primed routes, no connection and no cached result inside the snapshot. */
class SnapStartPrimingTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  final List<Connection> opened = new CopyOnWriteArrayList<>();
  final AtomicInteger statements = new AtomicInteger();

  @Test
  void beforeCheckpoint_servesTheHotRoutes_thenClosesTheConnection_andForgetsCachedResults()
      throws Exception {
    CatalogFixture.seed(db.dataSource());
    try (ConnectionPool pool =
        new ConnectionPool(counting(db.dataSource()), 1, Duration.ofSeconds(5))) {
      CatalogApi api =
          new CatalogApi(ApiSettings.fromEnvironment(Map.of()), pool, Clock.systemUTC());
      ApiClient client = new ApiClient(new ApiHandler(api));

      new SnapStartPriming(api, pool).beforeCheckpoint(null);

      // health, organizations, list page + total, facets, list page again, detail
      assertThat(statements.get()).as("statements run while priming").isGreaterThanOrEqualTo(7);
      assertThat(opened)
          .isNotEmpty()
          .allSatisfy(connection -> assertThat(connection.isClosed()).isTrue());
      assertThat(client.get("/api/animals").json().at("/pagination/total").asLong()).isEqualTo(9);

      // A dog listed again while the snapshot waited is counted after the restore, not hidden by a
      // cached total.
      try (Connection connection = db.dataSource().getConnection()) {
        connection
            .createStatement()
            .execute("UPDATE dogs SET status = 'available', active = true WHERE name = 'Oscar'");
      }
      new SnapStartPriming(api, pool).afterRestore(null);
      assertThat(client.get("/api/animals").json().at("/pagination/total").asLong()).isEqualTo(10);
    }
  }

  /** Records the connections it hands out and counts the statements prepared on them. */
  DataSource counting(DataSource real) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) result;
                opened.add(connection);
                return Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (p, m, a) -> {
                      if (m.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
                      }
                      return invoke(connection, m, a);
                    });
              }
              return result;
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
