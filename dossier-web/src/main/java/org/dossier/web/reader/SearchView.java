package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search page: the form as the reader filled it, the facets, and one page of results grouped
 * by document.
 *
 * @param page the layout's needs
 * @param q the query text
 * @param from the first day of the date filter (ISO), or null
 * @param to the last day (ISO), or null
 * @param sort the sort parameter ("relevance", "date", "date-desc")
 * @param available whether the server has a search index
 * @param asked whether the reader asked anything (else the page only shows the form)
 * @param error a problem with the request, shown above the results, or null
 * @param total the number of matching paragraphs
 * @param range "1–20" for this page, or empty
 * @param facets the facet dimensions with their values
 * @param groups the results, grouped by document
 * @param nextHref the next page, or null
 * @param firstHref the first page when this is a later one, or null
 * @param suggestion a respelt query with its link, or null
 * @param removals links that widen an empty result by dropping one filter
 * @param chips the active filters, each a link to this search without it
 */
public record SearchView(Page page, String q, @Nullable String from, @Nullable String to, String sort,
    boolean available, boolean asked, @Nullable ErrorBox error, long total, String range, List<Facet> facets,
    List<Group> groups, @Nullable String nextHref, @Nullable String firstHref, @Nullable Link suggestion,
    List<Link> removals, List<Link> chips) {

  /** "1 match" or "n matches" (paragraphs, titles, notes, source lines). */
  public String totalText() {
    return total == 1 ? "1 match" : String.format(java.util.Locale.ROOT, "%,d matches", total);
  }

  /** "Filters" with the number of active ones, for the phone's filter button. */
  public String filtersLabel() {
    return chips.isEmpty() ? "Filters" : "Filters (" + chips.size() + " active)";
  }

  /**
   * A bad request or query.
   *
   * @param message what is wrong
   * @param query the query text when the problem is in it, or null
   * @param caret spaces and a caret under the column of the problem, or null
   */
  public record ErrorBox(String message, @Nullable String query, @Nullable String caret) {}

  /**
   * A facet dimension.
   *
   * @param dimension the parameter name ("speaker")
   * @param label the heading ("Speaker")
   * @param options its values
   */
  public record Facet(String dimension, String label, List<Option> options) {}

  /**
   * A facet value as a checkbox.
   *
   * @param id the checkbox's element id
   * @param value the value sent
   * @param label the value shown (a person's name for a register id)
   * @param count matching units
   * @param checked whether it is chosen
   */
  public record Option(String id, String value, String label, long count, boolean checked) {}

  /**
   * The hits of one document.
   *
   * @param document its title and address
   * @param number the document number as printed, or null
   * @param date its date for display, or null
   * @param edition the edition's title, or null
   * @param hits its matches on this page, in reading order
   */
  public record Group(Link document, @Nullable String number, @Nullable String date, @Nullable String edition,
      List<HitView> hits) {}

  /**
   * One match: a paragraph, the title, a note, the source line.
   *
   * @param href its address ({@code /{edition}/{doc}#p{n}}, {@code #n{n}} for a note)
   * @param where what matched, for the reader: "¶ 4 · Aristov", "Title", "Note 3 · ¶ 7", "Speaker · ¶ 9", "Source"
   * @param kind a block kind, or "title", "speaker", "note", "source"
   * @param url the address to print: absolute when the server knows its public address
   * @param snippet the keyword-in-context text
   */
  public record HitView(String href, String where, String kind, String url, List<SnippetPart> snippet) {}

  /**
   * A piece of a snippet.
   *
   * @param text the text
   * @param match whether it matched the query
   */
  public record SnippetPart(String text, boolean match) {}
}
