package org.dossier.store;

import java.nio.file.Path;

/** A folder that is not a Dossier edition: it has no {@code edition.json}. */
public final class NotAnEditionException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient Path dir;

  /** The folder {@code dir} is not an edition (or does not exist). */
  public NotAnEditionException(Path dir, String why) {
    super(dir + " is not a Dossier edition (" + why + ")");
    this.dir = dir;
  }

  /** The folder that was opened. */
  public Path dir() {
    return dir;
  }
}
