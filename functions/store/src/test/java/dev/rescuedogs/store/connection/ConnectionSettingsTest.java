package dev.rescuedogs.store.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  @Test
  void parsesAPostgresUrlWithEncodedCredentialsAndLibpqParameters() {
    ConnectionSettings settings =
        ConnectionSettings.parseUrl(
            "postgresql://rescue:s%3Acr%40t+1@db.example.org:6543/dogs?sslmode=require&connect_timeout=5");

    assertThat(settings)
        .isEqualTo(
            new ConnectionSettings(
                "db.example.org",
                6543,
                "dogs",
                "rescue",
                "s:cr@t+1",
                Map.of("sslmode", "require", "connectTimeout", "5")));
    assertThat(settings.jdbcUrl())
        .startsWith("jdbc:postgresql://db.example.org:6543/dogs?")
        .contains("sslmode=require")
        .doesNotContain("cr");
  }

  @Test
  void parsesHerokuStylePostgresScheme() {
    ConnectionSettings settings = ConnectionSettings.parseUrl("postgres://u:p@h/db");

    assertThat(settings.port()).isEqualTo(5432);
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
  }

  @Test
  void parsesAJdbcUrlWithCredentialsAsParameters() {
    ConnectionSettings settings =
        ConnectionSettings.parseUrl(
            "jdbc:postgresql://[::1]:5433/dogs?user=app&password=pw&ssl=true");

    assertThat(settings.host()).isEqualTo("[::1]");
    assertThat(settings.port()).isEqualTo(5433);
    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("pw");
    assertThat(settings.parameters()).containsExactlyEntriesOf(Map.of("ssl", "true"));
  }

  @Test
  void readsPgVariablesWhenThereIsNoUrl() {
    ConnectionSettings settings =
        ConnectionSettings.fromEnvironment(
                Map.of("PGHOST", "db", "PGPORT", "5555", "PGUSER", "app", "PGPASSWORD", "pw"))
            .orElseThrow();

    assertThat(settings)
        .isEqualTo(new ConnectionSettings("db", 5555, "app", "app", "pw", Map.of()));
  }

  @Test
  void prefersDatabaseUrlAndIsEmptyWithoutAnything() {
    assertThat(
            ConnectionSettings.fromEnvironment(
                    Map.of("DATABASE_URL", "postgres://u@h/url-db", "PGDATABASE", "pg-db"))
                .orElseThrow()
                .database())
        .isEqualTo("url-db");
    assertThat(ConnectionSettings.fromEnvironment(Map.of("HOME", "/root"))).isEmpty();
  }

  @Test
  void neverShowsThePassword() {
    ConnectionSettings settings = ConnectionSettings.parseUrl("postgres://app:hunter2@h:5432/db");

    assertThat(settings.toString()).isEqualTo("app@h:5432/db").doesNotContain("hunter2");
    assertThat(settings.jdbcUrl()).doesNotContain("hunter2");
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("postgres://app:hunter2@h:5432"))
        .hasMessageContaining("names no database")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("jdbc:postgresql://h/?password=hunter2"))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void rejectsOtherSchemesAndBadPorts() {
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("mysql://u:p@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported database URL scheme 'mysql'");
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("localhost:5432/db"))
        .hasMessageContaining("not a database URL");
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("postgres://h:port/db"))
        .hasMessageContaining("port is not a number");
    assertThatThrownBy(() -> ConnectionSettings.parseUrl("postgres://h:70000/db"))
        .hasMessageContaining("out of range");
  }
}
