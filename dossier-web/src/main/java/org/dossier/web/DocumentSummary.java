package org.dossier.web;

import java.util.List;
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
 * @param sections the titles of the divisions that hold the document, outermost first
 */
public record DocumentSummary(
    String id, @Nullable String number, String title, @Nullable DocDate date, @Nullable String type,
    List<String> sections) {
  public DocumentSummary {
    Ids.requireUrlSafe(id, "document id");
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
  }

  /** A line for a document outside any division. */
  public DocumentSummary(String id, @Nullable String number, String title, @Nullable DocDate date, @Nullable String type) {
    this(id, number, title, date, type, List.of());
  }

  /** The summary of {@code d}. */
  public static DocumentSummary of(Document d) {
    return new DocumentSummary(d.id(), d.number(), d.title(), d.date(), d.type(), d.sections());
  }
}
