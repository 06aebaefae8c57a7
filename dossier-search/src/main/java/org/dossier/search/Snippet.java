package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A keyword-in-context passage: plain text and the spans of it that matched the query. The text
 * is never markup: whoever shows a snippet escapes it for its medium (HTML, a terminal) and marks
 * the highlights its own way.
 *
 * <pre>{@code
 * Snippet s = new Snippet("We will advocate leasing in industry.", List.of(new Snippet.Range(17, 24)));
 * s.marked("«", "»"); // "We will advocate «leasing» in industry."
 * }</pre>
 *
 * @param text the passage as it stands in the paragraph (with " … " between passages, if several)
 * @param highlights the matching spans, in Unicode code points into {@code text} (not UTF-16
 *     units), sorted, not overlapping, none empty
 */
public record Snippet(String text, List<Range> highlights) {
  /**
   * Validates that every highlight lies inside {@code text} and that they are in order.
   *
   * @throws IllegalArgumentException naming the first highlight out of bounds or out of order
   */
  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int length = text.codePointCount(0, text.length());
    int previousEnd = 0;
    for (Range r : highlights) {
      if (r.end() > length) {
        throw new IllegalArgumentException(
            "highlight [" + r.start() + ", " + r.end() + ") ends beyond the text's " + length + " code points");
      }
      if (r.start() < previousEnd) {
        throw new IllegalArgumentException(
            "highlight [" + r.start() + ", " + r.end() + ") overlaps or precedes the one before it");
      }
      previousEnd = r.end();
    }
  }

  /** {@code text} with nothing highlighted. */
  public static Snippet of(String text) {
    return new Snippet(text, List.of());
  }

  /**
   * The text cut at the highlights, in order: the text joined again is {@link #text()}. Empty
   * pieces are left out, so an empty snippet has no parts.
   */
  public List<Part> parts() {
    List<Part> parts = new ArrayList<>(2 * highlights.size() + 1);
    int at = 0; // UTF-16 index into text
    int atCodePoint = 0;
    for (Range r : highlights) {
      int start = text.offsetByCodePoints(at, r.start() - atCodePoint);
      int end = text.offsetByCodePoints(start, r.end() - r.start());
      if (start > at) parts.add(new Part(text.substring(at, start), false));
      parts.add(new Part(text.substring(start, end), true));
      at = end;
      atCodePoint = r.end();
    }
    if (at < text.length()) parts.add(new Part(text.substring(at), false));
    return parts;
  }

  /** The text with every highlight between {@code open} and {@code close}; nothing is escaped. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    for (Part p : parts()) {
      if (p.highlighted()) out.append(open).append(p.text()).append(close);
      else out.append(p.text());
    }
    return out.toString();
  }

  /**
   * A span of a snippet's text, in code points.
   *
   * @param start the first code point
   * @param end the code point after the last; greater than {@code start}
   */
  public record Range(int start, int end) {
    /** @throws IllegalArgumentException if {@code start} is negative or the range is empty */
    public Range {
      if (start < 0 || end <= start) throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  /**
   * A piece of a snippet's text.
   *
   * @param text the piece
   * @param highlighted whether it matched the query
   */
  public record Part(String text, boolean highlighted) {
    public Part {
      Objects.requireNonNull(text, "text");
    }
  }
}
