package dev.rescuedogs.core.rawresult;

/**
 * How much of the listing was read.
 *
 * @param pagesExpected the pages the listing said it had (pagination "1 of 7", "X / Y", a REST
 *     total), summed over the listing's start URLs; a start URL whose pages announce no total
 *     counts the pages read by following "next" links to the end. Null when nothing was read.
 * @param pagesSeen listing pages read (in the last attempt, when the browser was restarted)
 * @param browserRestarts times the whole listing was started again from a fresh browser after the
 *     browser session died
 */
public record ListingCompleteness(Integer pagesExpected, int pagesSeen, int browserRestarts) {}
