package org.dossier.app;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Edition;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;

/** Opens edition folders for writing, turning store errors into {@link AppException}s with the same message. */
final class Stores {
  private Stores() {}

  /** Opens for writing: takes the edition's lock and repairs what a crash left. */
  static EditionStore open(Path dir) throws AppException {
    try {
      return EditionStore.open(dir);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /** The document files of {@code store} that cannot be read, as the application reports them. */
  static List<DamagedFile> damaged(EditionStore store) {
    return store.damaged().stream().map(d -> new DamagedFile(d.id(), d.file(), d.problem())).toList();
  }

  /** Creates an edition in {@code dir}, absent or empty. */
  static Edition init(Path dir, String id, String title) throws AppException {
    try (EditionStore store = EditionStore.init(dir, id, title)) {
      return store.edition();
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }
}
