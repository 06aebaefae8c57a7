package org.dossier.app;

import java.time.Instant;
import java.util.List;
import org.dossier.store.DocumentEntry;
import org.jspecify.annotations.Nullable;

/**
 * One document as its edition lists it in {@code edition.json}: enough for a table of contents,
 * and a hash that changes exactly when the document does, without reading its file.
 *
 * @param id the document id (URL-safe)
 * @param sha256 the SHA-256 of the document's file, as lower-case hex
 * @param number the printed number ("51"), or null
 * @param title the title (may be empty)
 * @param date the date in {@link org.dossier.model.DocDate#toString()} form, or null
 * @param type the document type (memcon, telegram, debate…), or null
 * @param sections the titles of the divisions that hold the document, outermost first
 * @param modified when the document was last written with different content (UTC, whole seconds)
 */
public record ListedDocument(String id, String sha256, @Nullable String number, String title, @Nullable String date,
    @Nullable String type, List<String> sections, Instant modified) {
  public ListedDocument {
    sections = List.copyOf(sections);
  }

  static ListedDocument of(DocumentEntry e) {
    return new ListedDocument(e.id(), e.sha256(), e.number(), e.title(), e.date(), e.type(), e.sections(),
        e.modified());
  }
}
