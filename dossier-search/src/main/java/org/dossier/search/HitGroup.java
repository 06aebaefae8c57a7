package org.dossier.search;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hits of one document on a page of results, in reading order ({@link Hit#READING_ORDER}).
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

  /** The document number as printed, or null. */
  public @Nullable String number() {
    return hits.get(0).number();
  }

  /** The document date as written, or null. */
  public @Nullable String date() {
    return hits.get(0).date();
  }
}
