package org.dossier.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.search.Fields;
import org.dossier.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters of a request, shared by the search page and {@code /api/search}:
 * {@code q}, {@code from}, {@code to} (ISO dates), one parameter per facet dimension
 * ({@code speaker=Gorbachev&speaker=Aristov}), {@code sort} (relevance, date, date-desc),
 * {@code after} (the cursor of the next page) and {@code page} (the page's number, for display).
 *
 * @param q the query text (may be empty)
 * @param from the first day, or null
 * @param to the last day, or null
 * @param selections chosen facet values per dimension
 * @param sort the order
 * @param after the paging cursor, or null
 * @param page the 1-based page number
 */
public record SearchParams(String q, @Nullable LocalDate from, @Nullable LocalDate to,
    Map<String, List<String>> selections, SearchQuery.Sort sort, @Nullable String after, int page) {
  /** The longest query text accepted. */
  public static final int MAX_QUERY = 1000;
  /** The most values chosen in one facet. */
  public static final int MAX_SELECTED = 50;

  public SearchParams {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    selections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    selections = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads the parameters of {@code ctx}.
   *
   * @throws BadRequestException naming the parameter that is malformed
   */
  public static SearchParams of(Context ctx) {
    String q = ctx.queryParam("q");
    q = q == null ? "" : q.strip();
    if (q.length() > MAX_QUERY) throw new BadRequestException("the query is longer than " + MAX_QUERY + " characters");
    Map<String, List<String>> selections = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      List<String> values = new ArrayList<>();
      for (String v : ctx.queryParams(dim)) if (!v.isBlank()) values.add(v.strip());
      if (values.size() > MAX_SELECTED) throw new BadRequestException("too many values chosen for " + dim);
      if (!values.isEmpty()) selections.put(dim, values);
    }
    LocalDate from = date(ctx.queryParam("from"), "from");
    LocalDate to = date(ctx.queryParam("to"), "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadRequestException("the date range ends (" + to + ") before it starts (" + from + ")");
    }
    String after = ctx.queryParam("after");
    if (after != null && (after.isBlank() || after.length() > 2000)) after = null;
    return new SearchParams(q, from, to, selections, sort(ctx.queryParam("sort")), after, page(ctx.queryParam("page")));
  }

  /** The query for the index: these parameters, {@code pageSize} hits, counting every facet. */
  public SearchQuery toQuery(int pageSize) {
    SearchQuery query = SearchQuery.of(q).withDates(from, to).withSort(sort).withPageSize(pageSize)
        .withAfter(after).withFacets(Fields.FACETS).withFacetLimit(12);
    for (Map.Entry<String, List<String>> e : selections.entrySet()) query = query.withSelection(e.getKey(), e.getValue());
    return query;
  }

  /** Whether anything is asked: a query, a date or a facet value. */
  public boolean isEmpty() {
    return q.isEmpty() && from == null && to == null && selections.isEmpty();
  }

  /** The {@code sort} parameter's value for this order. */
  public String sortName() {
    return sort.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static SearchQuery.Sort sort(@Nullable String text) {
    if (text == null || text.isBlank()) return SearchQuery.Sort.RELEVANCE;
    return switch (text) {
      case "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "date" -> SearchQuery.Sort.DATE;
      case "date-desc" -> SearchQuery.Sort.DATE_DESC;
      default -> throw new BadRequestException("sort must be relevance, date or date-desc");
    };
  }

  private static int page(@Nullable String text) {
    if (text == null || !text.matches("\\d{1,6}")) return 1;
    return Math.max(1, Integer.parseInt(text));
  }

  private static @Nullable LocalDate date(@Nullable String text, String name) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return name.equals("from") ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " must be a date such as 1989-03-03 (or a year)", 0, e);
    }
  }
}
