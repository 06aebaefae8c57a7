package org.dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A numbered block of a document: a paragraph, a speaker turn's paragraph, a heading, a list
 * item. Its {@code n} is the printed paragraph number when the source numbers paragraphs, else a
 * sequential number the importer assigns; it is what permalinks ({@code #p38}) and citations
 * ("¶ 38") use.
 *
 * @param n the paragraph number, positive and unique within the document
 * @param kind what the block is
 * @param speaker the speaker of the turn this block belongs to, or null
 * @param text the reading text, NFC, editorial brackets as printed, no note calls
 * @param marks editorial marks, in text order, within the text
 * @param mentions register mentions, in text order, within the text
 * @param page the printed page on which the block starts ({@code "25"}, {@code "xii"}), or null when
 *     the source prints no pages (whitespace collapsed); page breaks inside the block are
 *     {@link MarkType#PAGE_BREAK} marks
 */
public record Block(
    int n, BlockKind kind, @Nullable Speaker speaker, String text, List<Mark> marks, List<Mention> mentions,
    @Nullable String page) {
  public Block {
    page = Checks.collapsed(page);
    if (n <= 0) throw new IllegalArgumentException("paragraph number must be positive: " + n);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    marks = sorted(Checks.list(marks, "marks"), Comparator.comparingInt(Mark::offset));
    mentions = sorted(Checks.list(mentions, "mentions"), Comparator.comparingInt(Mention::offset));
    int size = Checks.codePoints(text);
    for (Mark m : marks) {
      if (m.end() > size) {
        throw new IllegalArgumentException(
            "mark " + m.type().jsonName() + " [" + m.offset() + ", " + m.end() + ") is outside paragraph " + n
                + " of " + size + " code points");
      }
    }
    for (Mention m : mentions) {
      if (m.end() > size) {
        throw new IllegalArgumentException(
            "mention of " + m.ref() + " [" + m.offset() + ", " + m.end() + ") is outside paragraph " + n
                + " of " + size + " code points");
      }
    }
  }

  /** A block with no printed page. */
  public Block(
      int n, BlockKind kind, @Nullable Speaker speaker, String text, List<Mark> marks, List<Mention> mentions) {
    this(n, kind, speaker, text, marks, mentions, null);
  }

  /** A plain paragraph with no speaker, marks or mentions. */
  public static Block paragraph(int n, String text) {
    return new Block(n, BlockKind.PARAGRAPH, null, text, List.of(), List.of());
  }

  /** This block with another number. */
  public Block withNumber(int newN) {
    return new Block(newN, kind, speaker, text, marks, mentions, page);
  }

  /** This block with another speaker (or none). */
  public Block withSpeaker(@Nullable Speaker newSpeaker) {
    return new Block(n, kind, newSpeaker, text, marks, mentions, page);
  }

  /** This block starting on another printed page (or none). */
  public Block withPage(@Nullable String newPage) {
    return new Block(n, kind, speaker, text, marks, mentions, newPage);
  }

  /**
   * The printed page on which the block ends: the last page break's page inside it, else the page
   * it starts on.
   */
  public @Nullable String lastPage() {
    String last = page;
    for (Mark m : marks) if (m.type() == MarkType.PAGE_BREAK) last = m.text().isEmpty() ? null : m.text();
    return last;
  }

  /** The length of the text in code points. */
  public int length() {
    return Checks.codePoints(text);
  }

  /** The text of the code-point span {@code [start, end)}. */
  public String span(int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }

  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
      }
    }
    return list;
  }
}
