package org.dossier.model;

import org.jspecify.annotations.Nullable;

/**
 * A person's membership of an organisation for a time, as a register of persons records it
 * (Parla-CLARIN {@code affiliation}): "Member of Parliament, House of Commons, 2015-05-07 to
 * 2017-05-03".
 *
 * @param organization the organisation's name ("House of Commons", "Labour")
 * @param role the role held, in words ("member", "Minister of Finance"), or null
 * @param from the first day (ISO 8601 date, year or month), or null when open
 * @param to the last day (ISO 8601), or null when open
 */
public record Affiliation(String organization, @Nullable String role, @Nullable String from, @Nullable String to) {
  public Affiliation {
    Checks.nonBlank(organization, "organization");
    role = Checks.optional(role);
    from = Checks.optional(from);
    to = Checks.optional(to);
  }
}
