package org.dossier.ingest.internal.teitext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * The text of one block as it is read: runs of XML whitespace collapse to one space, leading and
 * trailing whitespace is dropped, text is NFC, and every offset counts code points. A space is
 * only written when the next visible character arrives, so an element that adds no whitespace
 * (a page break in the middle of a word) never splits the word.
 */
public final class TextBuffer {
  private final StringBuilder text = new StringBuilder(256);
  private final List<Mark> marks = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private int codePoints;
  private boolean pendingSpace;
  private boolean glued;
  /** The index of the first mark {@link #pointMark} added since the last visible character, or -1. */
  private int pointMarksFrom = -1;

  /** Appends source text, collapsing whitespace. */
  public void append(String chars) {
    String s = isNfc(chars) ? chars : Normalizer.normalize(chars, Normalizer.Form.NFC);
    int len = s.length();
    int i = 0;
    while (i < len) {
      char c = s.charAt(i);
      if (isXmlSpace(c)) {
        if (codePoints > 0 && !glued) pendingSpace = true;
        i++;
        continue;
      }
      int j = i + 1;
      while (j < len && !isXmlSpace(s.charAt(j))) j++;
      flushSpace();
      text.append(s, i, j);
      codePoints += Character.codePointCount(s, i, j);
      glued = false;
      i = j;
    }
  }

  /** NFC already: below U+0300 every character is (the fast path for Latin text), else ask. */
  private static boolean isNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x300) return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }
    return true;
  }

  /** A word boundary (a line break, a table cell): a space unless the text ends or starts here. */
  public void space() {
    if (codePoints > 0 && !glued) pendingSpace = true;
  }

  /** Joins the next visible character to the previous one: drops a pending space and the next one. */
  public void glue() {
    pendingSpace = false;
    glued = true;
  }

  /** Whether nothing visible has been written. */
  public boolean isEmpty() {
    return codePoints == 0;
  }

  /** The length in code points of what has been written, without a pending space. */
  public int length() {
    return codePoints;
  }

  /** Where the next visible character will land: after the pending space, if any. */
  public int nextOffset() {
    return codePoints + (pendingSpace ? 1 : 0);
  }

  /** The text written so far. */
  public String text() {
    return text.toString();
  }

  /**
   * Writes an editorial mark as printed ({@code [text not declassified]}) and records it.
   *
   * @param printed the text printed in the reading text, brackets included
   * @param content what the mark is about (the description of the omission)
   */
  public void appendMark(MarkType type, String printed, String content, @Nullable String lang) {
    int start = nextOffset();
    append(printed);
    int end = codePoints;
    if (end > start) marks.add(new Mark(type, start, end - start, content, lang));
  }

  /**
   * Records a mention over {@code [start, length())}, trimmed of spaces; ignored when empty.
   *
   * @param start an offset from {@link #nextOffset()} taken when the mention's element opened
   */
  public void mention(MentionType type, int start, String ref) {
    int from = Math.min(start, codePoints);
    int end = codePoints;
    if (end <= from || ref.isBlank()) return;
    mentions.add(new Mention(type, from, end - from, ref));
  }

  /** The mentions recorded so far, in the order they closed. */
  public List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  /**
   * Records a zero-length mark here (a page break): after the pending space when more text follows
   * it, else at the end of what has been written.
   */
  public void pointMark(MarkType type, String content) {
    if (pointMarksFrom < 0) pointMarksFrom = marks.size();
    marks.add(new Mark(type, codePoints, 0, content, null));
  }

  /**
   * Records a mark over {@code [start, length())} whose content is that printed span (italics, a
   * margin note); ignored when empty.
   *
   * @param start an offset from {@link #nextOffset()} taken when the mark's element opened
   */
  public void markSince(MarkType type, int start) {
    int from = Math.min(start, codePoints);
    if (codePoints <= from) return;
    int begin = text.offsetByCodePoints(0, from);
    marks.add(new Mark(type, from, codePoints - from, text.substring(begin), null));
  }

  /** Records a mark over the code points {@code [start, end)} of what has been written. */
  public void mark(MarkType type, int start, int end, String content) {
    if (start < 0 || end > codePoints || end < start) {
      throw new IllegalArgumentException("mark [" + start + ", " + end + ") outside [0, " + codePoints + ")");
    }
    marks.add(new Mark(type, start, end - start, content, null));
  }

  /** The text of {@code [start, length())}, or "" when empty. */
  public String since(int start) {
    if (start >= codePoints) return "";
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from).strip();
  }

  /** The block holding what was written. */
  public Block toBlock(int n, BlockKind kind, @Nullable Speaker speaker) {
    return new Block(n, kind, speaker, text.toString(), marks, mentions);
  }

  private void flushSpace() {
    if (pendingSpace) {
      for (int i = Math.max(0, pointMarksFrom); pointMarksFrom >= 0 && i < marks.size(); i++) {
        Mark m = marks.get(i);
        if (m.length() == 0 && m.offset() == codePoints) marks.set(i, new Mark(m.type(), codePoints + 1, 0, m.text(), m.lang()));
      }
      text.append(' ');
      codePoints++;
      pendingSpace = false;
    }
    pointMarksFrom = -1;
  }

  /** Whether {@code s} is empty or only XML whitespace (space, tab, CR, LF). */
  public static boolean isXmlSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isXmlSpace(s.charAt(i))) return false;
    }
    return true;
  }

  /** The four whitespace characters of XML. */
  public static boolean isXmlSpace(int cp) {
    return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r';
  }

  /** Collapses XML whitespace in {@code s} and trims it. */
  public static String collapse(String s) {
    TextBuffer b = new TextBuffer();
    b.append(s);
    return b.text();
  }
}
