package org.dossier.ingest;

import java.util.Locale;
import java.util.Objects;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Something an importer was unsure of or repaired, with the place in the source.
 *
 * @param kind a lower-case slug that groups issues ({@code hyphenation}, {@code numbering},
 *     {@code unstructured}, {@code speaker}, {@code note}, {@code id}, {@code date},
 *     {@code reference}, {@code security}, {@code encoding}, {@link #EMPTY_REGISTER})
 * @param file the source file name
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column in code points, or 0 when unknown
 * @param message what was found, in a sentence
 * @param suggestion the repair the importer applied or proposes, or null
 */
public record ImportIssue(
    String kind, String file, int line, int column, String message, @Nullable String suggestion) {
  /**
   * The kind of the issue for a register of persons, places or terms that a source declares but
   * from which no entry could be read.
   */
  public static final String EMPTY_REGISTER = "empty-register";

  public ImportIssue {
    Objects.requireNonNull(kind, "kind");
    if (!kind.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("kind must be a lower-case slug: " + kind);
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must be >= 0: " + line);
    if (column < 0) throw new IllegalArgumentException("column must be >= 0: " + column);
  }

  /** {@code file:line:column}, as compilers print it (parts that are unknown are left out). */
  public String location() {
    if (line == 0) return file;
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  /**
   * One line for a terminal: {@code file:12:5: hyphenation: … (suggest: …)}; a control character
   * in the file's name or the message is escaped ({@code \n}), so it cannot break the line.
   */
  @Override
  public String toString() {
    return SourceException.oneLine(String.format(Locale.ROOT, "%s: %s: %s%s", location(), kind, message,
        suggestion == null ? "" : " (suggest: " + suggestion + ")"));
  }
}
