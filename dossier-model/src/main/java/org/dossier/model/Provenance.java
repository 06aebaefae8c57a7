package org.dossier.model;

import org.jspecify.annotations.Nullable;

/**
 * What a document was imported from, by which importer, and when.
 *
 * @param file the source file name (not a full path: the store must not leak local paths)
 * @param format the importer that read it ({@code text}, {@code html}, {@code tei-frus},
 *     {@code tei-parla}, {@code tei-dossier}, {@code tei} for any other TEI)
 * @param importedAt ISO 8601 instant of the import, or null when unknown
 */
public record Provenance(String file, String format, @Nullable String importedAt) {
  public Provenance {
    Checks.nonBlank(file, "file");
    Checks.nonBlank(format, "format");
    importedAt = Checks.optional(importedAt);
  }
}
