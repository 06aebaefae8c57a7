package org.dossier.web.reader;

/**
 * A citation in three parts, so the template can italicise the title of the edition.
 *
 * @param before the text before the edition title
 * @param italic the edition title (empty when unknown)
 * @param after the text after it
 */
public record Citation(String before, String italic, String after) {
  /** The citation as plain text. */
  public String plain() {
    return before + italic + after;
  }
}
