package org.dossier.store;

import java.nio.file.Path;

/**
 * Another writer holds the edition: a second process (or a second {@link EditionStore} in this
 * one) tried to open it for writing. Open it read-only, or wait until the other writer closes.
 */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The edition in {@code dir} is locked by another writer. */
  public StoreLockedException(Path dir) {
    super("the edition " + dir + " is open for writing elsewhere (another process holds "
        + dir.resolve(EditionStore.LOCK_FILE) + "); close the other writer or open it read-only");
  }
}
