package dev.rescuedogs.store.connection;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL database is and how to log in, read from the environment the way other
 * PostgreSQL tools read it. {@link #toString()} never shows the password.
 *
 * @param host server host name or address ({@code [::1]} form for IPv6)
 * @param port server port
 * @param database database name
 * @param user login role
 * @param password password, or null when the server needs none
 * @param parameters further pgjdbc connection properties, e.g. {@code sslmode=require}
 */
public record ConnectionSettings(
    String host,
    int port,
    String database,
    String user,
    String password,
    Map<String, String> parameters) {

  /** Default PostgreSQL port. */
  public static final int DEFAULT_PORT = 5432;

  private static final String USAGE =
      "expected postgres://user:password@host:port/database, postgresql://... or"
          + " jdbc:postgresql://host:port/database?user=...&password=...";

  /** libpq parameter names that pgjdbc spells differently. */
  private static final Map<String, String> LIBPQ_TO_PGJDBC =
      Map.of("connect_timeout", "connectTimeout", "application_name", "ApplicationName");

  public ConnectionSettings {
    requireText(host, "host");
    requireText(database, "database");
    requireText(user, "user");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("database port out of range: " + port);
    }
    parameters = Map.copyOf(parameters);
  }

  /**
   * Reads {@code DATABASE_URL} when set, otherwise the libpq variables {@code PGHOST} (default
   * localhost), {@code PGPORT} (5432), {@code PGUSER} (the OS user), {@code PGPASSWORD} and {@code
   * PGDATABASE} (the user name); empty when none of them is set.
   *
   * @throws IllegalArgumentException when a variable is set but malformed
   */
  public static Optional<ConnectionSettings> fromEnvironment(Map<String, String> env) {
    String url = env.get("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return Optional.of(parseUrl(url.trim()));
    }
    boolean anyPgVariable =
        Stream.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE")
            .anyMatch(name -> env.get(name) != null && !env.get(name).isBlank());
    if (!anyPgVariable) {
      return Optional.empty();
    }
    String user = orDefault(env.get("PGUSER"), System.getProperty("user.name"));
    return Optional.of(
        new ConnectionSettings(
            orDefault(env.get("PGHOST"), "localhost"),
            parsePort(orDefault(env.get("PGPORT"), String.valueOf(DEFAULT_PORT))),
            orDefault(env.get("PGDATABASE"), user),
            user,
            emptyToNull(env.get("PGPASSWORD")),
            Map.of()));
  }

  /**
   * Parses a database URL: {@code postgres://user:password@host:port/database?sslmode=require}, the
   * same with {@code postgresql://}, or {@code
   * jdbc:postgresql://host:port/database?user=..&password=..}. Percent-encoded characters in user,
   * password and database are decoded; libpq parameter names ({@code connect_timeout}, {@code
   * application_name}) are translated for pgjdbc.
   *
   * @throws IllegalArgumentException when the URL is not such a URL; the message never contains the
   *     password
   */
  public static ConnectionSettings parseUrl(String url) {
    String rest = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
    int schemeEnd = rest.indexOf("://");
    if (schemeEnd < 0) {
      throw new IllegalArgumentException("not a database URL: " + redact(url) + "; " + USAGE);
    }
    String scheme = rest.substring(0, schemeEnd);
    if (!scheme.equals("postgres") && !scheme.equals("postgresql")) {
      throw new IllegalArgumentException(
          "unsupported database URL scheme '" + scheme + "'; " + USAGE);
    }
    rest = rest.substring(schemeEnd + 3);
    int queryStart = rest.indexOf('?');
    String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
    rest = queryStart < 0 ? rest : rest.substring(0, queryStart);
    int pathStart = rest.indexOf('/');
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String database = pathStart < 0 ? "" : decode(rest.substring(pathStart + 1));

    String user = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    String host = authority;
    int port = DEFAULT_PORT;
    int portColon = authority.lastIndexOf(':');
    // A colon inside [..] belongs to an IPv6 address, not to a port.
    if (portColon >= 0 && authority.indexOf(']', portColon) < 0) {
      host = authority.substring(0, portColon);
      port = parsePort(authority.substring(portColon + 1));
    }

    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (key.equals("user")) {
        user = value;
      } else if (key.equals("password")) {
        password = value;
      } else {
        parameters.put(LIBPQ_TO_PGJDBC.getOrDefault(key, key), value);
      }
    }
    if (database.isEmpty()) {
      throw new IllegalArgumentException(
          "database URL names no database: " + redact(url) + "; " + USAGE);
    }
    return new ConnectionSettings(
        host.isEmpty() ? "localhost" : host,
        port,
        database,
        orDefault(user, System.getProperty("user.name")),
        emptyToNull(password),
        parameters);
  }

  /** JDBC URL with the connection parameters but without user and password. */
  public String jdbcUrl() {
    String query =
        parameters.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + "/"
        + encode(database)
        + (query.isEmpty() ? "" : "?" + query);
  }

  /** The same server and login, another database on it. */
  public ConnectionSettings withDatabase(String otherDatabase) {
    return new ConnectionSettings(host, port, otherDatabase, user, password, parameters);
  }

  /**
   * The {@code DATABASE_URL} form, {@code postgresql://user:password@host:port/database},
   * credentials included: for handing the settings to another process, never for messages.
   */
  public String databaseUrl() {
    String credentials = encode(user) + (password == null ? "" : ":" + encode(password)) + "@";
    return jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://" + credentials);
  }

  /** {@code user@host:port/database}, for messages and logs. */
  @Override
  public String toString() {
    return user + "@" + host + ":" + port + "/" + database;
  }

  private static String redact(String url) {
    return url.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@")
        .replaceAll("(?i)password=[^&]*", "password=***");
  }

  private static int parsePort(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("database port is not a number: " + text, e);
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("database " + what + " is missing");
    }
  }

  private static String decode(String text) {
    // '+' is a literal plus in URL paths and user info, not a space.
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
