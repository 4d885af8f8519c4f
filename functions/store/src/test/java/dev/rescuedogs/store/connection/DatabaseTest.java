package dev.rescuedogs.store.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.store.testing.TestDatabase;
import dev.rescuedogs.store.testing.TestDatabaseGuard;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void connectsToTheDatabaseNamedByTheEnvironment() throws Exception {
    DataSource dataSource = TestDatabaseGuard.guard(Database.fromEnvironment(db.environment()));

    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getCatalog()).isEqualTo(db.databaseName());
    }
    String name =
        Database.jdbi(dataSource)
            .withHandle(
                h ->
                    h.createQuery("SELECT current_setting('application_name')")
                        .mapTo(String.class)
                        .one());
    assertThat(name).isEqualTo("rescuedogs");
  }

  @Test
  void explainsWhatToSetWhenNothingIsConfigured() {
    assertThatThrownBy(() -> Database.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set DATABASE_URL");
  }
}
