package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a page as a reader sees it, with the place in the source file where it starts.
 * Blank lines separate paragraphs. The HTML importer renders elements into such lines so that
 * both formats go through one layout parser.
 *
 * @param text the line, without its line end
 * @param line the 1-based source line
 * @param column the 1-based source column (code points) of the line's first character
 */
public record PageLine(String text, int line, int column) {
  public PageLine {
    Objects.requireNonNull(text, "text");
    if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
    if (column < 1) throw new IllegalArgumentException("column must be >= 1: " + column);
  }

  /** Whether the line holds nothing but white space. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** Splits clean text (LF line ends) into lines numbered from 1. */
  public static List<PageLine> split(String text) {
    List<PageLine> lines = new ArrayList<>();
    int start = 0;
    int n = 1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      lines.add(new PageLine(text.substring(start, end), n++, 1));
      start = end + 1;
    }
    return lines;
  }
}
