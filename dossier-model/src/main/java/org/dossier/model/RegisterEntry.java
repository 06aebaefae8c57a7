package org.dossier.model;

import org.jspecify.annotations.Nullable;

/**
 * An entry of an edition's register of persons, places or terms.
 *
 * @param id the id used by mentions ({@code p_GMS_1}); not necessarily URL-safe
 * @param name the name as the register prints it ("Gorbachev, Mikhail S.")
 * @param description what the register says about it, or null
 */
public record RegisterEntry(String id, String name, @Nullable String description) {
  public RegisterEntry {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
    description = Checks.optional(description);
  }
}
