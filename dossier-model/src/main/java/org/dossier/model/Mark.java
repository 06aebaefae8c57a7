package org.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An editorial mark in a block's text. The mark covers the printed span
 * {@code [offset, offset + length)} (code points) of the block's text, brackets included;
 * {@code text} is what the mark is about: the supplied words, the omitted passage's description,
 * the foreign phrase. For {@code [Kurt]}: span {@code "[Kurt]"}, text {@code "Kurt"}.
 *
 * @param type what kind of intervention
 * @param offset where the printed span starts, in code points
 * @param length the printed span's length in code points (0 when nothing is printed)
 * @param text the content of the mark (may be empty for an omission)
 * @param lang BCP 47 language of a {@link MarkType#FOREIGN} mark (e.g. {@code ru-Latn}), else null
 */
public record Mark(MarkType type, int offset, int length, String text, @Nullable String lang) {
  public Mark {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
    if (length < 0) throw new IllegalArgumentException("length must be >= 0: " + length);
    lang = Checks.optional(lang);
  }

  /** The end of the printed span, exclusive, in code points. */
  public int end() {
    return offset + length;
  }
}
