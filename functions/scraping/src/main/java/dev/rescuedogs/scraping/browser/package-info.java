/**
 * Headless Chromium through Selenium, at explicit paths (Selenium Manager never runs), one browser
 * per scrape, with condition-based helpers for JavaScript sites.
 */
package dev.rescuedogs.scraping.browser;
