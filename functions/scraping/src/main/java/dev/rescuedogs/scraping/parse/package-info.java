/**
 * Parsing helpers shared by the organizations' scrapers: text lines of an element and "Label:
 * value" facts. Site-specific selectors stay in each scraper.
 */
package dev.rescuedogs.scraping.parse;
