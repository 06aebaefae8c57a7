package org.dossier.search;

import java.util.List;
import java.util.Objects;

/**
 * The hits of one document on a page of results, in rank order.
 *
 * @param document the document id
 * @param title the document title
 * @param hits the document's hits on this page, at least one
 */
public record HitGroup(String document, String title, List<Hit> hits) {
  public HitGroup {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    hits = List.copyOf(hits);
    if (hits.isEmpty()) throw new IllegalArgumentException("a group of document " + document + " needs hits");
  }
}
