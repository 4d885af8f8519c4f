/**
 * A local web server that serves a recorded or hand-written copy of a site from a folder, with
 * scriptable faults and a record of the requests: for tests and for running a scraper against a
 * copy.
 */
package dev.rescuedogs.scraping.replay;
