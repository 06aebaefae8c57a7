package org.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * <p>Grouping: a page holds the next {@code pageSize} matching blocks in sort order; {@link
 * #groups()} gathers them by document, each document at the place of its first (best) block, its
 * hits in reading order. A
 * long document's blocks can continue on the next page, where it forms a group again: the price of
 * stable, deep paging over blocks (see {@link SearchQuery#after()}).
 *
 * @param total the number of matching blocks (exact)
 * @param hits the hits of this page, in sort order
 * @param facets for each requested dimension, its values with counts over all matching blocks,
 *     most frequent first; a dimension with a selection in the query keeps the counts it would
 *     have without its own selection, so other values can still be chosen
 * @param nextCursor the cursor of the next page, or null when this is the last page
 */
public record SearchResult(
    long total, List<Hit> hits, Map<String, List<FacetValue>> facets, @Nullable String nextCursor) {
  public SearchResult {
    if (total < 0) throw new IllegalArgumentException("total must be >= 0: " + total);
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(facets, "facets").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }

  /** The hits of this page grouped by document, in order of each document's first hit. */
  public List<HitGroup> groups() {
    Map<String, List<Hit>> byDocument = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Hit h : hits) {
      byDocument.computeIfAbsent(h.document(), d -> new ArrayList<>()).add(h);
      titles.putIfAbsent(h.document(), h.title());
    }
    List<HitGroup> groups = new ArrayList<>();
    byDocument.forEach((doc, list) -> {
      list.sort(Hit.READING_ORDER);
      groups.add(new HitGroup(doc, titles.get(doc), list));
    });
    return groups;
  }

  /** The values of one facet dimension, empty if it was not requested. */
  public List<FacetValue> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
