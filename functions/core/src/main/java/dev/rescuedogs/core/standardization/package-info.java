/**
 * Standardization of scraped dogs: {@link dev.rescuedogs.core.standardization.DogStandardizer}
 * turns one {@link dev.rescuedogs.core.dog.RawDog} and a reference time into a {@link
 * dev.rescuedogs.core.dog.StandardizedDog} (pure, deterministic, thread-safe), using the rules of
 * the feature packages ({@code breed}, {@code age}, {@code size}, {@code sex}, {@code name}, {@code
 * status}, {@code text}, {@code quality}). {@link
 * dev.rescuedogs.core.standardization.JsonLinesStandardizer} is the engine of the {@code
 * standardize} command: JSON lines in, one standardized JSON object (or error object) per line out.
 */
package dev.rescuedogs.core.standardization;
