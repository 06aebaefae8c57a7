package org.dossier.app;

/**
 * The search index is held for writing by another process (a server, another command). Writes to
 * the edition still succeed; the holder brings its index up to date when it sees them.
 */
public final class IndexBusyException extends AppException {
  private static final long serialVersionUID = 1L;

  /** The index described by {@code message} is busy; {@code cause} is the engine's own error. */
  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
