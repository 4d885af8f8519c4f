package dev.rescuedogs.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.argument.Argument;

/** Binding and reading helpers shared by the ingestion's statements. */
final class Sql {

  static final ObjectMapper JSON = new ObjectMapper();

  private Sql() {}

  /**
   * A timestamptz argument in UTC. Bound as an {@link OffsetDateTime} so that neither the JVM's nor
   * the session's time zone can shift it.
   */
  static Argument timestamp(Instant instant) {
    return (position, statement, ctx) -> {
      if (instant == null) {
        statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      }
    };
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, Integer.class);
  }

  /** JSON text of a value (whose strings are already free of NUL characters), or null. */
  static String json(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
    }
  }

  static Map<String, String> stringMap(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      Map<String, Object> raw = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      Map<String, String> strings = new LinkedHashMap<>();
      raw.forEach(
          (key, value) -> {
            if (value != null) {
              strings.put(key, value.toString());
            }
          });
      return strings;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON object from the database", e);
    }
  }
}
