package org.dossier.tei;

import org.jspecify.annotations.Nullable;

/**
 * A source that cannot be imported at all: not well-formed, empty, binary, too large, hostile.
 * The message is one line and ends with the place: {@code "… (at letters/1794.xml:41:17)"}.
 */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;

  /**
   * An error at a place in a file ({@code line}/{@code column} 0 when unknown; a negative one, as
   * Woodstox gives for some bad characters, is unknown too).
   */
  public SourceException(String message, String file, int line, int column, @Nullable Throwable cause) {
    // One line, as a terminal shows it: a line break in quoted source text is shown as \n.
    super((message + " (at " + place(file, Math.max(0, line), Math.max(0, column)) + ")")
        .replace("\r", "\\r").replace("\n", "\\n"), cause);
    this.file = file;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
  }

  /** An error about a whole file. */
  public SourceException(String message, String file) {
    this(message, file, 0, 0, null);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  private static String place(String file, int line, int column) {
    if (line <= 0) return file;
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
