package dev.rescuedogs.scraping.support;

import dev.rescuedogs.scraping.browser.BrowserSettings;
import dev.rescuedogs.scraping.browser.ChromiumBrowserFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium for tests, configured from the environment (CHROME_BIN, CHROMEDRIVER,
 * CHROME_EXTRA_ARGS); the tests skip, saying why, where Chromium or its driver is not installed.
 */
public final class Chromium {

  /** Resolves every host name to nothing except the loopback address the replay server is on. */
  static final String LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";

  private Chromium() {}

  /**
   * A factory whose waits give up after {@code wait} (a broken page fails the test fast) and that
   * lets a page settle for {@code settle}.
   */
  public static ChromiumBrowserFactory factory(Duration wait, Duration settle) {
    return available(environment().withWaitTimeout(wait).withSettleTimeout(settle));
  }

  /**
   * As {@link #factory(Duration, Duration)} with a one-second settle, but the browser resolves no
   * host except the loopback replay server: photos the pages name on the real sites' hosts are
   * never requested.
   */
  public static ChromiumBrowserFactory loopbackOnly(Duration wait) {
    BrowserSettings environment = environment();
    List<String> arguments = new ArrayList<>(environment.extraArguments());
    arguments.add(LOOPBACK_ONLY);
    return available(
        new BrowserSettings(
            environment.chromeBinary(),
            environment.chromedriver(),
            environment.tempRoot(),
            environment.pageLoadTimeout(),
            wait,
            Duration.ofSeconds(1),
            environment.userAgentProduct(),
            arguments));
  }

  private static BrowserSettings environment() {
    return BrowserSettings.fromEnvironment(System.getenv(), TestSites.USER_AGENT);
  }

  private static ChromiumBrowserFactory available(BrowserSettings settings) {
    ChromiumBrowserFactory factory = new ChromiumBrowserFactory(settings);
    Assumptions.assumeTrue(
        factory.isAvailable(),
        "skipped: no Chromium at "
            + settings.chromeBinary()
            + " or no chromedriver at "
            + settings.chromedriver()
            + " (install the Debian packages chromium and chromium-driver, as"
            + " infrastructure/local/run-tests does, or set CHROME_BIN and CHROMEDRIVER)");
    return factory;
  }
}
