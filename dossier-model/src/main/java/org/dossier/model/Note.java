package org.dossier.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A footnote and the place of its call.
 *
 * @param n the note number as printed, positive
 * @param paragraph the number of the block that holds the call, or null for a note on the title
 * @param offset the call position in code points into that block's text (0 for a title note)
 * @param text the full text of the note
 * @param mentions register mentions the source tags in the note, in text order, offsets in code
 *     points of {@code text}
 */
public record Note(int n, @Nullable Integer paragraph, int offset, String text, List<Mention> mentions) {
  public Note {
    if (n <= 0) throw new IllegalArgumentException("note number must be positive: " + n);
    if (paragraph != null && paragraph <= 0) {
      throw new IllegalArgumentException("note " + n + ": paragraph must be positive: " + paragraph);
    }
    if (offset < 0) throw new IllegalArgumentException("note " + n + ": offset must be >= 0: " + offset);
    Objects.requireNonNull(text, "text");
    mentions = Checks.list(mentions, "mentions").stream()
        .sorted(Comparator.comparingInt(Mention::offset)).toList();
    int size = Checks.codePoints(text);
    for (Mention m : mentions) {
      if (m.end() > size) {
        throw new IllegalArgumentException(
            "mention of " + m.ref() + " [" + m.offset() + ", " + m.end() + ") is outside note " + n
                + " of " + size + " code points");
      }
    }
  }

  /** A note that tags no register entries. */
  public Note(int n, @Nullable Integer paragraph, int offset, String text) {
    this(n, paragraph, offset, text, List.of());
  }

  /** This note with other mentions. */
  public Note withMentions(List<Mention> newMentions) {
    return new Note(n, paragraph, offset, text, newMentions);
  }
}
