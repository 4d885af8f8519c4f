/**
 * The scraper template ({@link dev.rescuedogs.scraping.scrape.OrganizationScraper}) every
 * organization's scraper extends, the listing session that refuses incomplete listings, and the
 * values a parser produces.
 */
package dev.rescuedogs.scraping.scrape;
