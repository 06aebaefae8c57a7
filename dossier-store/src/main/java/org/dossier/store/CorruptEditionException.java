package org.dossier.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file of the edition cannot be understood: {@code edition.json} that is not valid JSON or
 * lacks a required field, or a document file that the format cannot read. The message ends
 * with the place: {@code "… (at /data/ed/edition.json:12:5)"}.
 */
public final class CorruptEditionException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;
  private final int column;

  /** A problem at {@code line:column} of {@code file} (0 when unknown). */
  public CorruptEditionException(String message, Path file, int line, int column, @Nullable Throwable cause) {
    super(message + " (at " + place(file, line, column) + ")", cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The file that is corrupt. */
  public Path file() {
    return file;
  }

  /** The line of the problem, 1-based, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, 1-based, or 0 when unknown. */
  public int column() {
    return column;
  }

  private static String place(Path file, int line, int column) {
    if (line <= 0) return file.toString();
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
