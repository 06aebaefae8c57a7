package org.dossier.search;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One matching unit ({@link IndexUnit}): a paragraph or a speaker turn's paragraph, a document
 * title, a note, a source line.
 *
 * @param document the document id
 * @param edition the edition id, or null when the document was indexed without one
 * @param paragraph the paragraph number ({@code #p{n}}); for a note, the paragraph it hangs from; 0
 *     for a title, a note on the title and a source line
 * @param speaker the speaker's name, or null
 * @param date the document date as written ({@code 1989-03-03}, {@code 1985-03/1986-10}), or null
 * @param title the document title
 * @param snippet the keyword-in-context text with the spans that matched
 * @param score the relevance score (also computed when sorting by date)
 * @param kind what matched: a block kind ({@code paragraph}, {@code opener}…), or {@link
 *     Fields#KIND_TITLE}, {@link Fields#KIND_SPEAKER}, {@link Fields#KIND_NOTE}, {@link Fields#KIND_SOURCE}
 * @param note the number of the note that matched, or null
 * @param number the document number as printed, or null
 */
public record Hit(
    String document,
    @Nullable String edition,
    int paragraph,
    @Nullable String speaker,
    @Nullable String date,
    String title,
    Snippet snippet,
    float score,
    String kind,
    @Nullable Integer note,
    @Nullable String number) {
  /**
   * Reading order within a document: the title and its notes, then paragraphs by number, each
   * after its speaker label and before its notes, then the source line.
   */
  public static final Comparator<Hit> READING_ORDER =
      Comparator.comparingInt((Hit h) -> h.kind.equals(Fields.KIND_SOURCE) ? 1 : 0)
          .thenComparingInt(Hit::paragraph)
          .thenComparingInt(h -> h.note != null ? 2 : h.kind.equals(Fields.KIND_SPEAKER) ? 0 : 1)
          .thenComparingInt(h -> h.note == null ? 0 : h.note);

  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(kind, "kind");
    if (paragraph < 0) throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
    if (paragraph == 0 && note == null && !kind.equals(Fields.KIND_TITLE) && !kind.equals(Fields.KIND_SOURCE)) {
      throw new IllegalArgumentException("a hit in a " + kind + " needs a positive paragraph number");
    }
  }

  /** A hit in a paragraph (the form before titles and notes were searched). */
  public Hit(String document, @Nullable String edition, int paragraph, @Nullable String speaker, @Nullable String date,
      String title, Snippet snippet, float score) {
    this(document, edition, paragraph, speaker, date, title, snippet, score, "paragraph", null, null);
  }

  /**
   * The reader's address of what matched: {@code /{edition}/{doc}#p{n}} for a block, {@code #n{n}}
   * for a note, {@code #source-h} for the source line, the document itself for its title; without
   * an edition the address starts {@code /{doc}}.
   */
  public String permalink() {
    String page = (edition == null ? "" : "/" + edition) + "/" + document;
    if (note != null) return page + "#n" + note;
    if (kind.equals(Fields.KIND_TITLE)) return page;
    if (kind.equals(Fields.KIND_SOURCE)) return page + "#source-h";
    return page + "#p" + paragraph;
  }

  /** Whether the hit is in a block (a paragraph, a turn, a heading…), not a title, speaker label, note or source line. */
  public boolean inBlock() {
    return note == null && !kind.equals(Fields.KIND_TITLE) && !kind.equals(Fields.KIND_SOURCE)
        && !kind.equals(Fields.KIND_SPEAKER);
  }
}
