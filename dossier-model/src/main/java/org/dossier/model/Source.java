package org.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the original of a document is kept, as printed and as structured fields.
 *
 * @param text the source line as printed, without its brackets ("Archive of the Gorbachev
 *     Foundation, Fond 2. Opis 1. …")
 * @param archive the archive that holds the original, or null
 * @param fond the fond or collection, or null
 * @param opis the opis or series, or null
 * @param delo the delo or file, or null
 * @param holding where a copy is held (e.g. "National Security Archive"), or null
 * @param translator who translated the document, or null
 */
public record Source(
    String text,
    @Nullable String archive,
    @Nullable String fond,
    @Nullable String opis,
    @Nullable String delo,
    @Nullable String holding,
    @Nullable String translator) {
  public Source {
    Objects.requireNonNull(text, "text");
    archive = Checks.optional(archive);
    fond = Checks.optional(fond);
    opis = Checks.optional(opis);
    delo = Checks.optional(delo);
    holding = Checks.optional(holding);
    translator = Checks.optional(translator);
  }

  /** A source known only as printed text. */
  public static Source ofText(String text) {
    return new Source(text, null, null, null, null, null, null);
  }
}
