/** robots.txt (RFC 9309) parsing and matching, with no I/O. */
package dev.rescuedogs.scraping.robots;
