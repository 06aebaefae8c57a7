package org.dossier.model;

import org.jspecify.annotations.Nullable;

/**
 * Who speaks in a turn, as printed and as resolved.
 *
 * @param name the label as printed ("Gorbachev", "The President") or the resolved name
 * @param role the role in parentheses or from the debate ("ambassador to Poland", "chair"), or null
 * @param ref the id of the person in the edition's register, or null when unresolved
 * @param party the speaker's party affiliation at the date of the document, or null
 */
public record Speaker(String name, @Nullable String role, @Nullable String ref, @Nullable String party) {
  public Speaker {
    Checks.nonBlank(name, "name");
    role = Checks.optional(role);
    ref = Checks.optional(ref);
    party = Checks.optional(party);
  }

  /** A speaker known only by name. */
  public static Speaker named(String name) {
    return new Speaker(name, null, null, null);
  }

  /** A speaker with a printed role. */
  public static Speaker of(String name, @Nullable String role) {
    return new Speaker(name, role, null, null);
  }
}
