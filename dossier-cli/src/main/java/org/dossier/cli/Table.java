package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain-text table whose columns line up: each column as wide as its widest cell, measured in
 * what a terminal shows (code points, combining marks taking no room, East Asian wide characters
 * two), two spaces between columns; the last column is not padded.
 */
final class Table {
  private Table() {}

  /** Prints {@code rows} (the first one the headings), all with the same number of cells. */
  static void print(List<List<String>> rows, PrintWriter out) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      if (row.size() != columns) throw new IllegalArgumentException("every row must have " + columns + " cells: " + row);
      for (int c = 0; c < columns - 1; c++) widths[c] = Math.max(widths[c], width(row.get(c)));
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c).replaceAll("[\\t\\n\\r]+", " ");
        line.append(cell);
        if (c < columns - 1) line.append(" ".repeat(widths[c] - width(cell) + 2));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** The columns {@code s} takes on a terminal. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  /** CJK ideographs, Hangul, kana and full-width forms: two columns each. */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
