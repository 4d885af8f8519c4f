package dev.rescuedogs.scraping.browser;

/** No browser could be started (missing executable, driver/browser version mismatch...). */
public final class BrowserUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrowserUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
