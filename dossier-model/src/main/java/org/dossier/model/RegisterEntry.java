package org.dossier.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry of an edition's register of persons, places or terms.
 *
 * @param id the id used by mentions ({@code p_GMS_1}); not necessarily URL-safe
 * @param name the name as the register prints it ("Gorbachev, Mikhail S.")
 * @param description what the register says about it, or null
 * @param sex a person's sex as the register codes it ("M", "F"), or null
 * @param affiliations a person's memberships of organisations with their dates, in register order
 */
public record RegisterEntry(
    String id, String name, @Nullable String description, @Nullable String sex, List<Affiliation> affiliations) {
  public RegisterEntry {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
    description = Checks.optional(description);
    sex = Checks.optional(sex);
    affiliations = Checks.list(affiliations, "affiliations");
  }

  /** An entry with a name and a description only. */
  public RegisterEntry(String id, String name, @Nullable String description) {
    this(id, name, description, null, List.of());
  }
}
