/**
 * Polite HTTP: the one fetcher every scraper uses ({@link
 * dev.rescuedogs.scraping.fetch.HttpFetcher}) — robots.txt, per-host pacing, retries with back-off,
 * body cap, charset detection, conditional GET, statistics — and the mapping that lets a scraper
 * run against a local copy of its site.
 */
package dev.rescuedogs.scraping.fetch;
