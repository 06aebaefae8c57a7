package org.dossier.model;

import org.jspecify.annotations.Nullable;

/**
 * Who speaks in a turn, as printed and as resolved.
 *
 * @param name the label as printed ("Gorbachev", "The President") or the resolved name
 * @param role the speaker's office or role in the turn, in words ("ambassador to Poland", "Chair",
 *     "Member of Parliament", "Minister of Finance"), or null; never a coded value such as "regular"
 * @param ref the id of the person in the edition's register, or null when unresolved
 * @param party the speaker's party affiliation at the date of the document, or null
 * @param label the speaker label as the transcript prints it before the turn ("PRESIDENT:",
 *     "Místopředseda PSP Vojtěch Filip"), when it differs from {@code name}; else null
 */
public record Speaker(
    String name, @Nullable String role, @Nullable String ref, @Nullable String party, @Nullable String label) {
  public Speaker {
    Checks.nonBlank(name, "name");
    role = Checks.optional(role);
    ref = Checks.optional(ref);
    party = Checks.optional(party);
    label = Checks.optional(label);
  }

  /** A speaker without a printed label. */
  public Speaker(String name, @Nullable String role, @Nullable String ref, @Nullable String party) {
    this(name, role, ref, party, null);
  }

  /** A speaker known only by name. */
  public static Speaker named(String name) {
    return new Speaker(name, null, null, null);
  }

  /** A speaker with a printed role. */
  public static Speaker of(String name, @Nullable String role) {
    return new Speaker(name, role, null, null);
  }

  /** This speaker with the label printed before the turn (or none). */
  public Speaker withLabel(@Nullable String newLabel) {
    return new Speaker(name, role, ref, party, newLabel);
  }
}
