package dev.rescuedogs.api.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Null-aware column readers. */
public final class Rows {

  private Rows() {}

  public static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  public static Long bigint(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  public static Double decimal(ResultSet row, String column) throws SQLException {
    BigDecimal value = row.getBigDecimal(column);
    return value == null ? null : value.doubleValue();
  }

  public static Double float8(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  public static OffsetDateTime timestamp(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class);
  }

  public static String[] textArray(ResultSet row, String column) throws SQLException {
    java.sql.Array array = row.getArray(column);
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
