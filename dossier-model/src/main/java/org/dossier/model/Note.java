package org.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A footnote and the place of its call.
 *
 * @param n the note number as printed, positive
 * @param paragraph the number of the block that holds the call, or null for a note on the title
 * @param offset the call position in code points into that block's text (0 for a title note)
 * @param text the full text of the note
 */
public record Note(int n, @Nullable Integer paragraph, int offset, String text) {
  public Note {
    if (n <= 0) throw new IllegalArgumentException("note number must be positive: " + n);
    if (paragraph != null && paragraph <= 0) {
      throw new IllegalArgumentException("note " + n + ": paragraph must be positive: " + paragraph);
    }
    if (offset < 0) throw new IllegalArgumentException("note " + n + ": offset must be >= 0: " + offset);
    Objects.requireNonNull(text, "text");
  }
}
