package dev.rescuedogs.scraping.browser;

import dev.rescuedogs.scraping.fetch.NavigationGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium through chromedriver, both at explicit paths, each browser with a fresh
 * profile directory that is deleted when the browser closes.
 */
public final class ChromiumBrowserFactory implements BrowserFactory {

  /** Flags that work as root, in containers and on Lambda (no /dev/shm, no GPU, no sandbox). */
  static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-extensions",
          "--mute-audio",
          "--hide-scrollbars",
          "--window-size=1366,900");

  // Without the optional selenium-devtools artifacts Selenium warns on every start; we use
  // chromedriver's own CDP endpoint instead. Held here: java.util.logging keeps loggers weakly.
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");
  private static final Logger CHROMIUM_LOG =
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

  static {
    // Selenium Manager would try to download a browser or driver; with explicit paths it is not
    // needed, and offline mode makes sure it never reaches the network.
    if (System.getProperty("SE_OFFLINE") == null) {
      System.setProperty("SE_OFFLINE", "true");
    }
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    CHROMIUM_LOG.setLevel(Level.SEVERE);
  }

  private final BrowserSettings settings;

  public ChromiumBrowserFactory(BrowserSettings settings) {
    this.settings = settings;
  }

  /**
   * A factory configured from {@code CHROME_BIN}, {@code CHROMEDRIVER}, {@code CHROME_EXTRA_ARGS}.
   */
  public static ChromiumBrowserFactory fromEnvironment(String userAgent) {
    return new ChromiumBrowserFactory(BrowserSettings.fromEnvironment(System.getenv(), userAgent));
  }

  public BrowserSettings settings() {
    return settings;
  }

  /** Whether the configured executables exist, so a browser can be started here. */
  public boolean isAvailable() {
    return Files.isExecutable(settings.chromeBinary())
        && Files.isExecutable(settings.chromedriver());
  }

  @Override
  public Browser open(NavigationGuard guard) {
    requireExecutable(settings.chromeBinary(), BrowserSettings.CHROME_BIN);
    requireExecutable(settings.chromedriver(), BrowserSettings.CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory(settings.tempRoot(), "rescuedogs-chromium-");
    } catch (IOException e) {
      throw new BrowserUnavailableException("cannot create a browser profile directory", e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(settings.chromedriver().toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(settings.chromeBinary().toString());
    List<String> arguments = new ArrayList<>(FLAGS);
    arguments.add("--user-data-dir=" + profile);
    arguments.add("--disk-cache-dir=" + profile.resolve("cache"));
    arguments.addAll(settings.extraArguments());
    options.addArguments(arguments);
    options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
    // Dialogs are silenced in every page (Browser.silenceDialogs); any that slips through is
    // dismissed.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS);
    options.setPageLoadTimeout(settings.pageLoadTimeout());
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      Browser.deleteQuietly(profile);
      Browser.killProcessesUsing(profile);
      throw new BrowserUnavailableException(
          "cannot start "
              + settings.chromeBinary()
              + " with "
              + settings.chromedriver()
              + ": "
              + e.getMessage(),
          e);
    }
    Browser browser = new Browser(driver, service, profile, guard, settings);
    browser.silenceDialogs();
    browser.identifyAs(settings.userAgentProduct());
    return browser;
  }

  private static void requireExecutable(Path path, String variable) {
    if (!Files.isExecutable(path)) {
      throw new BrowserUnavailableException(
          path + " is not an executable; install chromium and chromium-driver or set " + variable,
          null);
    }
  }

  @Override
  public String toString() {
    return "ChromiumBrowserFactory"
        + Map.of("binary", settings.chromeBinary(), "driver", settings.chromedriver());
  }
}
