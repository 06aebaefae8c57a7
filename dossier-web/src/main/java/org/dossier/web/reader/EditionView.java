package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edition's table of contents.
 *
 * @param page the layout's needs
 * @param id the edition id
 * @param title the title
 * @param editors the editors, joined for display, or null
 * @param publisher the publisher, or null
 * @param licence the licence, or null
 * @param years the years that have documents, each with its filter link
 * @param year the selected year, or null for all
 * @param rows the documents shown
 * @param total how many documents the edition has
 * @param registers the edition's registers (persons, places, terms) that have entries
 */
public record EditionView(
    Page page, String id, String title, @Nullable String editors, @Nullable String publisher,
    @Nullable String licence, List<YearLink> years, @Nullable Integer year, List<Row> rows, int total,
    List<Link> registers) {

  /**
   * A year filter link.
   *
   * @param year the year
   * @param count documents in that year
   * @param current whether it is the selected one
   */
  public record YearLink(int year, int count, boolean current) {}

  /**
   * One document in the table.
   *
   * @param number the printed number, or null
   * @param date the date for display, or null
   * @param isoDate the date for {@code <time>}, or null
   * @param link the title and address
   * @param type the document type, or null
   * @param opens the sections that begin with this document (their titles and depths, outermost first)
   */
  public record Row(@Nullable String number, @Nullable String date, @Nullable String isoDate, Link link,
      @Nullable String type, List<Section> opens) {}

  /**
   * A division of the volume, printed as a heading row above its first document.
   *
   * @param title the division's title
   * @param level its depth, 1 for the outermost
   */
  public record Section(String title, int level) {}
}
