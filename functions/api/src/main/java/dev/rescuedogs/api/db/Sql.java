package dev.rescuedogs.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A SQL statement under construction: text with {@code ?} placeholders and their values, in order.
 * Request input only ever reaches the database as a bound value.
 */
public final class Sql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  /** Appends SQL text; {@code ?} placeholders in it take {@code parameters} in order. */
  public Sql add(String sql, Object... parameters) {
    long placeholders = sql.chars().filter(c -> c == '?').count();
    if (placeholders != parameters.length) {
      throw new IllegalArgumentException(
          placeholders + " placeholders but " + parameters.length + " values in: " + sql);
    }
    text.append(sql);
    values.addAll(java.util.Arrays.asList(parameters));
    return this;
  }

  /** Appends another statement's text and values. */
  public Sql add(Sql other) {
    text.append(other.text);
    values.addAll(other.values);
    return this;
  }

  /** A {@code text[]} value for {@code = ANY(?)} and array operators. */
  public static TextArray textArray(Collection<String> items) {
    return new TextArray(List.copyOf(items));
  }

  public String text() {
    return text.toString();
  }

  public List<Object> values() {
    return List.copyOf(values);
  }

  public PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text.toString());
    try {
      for (int i = 0; i < values.size(); i++) {
        bind(connection, statement, i + 1, values.get(i));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** Runs the query and maps each row. */
  public <T> List<T> list(Connection connection, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement statement = prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    }
  }

  private static void bind(
      Connection connection, PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Double number) {
      statement.setDouble(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof OffsetDateTime time) {
      statement.setObject(index, time);
    } else if (value instanceof TextArray array) {
      statement.setArray(index, connection.createArrayOf("text", array.items().toArray()));
    } else if (value instanceof long[] ids) {
      Long[] boxed = new Long[ids.length];
      for (int i = 0; i < ids.length; i++) {
        boxed[i] = ids[i];
      }
      statement.setArray(index, connection.createArrayOf("bigint", boxed));
    } else {
      throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
    }
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** A text array parameter. */
  public record TextArray(List<String> items) {}
}
