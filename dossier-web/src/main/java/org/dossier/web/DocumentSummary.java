package org.dossier.web;

import java.util.Objects;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * One line of an edition's table of contents.
 *
 * @param id the document id (URL-safe)
 * @param number the printed number ("51"), or null
 * @param title the title
 * @param date the date, or null
 * @param type the document type (memcon, telegram…), or null when unknown
 */
public record DocumentSummary(
    String id, @Nullable String number, String title, @Nullable DocDate date, @Nullable String type) {
  public DocumentSummary {
    Ids.requireUrlSafe(id, "document id");
    Objects.requireNonNull(title, "title");
  }

  /** The summary of {@code d}. */
  public static DocumentSummary of(Document d) {
    return new DocumentSummary(d.id(), d.number(), d.title(), d.date(), d.type());
  }
}
