package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph (or heading, quotation, stage direction…) as the reader shows it.
 *
 * @param n the paragraph number, used for {@code id="p{n}"} and citations
 * @param kind the block kind as {@code BlockKind.jsonName()}, used as a CSS class
 * @param speaker the speaker label to print before the text (only when the speaker changes), or null
 * @param speakerHref the speaker's page in the register of persons, or null
 * @param role the speaker's role, printed after the label, or null
 * @param label the label printed before the turn in the source ("PRESIDENT"), when it differs from the name, or null
 * @param inlines the text, marks and note calls, in order
 * @param selected whether this paragraph is the one selected for citation
 * @param pageBefore the printed page that begins before this block (shown as {@code [p. 25]}), or null
 */
public record BlockView(
    int n, String kind, @Nullable String speaker, @Nullable String speakerHref, @Nullable String role,
    @Nullable String label, List<Inline> inlines, boolean selected, @Nullable String pageBefore) {
  public BlockView {
    inlines = List.copyOf(inlines);
  }

  /** Whether this block is a heading inside the document. */
  public boolean isHeading() {
    return kind.equals("heading");
  }
}
