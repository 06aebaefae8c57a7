package org.dossier.app;

import org.jspecify.annotations.Nullable;

/**
 * A failure the user can act on: an edition that cannot be opened or written, a source that is
 * missing, an index another process holds. The message says what and where (the file, and
 * line:column where there is one) and is meant to be shown as it is; the cause is kept.
 */
public class AppException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A failure without a cause. */
  public AppException(String message) {
    super(message);
  }

  /** A failure with its cause (or null). */
  public AppException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
