/**
 * Liveness checks of missing dogs' own adoption pages ({@link
 * dev.rescuedogs.scraping.liveness.LivenessChecker}): gone (404/410, or redirected to the listing
 * or home page), marked adopted or reserved in the page's title, heading or badges, or still listed
 * — each with the evidence a person can verify. A free, explainable replacement for the original
 * system's paid third-party check.
 */
package dev.rescuedogs.scraping.liveness;
