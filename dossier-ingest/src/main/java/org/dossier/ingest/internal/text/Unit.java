package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph-sized piece of a page: one line, or consecutive lines of a hard-wrapped
 * paragraph joined with a space (or with nothing after a line-end hyphen). It remembers where
 * each line starts so that a position in its text maps back to the source line and column.
 */
final class Unit {
  private final StringBuilder text = new StringBuilder();
  private final List<int[]> starts = new ArrayList<>(2); // {offset in text, source line, source column}
  private String cached = "";

  Unit(PageLine first) {
    add(first, "");
  }

  /** Appends the next line of a hard-wrapped paragraph. */
  void append(PageLine next) {
    String t = cached;
    add(next, t.endsWith("-") && t.length() > 1 && Character.isLetter(t.charAt(t.length() - 2)) ? "" : " ");
  }

  private void add(PageLine line, String joiner) {
    String raw = line.text();
    int lead = 0;
    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
    text.append(joiner);
    starts.add(new int[] {text.length(), line.line(), line.column() + raw.codePointCount(0, lead)});
    text.append(raw.strip());
    cached = text.toString();
  }

  String text() {
    return cached;
  }

  /** The source line of the unit's first character. */
  int line() {
    return starts.get(0)[1];
  }

  /** The source {line, column} of the char at {@code offset} of {@link #text()}. */
  int[] place(int offset) {
    int[] seg = starts.get(0);
    for (int[] s : starts) if (s[0] <= offset) seg = s;
    String t = cached;
    int from = Math.min(seg[0], t.length());
    int to = Math.min(Math.max(offset, from), t.length());
    return new int[] {seg[1], seg[2] + t.codePointCount(from, to)};
  }
}
