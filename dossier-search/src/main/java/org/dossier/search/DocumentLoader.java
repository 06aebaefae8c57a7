package org.dossier.search;

import java.io.IOException;
import org.dossier.model.Document;

/** Loads a document from the source of truth (the edition store) by id, for {@link SearchIndex#sync}. */
@FunctionalInterface
public interface DocumentLoader {
  /**
   * The document with id {@code documentId}.
   *
   * @throws IOException if it cannot be read
   */
  Document load(String documentId) throws IOException;
}
