/**
 * Breed resolution against the registry in {@code breeds.yaml} (next to {@link
 * dev.rescuedogs.core.breed.BreedRegistry}): canonical breeds by group with typical sizes and
 * aliases in several languages, designer crosses, and the word lists of resolution (placeholders,
 * cross markers, hedges, separators). Adding a breed, an alias or a word is a change of that file
 * only; the registry refuses to load an alias that names two breeds.
 */
package dev.rescuedogs.core.breed;
