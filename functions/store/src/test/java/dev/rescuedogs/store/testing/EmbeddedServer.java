package dev.rescuedogs.store.testing;

import dev.rescuedogs.store.connection.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One embedded PostgreSQL per JVM, started on first use and stopped by its shutdown hook. Starting
 * costs seconds, creating a database in it costs milliseconds, so test classes share the server and
 * each gets its own database.
 */
final class EmbeddedServer {

  private static EmbeddedPostgres server;

  private EmbeddedServer() {}

  /**
   * Address of the server's {@code postgres} maintenance database, starting the server if needed.
   */
  static synchronized ConnectionSettings address() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                // Durability is pointless for throwaway data and costs most of a test's time.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("timezone", "UTC")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
      }
    }
    return new ConnectionSettings(
        "localhost", server.getPort(), "postgres", "postgres", null, Map.of());
  }
}
