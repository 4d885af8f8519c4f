/**
 * Liveness checks of missing dogs: a dog missing from two consecutive successful scrapes has its
 * own adoption page checked, and the page's answer (gone, marked adopted or reserved, still listed)
 * is recorded with its evidence. The types here are shared by the function that asks for checks
 * (standardization), the one that makes them (the scraper) and the store that applies them.
 */
package dev.rescuedogs.core.liveness;
