package org.dossier.web.reader;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a paragraph as the template prints it: plain text, an editorial mark, a note call,
 * words in italics, or a printed page break ({@code text} the page number).
 *
 * @param kind what it is
 * @param text the text as printed (empty for a note call)
 * @param markType the mark's type as {@code MarkType.jsonName()} ("supplied"), or null
 * @param explanation what the mark means, for hover and focus, or null
 * @param note the note number of a call, else 0
 * @param lang the BCP 47 language of a foreign-language mark, or null
 */
public record Inline(Kind kind, String text, @Nullable String markType, @Nullable String explanation, int note,
    @Nullable String lang) {
  /** The kinds of inline piece. */
  public enum Kind { TEXT, MARK, NOTE, ITALIC, PAGE }

  public Inline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  static Inline text(String text) {
    return new Inline(Kind.TEXT, text, null, null, 0, null);
  }

  static Inline mark(String printed, String type, String explanation, @Nullable String lang) {
    return new Inline(Kind.MARK, printed, type, explanation, 0, lang);
  }

  static Inline italic(String text) {
    return new Inline(Kind.ITALIC, text, null, null, 0, null);
  }

  static Inline page(String n) {
    return new Inline(Kind.PAGE, n, null, null, 0, null);
  }

  static Inline note(int n) {
    return new Inline(Kind.NOTE, "", null, null, n, null);
  }

  /** Whether this is plain text. */
  public boolean isText() {
    return kind == Kind.TEXT;
  }

  /** Whether this is an editorial mark. */
  public boolean isMark() {
    return kind == Kind.MARK;
  }

  /** Whether these are words in italics. */
  public boolean isItalic() {
    return kind == Kind.ITALIC;
  }

  /** Whether this is a printed page break. */
  public boolean isPage() {
    return kind == Kind.PAGE;
  }

  /** Whether this is a note call. */
  public boolean isNote() {
    return kind == Kind.NOTE;
  }
}
