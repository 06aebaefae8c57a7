package org.dossier.search;

import java.util.Objects;
import org.dossier.model.Document;

/**
 * A document to index, with the content hash the store computed for it (kept in the index so
 * that {@link SearchIndex#sync} can tell which documents changed).
 *
 * @param document the document
 * @param contentHash the store's content hash of the document, not blank
 */
public record IndexEntry(Document document, String contentHash) {
  public IndexEntry {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
    if (contentHash.isBlank()) throw new IllegalArgumentException("contentHash must not be blank");
  }
}
