package org.dossier.store;

import java.util.Objects;
import org.dossier.model.Ids;

/**
 * A document file the edition lists or holds but cannot read: cut short, changed by hand into
 * something that is not a document, or holding another id than its name. It is left out of
 * {@link EditionStore#documents()} so that the rest of the edition stays usable; {@link
 * EditionStore#quarantine} moves it aside, and {@link EditionStore#put} (a re-import) or {@link
 * EditionStore#remove} mends it.
 *
 * @param id the document id, from the file's name
 * @param file where the file is now, relative to the edition folder with {@code /}:
 *     {@code documents/memo-7.xml}, or {@code .quarantine/memo-7.xml} once moved aside
 * @param problem why it cannot be read, naming the file and the position where there is one
 */
public record DamagedDocument(String id, String file, String problem) {
  public DamagedDocument {
    Ids.requireUrlSafe(id, "document id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }

  /** Whether the file has been moved aside into {@code .quarantine/}. */
  public boolean quarantined() {
    return file.startsWith(EditionStore.QUARANTINE_DIR + "/");
  }
}
