package org.dossier.model;

import java.util.Locale;

/** The kinds of editorial intervention a reader sees in the text. */
public enum MarkType {
  /** Text left out by the editor or illegible in the source, e.g. {@code […]} (TEI {@code gap}). */
  OMISSION,
  /** Text the editor supplied, e.g. {@code [Kurt]} (TEI {@code supplied}). */
  SUPPLIED,
  /** The editor's confirmation that an odd reading is as in the source, {@code [sic]} (TEI {@code sic}). */
  SIC,
  /** Original-language wording kept in a translation, e.g. {@code [prosto tak]} (TEI {@code foreign}). */
  FOREIGN,
  /**
   * Something that happened in the room during a speech and is not speech, as a transcript prints
   * it, e.g. {@code (Applause.)} (TEI {@code incident}, {@code vocal}, {@code kinesic}); the
   * mark's text is the description without the parentheses.
   */
  EVENT,
  /**
   * A note of the transcriber or of the corpus's editors inside the text, e.g. {@code (11.40
   * hodin)} or {@code (Sněmovna se utišuje.)} (TEI {@code note} in running text); the mark's text is
   * the note without the parentheses.
   */
  COMMENT,
  /**
   * A printed page break inside a block (TEI {@code pb}): zero length, its text the number of the page
   * that begins here ({@code "25"}, {@code "xii"}). Readers show it as {@code [p. 25]}; it is not in the
   * reading text.
   */
  PAGE_BREAK,
  /**
   * A side note printed in the margin (TEI {@code seg type="margin"}), e.g. {@code [seal]} or a page
   * reference: its printed text is in the block's text, and the mark's text is that same text.
   */
  MARGIN,
  /** Words printed in italics (TEI {@code hi rend="italic"}): titles of works, foreign words; text is the words. */
  ITALIC;

  /** The lower-case name used in JSON and URLs. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #jsonName()}. */
  public static MarkType fromJsonName(String name) {
    for (MarkType t : values()) if (t.jsonName().equals(name)) return t;
    throw new IllegalArgumentException("unknown mark type: '" + name + "'");
  }
}
