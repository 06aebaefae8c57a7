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
    // One line, as a terminal shows it: a line break in quoted source text or in the file's name is shown as \n.
    // A negative line or column from the parser is an unknown one (0).
    super(oneLine(message + " (at " + place(file, Math.max(0, line), Math.max(0, column)) + ")"), cause);
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

  /**
   * {@code text} fit for a one-line message: line breaks, tabs and other control characters (a
   * file may be named with any of them) become {@code \n}, {@code \r}, {@code \t} or
   * {@code \u001b}, so that a name cannot break the line or forge another.
   */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
      if (out == null) continue;
      if (!control) out.append(c);
      else if (c == '\n') out.append("\\n");
      else if (c == '\r') out.append("\\r");
      else if (c == '\t') out.append("\\t");
      else out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static String place(String file, int line, int column) {
    if (line <= 0) return file;
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
