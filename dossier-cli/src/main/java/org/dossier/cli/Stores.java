package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;

/** Opens edition folders for commands, turning store errors into one-line CLI errors. */
final class Stores {
  private Stores() {}

  /** Opens for reading only: no lock, so it works beside a writer or a server. */
  static EditionStore openReadOnly(Path dir) {
    try {
      return EditionStore.openReadOnly(dir);
    } catch (StoreException e) {
      throw new CliException(e.getMessage(), 1, e);
    }
  }

  /** Opens for writing (takes the edition's lock and repairs what a crash left). */
  static EditionStore open(Path dir) {
    try {
      return EditionStore.open(dir);
    } catch (StoreException e) {
      throw new CliException(e.getMessage(), 1, e);
    }
  }
}
