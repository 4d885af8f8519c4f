package dev.rescuedogs.api;

import dev.rescuedogs.api.animals.ImageVariants;
import dev.rescuedogs.api.http.AllowedOrigins;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API's configuration, from environment variables.
 *
 * @param allowedOrigins {@code ALLOWED_ORIGINS}: web origins allowed to call from a browser
 * @param adminApiKey {@code ADMIN_API_KEY}: the operators' key; null disables the operator
 *     endpoints (unless the secret below holds one)
 * @param adminApiKeySecretArn {@code ADMIN_API_KEY_SECRET_ARN}: a Secrets Manager secret with the
 *     operators' key, read on the first operator request; {@code ADMIN_API_KEY} is used while it
 *     cannot be read; null when not set
 * @param cursorSecret {@code CURSOR_SECRET}: key of the page cursors' MAC, shared by all instances
 * @param publicBaseUrl {@code PUBLIC_BASE_URL}: scheme and host of the API as the public sees it
 *     (custom domain), for absolute links in feeds; null to use the request's host
 * @param version the API's version, shown by {@code /health}
 */
public record ApiSettings(
    AllowedOrigins allowedOrigins,
    String adminApiKey,
    String adminApiKeySecretArn,
    String cursorSecret,
    String publicBaseUrl,
    String version,
    ImageVariants imageVariants) {

  /**
   * Used when {@code CURSOR_SECRET} is unset: cursors still detect corruption and casual edits, but
   * anyone who reads this source could forge one. Forging only moves a page boundary (cursor values
   * are bound as parameters), so this is a tolerable default; production sets a secret.
   */
  static final String DEFAULT_CURSOR_SECRET = "rescuedogs catalog cursor, set CURSOR_SECRET";

  public static ApiSettings fromEnvironment(Map<String, String> env) {
    String secret = env.getOrDefault("CURSOR_SECRET", "");
    String baseUrl = env.get("PUBLIC_BASE_URL");
    String secretArn = env.get("ADMIN_API_KEY_SECRET_ARN");
    return new ApiSettings(
        AllowedOrigins.parse(env.get("ALLOWED_ORIGINS")),
        env.get("ADMIN_API_KEY"),
        secretArn == null || secretArn.isBlank() ? null : secretArn.strip(),
        secret.length() >= 16 ? secret : DEFAULT_CURSOR_SECRET,
        baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", ""),
        buildVersion(),
        ImageVariants.fromTemplate(env.get("IMAGE_VARIANT_URL_TEMPLATE")));
  }

  /** The project version the build wrote into {@code api.properties}. */
  static String buildVersion() {
    try (InputStream in = ApiSettings.class.getResourceAsStream("/api.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version", "");
      return version.isEmpty() || version.startsWith("${") ? "development" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
