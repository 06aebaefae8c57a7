package org.dossier.web.reader;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a paragraph as the template prints it: plain text, an editorial mark, a note call,
 * words in italics, a printed page break ({@code text} the page number), or a name or term linked to
 * its register entry.
 *
 * @param kind what it is
 * @param text the text as printed (empty for a note call)
 * @param markType the mark's type as {@code MarkType.jsonName()} ("supplied"), or null
 * @param explanation what the mark means, for hover and focus, or null
 * @param note the note number of a call, else 0
 * @param lang the BCP 47 language of a foreign-language mark, or null
 * @param href the register entry's page of a linked name, or null
 */
public record Inline(Kind kind, String text, @Nullable String markType, @Nullable String explanation, int note,
    @Nullable String lang, @Nullable String href) {
  /** The kinds of inline piece. */
  public enum Kind { TEXT, MARK, NOTE, ITALIC, PAGE, LINK }

  public Inline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  static Inline text(String text) {
    return new Inline(Kind.TEXT, text, null, null, 0, null, null);
  }

  static Inline mark(String printed, String type, String explanation, @Nullable String lang) {
    return new Inline(Kind.MARK, printed, type, explanation, 0, lang, null);
  }

  static Inline italic(String text) {
    return new Inline(Kind.ITALIC, text, null, null, 0, null, null);
  }

  static Inline page(String n) {
    return new Inline(Kind.PAGE, n, null, null, 0, null, null);
  }

  static Inline note(int n) {
    return new Inline(Kind.NOTE, "", null, null, n, null, null);
  }

  /**
   * A name or term that links to its register entry.
   *
   * @param register the register's type ({@code person}, {@code place}, {@code term}), a CSS class
   * @param entry the entry's name as the register prints it, for the link's description
   */
  static Inline link(String printed, String register, String href, String entry) {
    return new Inline(Kind.LINK, printed, register, entry, 0, null, href);
  }

  /** Whether this is a name linked to its register entry. */
  public boolean isLink() {
    return kind == Kind.LINK;
  }

  /**
   * Whether this is the editors' sign for a passage they left out, printed as "[…]" or "[...]" with
   * nothing said of what is missing: screen readers hear its meaning instead of the brackets.
   */
  public boolean isOmissionSign() {
    return kind == Kind.MARK && "omission".equals(markType) && text.replaceAll("[\\[\\]\\s.…]", "").isEmpty();
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
