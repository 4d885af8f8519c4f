package dev.rescuedogs.scraping.browser;

import dev.rescuedogs.scraping.fetch.NavigationGuard;
import dev.rescuedogs.scraping.fetch.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.openqa.selenium.remote.service.DriverService;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One headless browser for one scrape, with the helpers scrapers of JavaScript sites need: waiting
 * on conditions (never fixed sleeps), scrolling until lazy content stops appearing, clicking
 * through JavaScript pagination, dismissing cookie overlays. Every navigation passes the {@link
 * NavigationGuard}, so robots.txt and per-host pacing hold for the browser too.
 *
 * <p>Close it on every path; closing quits the browser, stops the driver, kills any process left
 * behind and deletes the profile directory.
 */
public final class Browser implements AutoCloseable {

  /** Common consent-manager buttons that accept and close the overlay. */
  public static final List<By> COOKIE_ACCEPT_BUTTONS =
      List.of(
          By.id("onetrust-accept-btn-handler"),
          By.id("CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"),
          By.id("CybotCookiebotDialogBodyButtonAccept"),
          By.cssSelector(".cmplz-btn.cmplz-accept"),
          By.cssSelector(".cky-btn-accept"),
          By.id("wt-cli-accept-all-btn"),
          By.id("cookie_action_close_header"),
          By.cssSelector("[data-hook='consent-banner-apply-button']"),
          By.cssSelector("[data-testid='uc-accept-all-button']"),
          By.xpath(
              "//button[translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'accept' or translate(normalize-space(.),"
                  + " 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = 'accept all'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'accept all cookies'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'allow all'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZÄ',"
                  + " 'abcdefghijklmnopqrstuvwxyzä') = 'alle akzeptieren'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'akzeptieren'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'aceptar'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'accetta'"
                  + " or translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                  + " 'abcdefghijklmnopqrstuvwxyz') = 'accepteren']"));

  private static final Duration POLL = Duration.ofMillis(100);
  private static final int MAX_SCROLL_STEPS = 200;

  private final WebDriver driver;
  private final DriverService service;
  private final Path profile;
  private final NavigationGuard guard;
  private final BrowserSettings settings;
  private boolean closed;

  /**
   * @param driver a started driver; this browser owns it from now on
   * @param service the driver's service, stopped on close (null when the driver owns its own)
   * @param profile the profile directory, deleted on close (null when there is none to delete)
   */
  public Browser(
      WebDriver driver,
      DriverService service,
      Path profile,
      NavigationGuard guard,
      BrowserSettings settings) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.service = service;
    this.profile = profile;
    this.guard = Objects.requireNonNull(guard, "guard");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Whether a failure means the browser session is gone (crashed, killed, disconnected), so the
   * work must start again in a fresh browser. Looks through the whole cause chain.
   */
  public static boolean isSessionLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof NoSuchSessionException
          || t instanceof UnreachableBrowserException
          || t instanceof SessionNotCreatedException) {
        return true;
      }
      if (t instanceof WebDriverException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("disconnected")
            || message.contains("not reachable")
            || message.contains("session deleted")
            || message.contains("invalid session id")
            || message.contains("target closed")
            || message.contains("target window already closed")
            || message.contains("tab crashed")
            || message.contains("page crash")
            || message.contains("connection refused")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The underlying driver, for what the helpers do not cover. Navigate with {@link #open}. */
  public WebDriver driver() {
    return driver;
  }

  /** Loads a page (through the guard) and waits until the document has loaded. */
  public void open(URI url) {
    guard.navigate(
        url,
        requested -> {
          driver.get(requested.toString());
          return null;
        });
    waitUntilDocumentLoaded();
  }

  /** The address shown, as the site publishes it. */
  public URI currentUrl() {
    return guard.toSiteUrl(URI.create(driver.getCurrentUrl()));
  }

  /** The DOM as HTML now, after scripts ran. */
  public String pageSource() {
    return driver.getPageSource();
  }

  /** The current DOM as a page, with links resolving against the site's own URL. */
  public Page snapshot() {
    return Page.ofHtml(currentUrl(), pageSource());
  }

  /** Waits until the condition returns a non-null, non-false value, up to the wait timeout. */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return waitUntil(settings.waitTimeout(), condition);
  }

  /**
   * Waits until the condition returns a non-null, non-false value.
   *
   * @throws TimeoutException when it does not within the timeout
   */
  public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
    return new FluentWait<>(driver)
        .withTimeout(timeout)
        .pollingEvery(POLL)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits for an element to be present and displayed. */
  public WebElement waitForElement(By locator) {
    return waitUntil(
        d ->
            d.findElements(locator).stream().filter(Browser::isDisplayed).findFirst().orElse(null));
  }

  /** Waits until at least {@code count} elements match, and returns them. */
  public List<WebElement> waitForAtLeast(By locator, int count) {
    return waitUntil(
        d -> {
          List<WebElement> found = d.findElements(locator);
          return found.size() >= count ? found : null;
        });
  }

  /** The first matching element that is displayed and enabled (not {@code aria-disabled}). */
  public Optional<WebElement> findClickable(By locator) {
    return driver.findElements(locator).stream().filter(Browser::isClickable).findFirst();
  }

  /** Runs JavaScript in the page. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * Clicks an element (paced like a navigation, since it usually loads content) and waits for the
   * page to show the result.
   *
   * @param element what to click (see {@link #click(WebElement)})
   * @param done the condition that shows the click took effect, e.g. the first card changed
   * @throws TimeoutException when the condition does not hold within the wait timeout
   */
  public <T> T clickAndWait(WebElement element, Function<WebDriver, T> done) {
    click(element);
    return waitUntil(done);
  }

  /**
   * Clicks an element that loads content (a pagination button), paced like a navigation to the
   * current page's host. When an overlay intercepts the click, the overlay is dismissed and,
   * failing that, the click is sent through JavaScript.
   */
  public void click(WebElement element) {
    guard.navigate(
        currentUrl(),
        ignored -> {
          clickThroughOverlays(element);
          return null;
        });
  }

  /**
   * Clicks a cookie-consent "accept" button if one is showing and waits for it to go away.
   *
   * @return whether an overlay was dismissed
   */
  public boolean dismissCookieOverlay() {
    return dismissCookieOverlay(COOKIE_ACCEPT_BUTTONS);
  }

  /** As {@link #dismissCookieOverlay()}, with the site's own accept buttons. */
  public boolean dismissCookieOverlay(List<By> acceptButtons) {
    for (By locator : acceptButtons) {
      Optional<WebElement> button = findClickable(locator);
      if (button.isPresent()) {
        clickOrScript(button.get());
        try {
          waitUntil(
              settings.settleTimeout(),
              d -> d.findElements(locator).stream().noneMatch(Browser::isDisplayed));
        } catch (TimeoutException e) {
          return false;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Scrolls down a viewport at a time to the end of the page, and keeps going while new content
   * appears (more {@code items}, or a taller page) within the settle timeout. Lazy images load as
   * they come into view.
   *
   * @return the number of {@code items} at the end
   */
  public int scrollToLoadAll(By items) {
    int count = driver.findElements(items).size();
    long position = 0;
    for (int step = 0; step < MAX_SCROLL_STEPS; step++) {
      long height = documentHeight();
      long viewport = number(script("return window.innerHeight || 800;"));
      position = Math.min(position + Math.max(viewport, 200), height);
      script("window.scrollTo(0, arguments[0]);", position);
      if (position < height) {
        continue;
      }
      int before = count;
      try {
        waitUntil(
            settings.settleTimeout(),
            d -> d.findElements(items).size() > before || documentHeight() > height);
      } catch (TimeoutException e) {
        return driver.findElements(items).size();
      }
      count = driver.findElements(items).size();
    }
    return count;
  }

  /** Waits until {@code document.readyState} is {@code complete}. */
  public void waitUntilDocumentLoaded() {
    waitUntil(
        settings.pageLoadTimeout(),
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Sets the user agent to Chromium's own plus our product token, so sites can tell who we are. */
  /**
   * Replaces the page's alert, confirm and prompt dialogs (and the leave-page question) with no-ops
   * in every document before its own scripts run: an open dialog fails whatever WebDriver command
   * happens to come next, so a page that opens one on a timer would break the scrape at random.
   */
  void silenceDialogs() {
    if (!(driver instanceof ChromiumDriver chromiumDriver)) {
      return;
    }
    chromiumDriver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.alert = function () {};"
                + " window.confirm = function () { return false; };"
                + " window.prompt = function () { return null; };"
                + " Object.defineProperty(window, 'onbeforeunload',"
                + " { set: function () {}, get: function () { return null; } });"));
  }

  void identifyAs(String product) {
    if (product == null
        || product.isBlank()
        || !(driver instanceof ChromiumDriver chromiumDriver)) {
      return;
    }
    String own = String.valueOf(script("return navigator.userAgent;"));
    chromiumDriver.executeCdpCommand(
        "Network.setUserAgentOverride", Map.of("userAgent", own + " " + product));
  }

  private void clickThroughOverlays(WebElement element) {
    try {
      element.click();
    } catch (ElementNotInteractableException e) {
      // Includes ElementClickInterceptedException: something (usually a consent overlay) covers it.
      dismissCookieOverlay();
      clickOrScript(element);
    }
  }

  private void clickOrScript(WebElement element) {
    try {
      element.click();
    } catch (ElementNotInteractableException e) {
      script("arguments[0].click();", element);
    }
  }

  private long documentHeight() {
    return number(
        script(
            "return Math.max(document.body ? document.body.scrollHeight : 0,"
                + " document.documentElement.scrollHeight);"));
  }

  private static long number(Object value) {
    return value instanceof Number number ? number.longValue() : 0L;
  }

  private static boolean isDisplayed(WebElement element) {
    try {
      return element.isDisplayed();
    } catch (StaleElementReferenceException e) {
      return false;
    }
  }

  private static boolean isClickable(WebElement element) {
    try {
      return element.isDisplayed()
          && element.isEnabled()
          && !"true".equalsIgnoreCase(element.getAttribute("aria-disabled"));
    } catch (StaleElementReferenceException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // The browser may already be dead; the driver service and leftover processes are cleaned
      // below.
    }
    if (service != null) {
      try {
        service.stop();
      } catch (RuntimeException e) {
        // Stopping a driver that already exited is not an error.
      }
    }
    if (profile != null) {
      killProcessesUsing(profile);
      deleteQuietly(profile);
    }
  }

  /**
   * Kills this JVM's child processes started with the profile directory (crashed-browser
   * leftovers).
   */
  static void killProcessesUsing(Path profile) {
    String marker = profile.toString();
    ProcessHandle.current()
        .descendants()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(args -> String.join(" ", args).contains(marker))
                    .orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
  }

  static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // A profile file still held by a dying process; the temp directory is cleaned by the
      // platform.
    }
  }

  /** The profile directory (for tests that simulate a crash). */
  Path profile() {
    return profile;
  }
}
