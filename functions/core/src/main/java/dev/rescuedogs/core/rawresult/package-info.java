/**
 * The raw result of a scrape: a versioned JSON document, the contract between the scraper and the
 * standardization function. See {@link dev.rescuedogs.scraping.result.RawScrapeResult}.
 */
package dev.rescuedogs.core.rawresult;
