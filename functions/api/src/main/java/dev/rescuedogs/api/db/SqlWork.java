package dev.rescuedogs.api.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Database work done on one borrowed connection. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
