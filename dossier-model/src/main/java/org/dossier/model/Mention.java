package org.dossier.model;

import java.util.Objects;

/**
 * A span of a block's text that names an entry of the edition's registers.
 *
 * @param type the kind of register
 * @param offset start in code points
 * @param length length in code points (positive)
 * @param ref the register entry's id (e.g. {@code p_GMS_1})
 */
public record Mention(MentionType type, int offset, int length, String ref) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Checks.nonBlank(ref, "ref");
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
    if (length <= 0) throw new IllegalArgumentException("length must be > 0: " + length);
  }

  /** The end of the span, exclusive, in code points. */
  public int end() {
    return offset + length;
  }
}
