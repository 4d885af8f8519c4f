package dev.rescuedogs.api.db;

import java.io.IOException;
import java.sql.SQLException;

/** Tells outages apart from bugs by SQLSTATE. */
final class SqlFailures {

  private SqlFailures() {}

  /** The connection itself failed (class 08, or an I/O error underneath): it must not be reused. */
  static boolean isConnectionFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
      if (t instanceof SQLException sql && state(sql).startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The database cannot serve now: connection failures, shutdown (57P01..57P03), statement timeout
   * (57014), too many connections / out of resources (53). (A read-only violation, 25006, is a bug:
   * the API never writes.)
   */
  static boolean isUnavailable(SQLException e) {
    if (isConnectionFailure(e)) {
      return true;
    }
    String state = state(e);
    return state.startsWith("57") || state.startsWith("53");
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }
}
