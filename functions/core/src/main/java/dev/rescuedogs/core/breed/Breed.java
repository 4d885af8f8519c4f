package dev.rescuedogs.core.breed;

import dev.rescuedogs.core.size.DogSize;
import java.util.List;
import java.util.Objects;

/**
 * A breed of the registry.
 *
 * @param name canonical English name, the display label ("Galgo Español")
 * @param group breed group
 * @param typicalSize typical adult size, the size estimate when a dog's size is not stated
 * @param designer whether this is a designer cross (Cockapoo …)
 * @param parents the two parent breeds of a designer cross, empty otherwise
 * @param slug URL slug of the name, ASCII ("galgo-espanol")
 */
public record Breed(
    String name,
    BreedGroup group,
    DogSize typicalSize,
    boolean designer,
    List<String> parents,
    String slug) {

  public Breed {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(typicalSize, "typicalSize");
    parents = List.copyOf(parents);
    Objects.requireNonNull(slug, "slug");
  }
}
