package org.dossier.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to search for and how to page it.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.of("speaker:Gorbachev \"bloody methods\"")
 *     .withFacets(Fields.FACETS).withSelection(Fields.YEAR, List.of("1989")).withPageSize(20);
 * }</pre>
 *
 * @param query the query in Lucene's standard syntax with Dossier's fields (see {@link Fields});
 *     terms are ANDed unless OR is written; blank matches every block
 * @param from the first day of a date filter, or null (documents whose date overlaps match)
 * @param to the last day of a date filter, or null
 * @param selections facet values chosen per dimension: values of one dimension are ORed, dimensions
 *     are ANDed
 * @param sort the order of hits
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param after the cursor of the previous page ({@link SearchResult#nextCursor()}), or null for the
 *     first page
 * @param facets the dimensions to count, from {@link Fields#FACETS}; empty for none
 * @param facetLimit the most values returned per dimension, at least 1
 */
public record SearchQuery(
    String query,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    Map<String, List<String>> selections,
    Sort sort,
    int pageSize,
    @Nullable String after,
    List<String> facets,
    int facetLimit) {
  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 1000;

  /** The order of hits. Ties are broken by document id, then paragraph number. */
  public enum Sort {
    /** Best match first. */
    RELEVANCE,
    /** Oldest document first (by the earliest day its date can mean); undated documents last. */
    DATE,
    /** Newest document first; undated documents last. */
    DATE_DESC
  }

  public SearchQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sort, "sort");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date filter ends before it starts: " + from + " to " + to);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(selections, "selections").forEach((dim, values) -> {
      requireFacet(dim);
      if (!values.isEmpty()) copy.put(dim, List.copyOf(values));
    });
    selections = java.util.Collections.unmodifiableMap(copy);
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
    }
    facets = List.copyOf(facets);
    facets.forEach(SearchQuery::requireFacet);
    if (facetLimit < 1) throw new IllegalArgumentException("facetLimit must be >= 1: " + facetLimit);
  }

  /** The first page of {@code query} by relevance, 10 hits, no facets. */
  public static SearchQuery of(String query) {
    return new SearchQuery(query, null, null, Map.of(), Sort.RELEVANCE, 10, null, List.of(), 10);
  }

  /** This query with another date filter (either bound may be null). */
  public SearchQuery withDates(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
    return new SearchQuery(query, newFrom, newTo, selections, sort, pageSize, after, facets, facetLimit);
  }

  /** This query with {@code values} chosen in facet {@code dimension} (replacing earlier choices there). */
  public SearchQuery withSelection(String dimension, List<String> values) {
    Map<String, List<String>> s = new LinkedHashMap<>(selections);
    s.put(dimension, values);
    return new SearchQuery(query, from, to, s, sort, pageSize, after, facets, facetLimit);
  }

  /** This query sorted otherwise. */
  public SearchQuery withSort(Sort newSort) {
    return new SearchQuery(query, from, to, selections, newSort, pageSize, after, facets, facetLimit);
  }

  /** This query with another page size. */
  public SearchQuery withPageSize(int newPageSize) {
    return new SearchQuery(query, from, to, selections, sort, newPageSize, after, facets, facetLimit);
  }

  /** The page after the one whose {@link SearchResult#nextCursor()} is {@code cursor}. */
  public SearchQuery withAfter(@Nullable String cursor) {
    return new SearchQuery(query, from, to, selections, sort, pageSize, cursor, facets, facetLimit);
  }

  /** This query counting the facet {@code dimensions}. */
  public SearchQuery withFacets(List<String> dimensions) {
    return new SearchQuery(query, from, to, selections, sort, pageSize, after, dimensions, facetLimit);
  }

  /** This query returning at most {@code limit} values per facet. */
  public SearchQuery withFacetLimit(int limit) {
    return new SearchQuery(query, from, to, selections, sort, pageSize, after, facets, limit);
  }

  private static void requireFacet(String dimension) {
    if (!Fields.FACETS.contains(dimension)) {
      throw new IllegalArgumentException("unknown facet '" + dimension + "'; facets are " + Fields.FACETS);
    }
  }
}
