package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * The document {@code id} read through {@code loader}, for a lazy stream of entries.
   *
   * @throws UncheckedIOException if it cannot be read, or the store returns another document
   */
  static IndexEntry load(DocumentLoader loader, String id, String contentHash) {
    try {
      Document doc = loader.load(id);
      if (!doc.id().equals(id)) throw new IOException("the store returned document " + doc.id() + " when asked for " + id);
      return new IndexEntry(doc, contentHash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
