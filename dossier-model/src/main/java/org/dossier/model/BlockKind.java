package org.dossier.model;

import java.util.Locale;

/** What a block is, so readers and exporters can lay it out as printed. */
public enum BlockKind {
  /** Running text, the usual case. */
  PARAGRAPH,
  /** A heading inside the document. */
  HEADING,
  /** A block quotation. */
  QUOTE,
  /** An item of a list (participants, subjects, enumerations). */
  ITEM,
  /** Opening formulas: salutation, dateline, addressee. */
  OPENER,
  /** Closing formulas and signatures. */
  CLOSER,
  /** A stage direction in a debate (applause, interruption, time): not speech. */
  STAGE;

  /** The lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #jsonName()}. */
  public static BlockKind fromJsonName(String name) {
    for (BlockKind k : values()) if (k.jsonName().equals(name)) return k;
    throw new IllegalArgumentException("unknown block kind: '" + name + "'");
  }
}
