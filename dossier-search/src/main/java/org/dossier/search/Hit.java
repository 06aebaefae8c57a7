package org.dossier.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One matching block: a paragraph or a speaker turn's paragraph.
 *
 * @param document the document id
 * @param edition the edition id, or null when the document was indexed without one
 * @param paragraph the paragraph number ({@code #p{n}})
 * @param speaker the speaker's name, or null
 * @param date the document date as written ({@code 1989-03-03}, {@code 1985-03/1986-10}), or null
 * @param title the document title
 * @param snippet the keyword-in-context text with the spans that matched
 * @param score the relevance score (also computed when sorting by date)
 */
public record Hit(
    String document,
    @Nullable String edition,
    int paragraph,
    @Nullable String speaker,
    @Nullable String date,
    String title,
    Snippet snippet,
    float score) {
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
    if (paragraph <= 0) throw new IllegalArgumentException("paragraph must be positive: " + paragraph);
  }

  /** The reader's address of the block: {@code /{edition}/{doc}#p{n}}, or {@code /{doc}#p{n}} without an edition. */
  public String permalink() {
    return (edition == null ? "" : "/" + edition) + "/" + document + "#p" + paragraph;
  }
}
