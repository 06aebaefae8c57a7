package org.dossier.tei;

/** Walks a string forward by code-point offsets, handing out the text between them. */
final class CodePointCursor {
  private final String text;
  private int offset;
  private int index;

  CodePointCursor(String text) {
    this.text = text;
  }

  /** The text from the current offset to {@code to} (code points, not before the current one); moves there. */
  String advanceTo(int to) {
    int end = text.offsetByCodePoints(index, to - offset);
    String s = text.substring(index, end);
    index = end;
    offset = to;
    return s;
  }
}
