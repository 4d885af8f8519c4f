package dev.rescuedogs.scraping.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where Chromium and chromedriver are and how long to wait for pages. Both paths are always given
 * explicitly so Selenium Manager never runs (it would try to download a browser).
 *
 * @param chromeBinary the Chromium/Chrome executable ({@code CHROME_BIN}, default {@code
 *     /usr/bin/chromium})
 * @param chromedriver the matching chromedriver ({@code CHROMEDRIVER}, default {@code
 *     /usr/bin/chromedriver})
 * @param tempRoot where each browser gets its fresh profile directory (on Lambda: {@code /tmp})
 * @param pageLoadTimeout for a navigation to finish loading
 * @param waitTimeout for a condition a helper waits on (content rendered, next page shown)
 * @param settleTimeout how long scrolling waits for more content before deciding there is none
 * @param userAgentProduct appended to Chromium's own user agent so sites can identify us
 * @param extraArguments more Chromium flags ({@code CHROME_EXTRA_ARGS}, space-separated), e.g.
 *     {@code --single-process} where the platform needs it
 */
public record BrowserSettings(
    Path chromeBinary,
    Path chromedriver,
    Path tempRoot,
    Duration pageLoadTimeout,
    Duration waitTimeout,
    Duration settleTimeout,
    String userAgentProduct,
    List<String> extraArguments) {

  public static final String CHROME_BIN = "CHROME_BIN";
  public static final String CHROMEDRIVER = "CHROMEDRIVER";
  public static final String CHROME_EXTRA_ARGS = "CHROME_EXTRA_ARGS";
  public static final Path DEFAULT_CHROME_BINARY = Path.of("/usr/bin/chromium");
  public static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  public BrowserSettings {
    Objects.requireNonNull(chromeBinary, "chromeBinary");
    Objects.requireNonNull(chromedriver, "chromedriver");
    Objects.requireNonNull(tempRoot, "tempRoot");
    Objects.requireNonNull(pageLoadTimeout, "pageLoadTimeout");
    Objects.requireNonNull(waitTimeout, "waitTimeout");
    Objects.requireNonNull(settleTimeout, "settleTimeout");
    userAgentProduct = userAgentProduct == null ? "" : userAgentProduct.strip();
    extraArguments = extraArguments == null ? List.of() : List.copyOf(extraArguments);
  }

  /**
   * Settings from {@code CHROME_BIN}, {@code CHROMEDRIVER} and {@code CHROME_EXTRA_ARGS}, with 60 s
   * page loads, 20 s waits and 3 s for lazy content to appear.
   */
  public static BrowserSettings fromEnvironment(Map<String, String> environment, String userAgent) {
    return new BrowserSettings(
        pathOr(environment.get(CHROME_BIN), DEFAULT_CHROME_BINARY),
        pathOr(environment.get(CHROMEDRIVER), DEFAULT_CHROMEDRIVER),
        Path.of(System.getProperty("java.io.tmpdir")),
        Duration.ofSeconds(60),
        Duration.ofSeconds(20),
        Duration.ofSeconds(3),
        userAgent,
        splitArguments(environment.get(CHROME_EXTRA_ARGS)));
  }

  public BrowserSettings withWaitTimeout(Duration value) {
    return new BrowserSettings(
        chromeBinary,
        chromedriver,
        tempRoot,
        pageLoadTimeout,
        value,
        settleTimeout,
        userAgentProduct,
        extraArguments);
  }

  public BrowserSettings withSettleTimeout(Duration value) {
    return new BrowserSettings(
        chromeBinary,
        chromedriver,
        tempRoot,
        pageLoadTimeout,
        waitTimeout,
        value,
        userAgentProduct,
        extraArguments);
  }

  public BrowserSettings withPageLoadTimeout(Duration value) {
    return new BrowserSettings(
        chromeBinary,
        chromedriver,
        tempRoot,
        value,
        waitTimeout,
        settleTimeout,
        userAgentProduct,
        extraArguments);
  }

  private static Path pathOr(String value, Path fallback) {
    return value == null || value.isBlank() ? fallback : Path.of(value.strip());
  }

  private static List<String> splitArguments(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.strip().split("\\s+")).toList();
  }
}
