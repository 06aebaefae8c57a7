package org.dossier.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An edition store could not be created, opened, read or written. The message says what and
 * where ("cannot write to /data/ed: permission denied"); the cause is kept. Subclasses name the
 * cases a caller may want to tell apart.
 */
public class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An error with its cause (or null). */
  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** An error without a cause. */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Turns an I/O failure into an error that names the action and the path, with the reason in
   * plain words ({@code "cannot write to /data/ed: permission denied"}).
   */
  static StoreException io(String action, Path path, IOException e) {
    return new StoreException(action + " " + path + ": " + reason(e), e);
  }

  /** The reason of an I/O failure in plain words, without Java class names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
