package org.dossier.search.query;

import java.time.LocalDate;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * How an engine matches {@code date:} clauses: the entries whose document date overlaps a span of
 * days. The embedded engine indexes an {@code IntRange} of epoch days; Solr a {@code
 * DateRangeField}. The parser has already checked the values and that the span does not end before
 * it starts.
 */
@FunctionalInterface
public interface DateQuery {
  /**
   * A query for the entries whose date overlaps the days from {@code first} to {@code last},
   * both included.
   *
   * @param first the first day, or null for no lower bound
   * @param last the last day, or null for no upper bound
   */
  Query overlapping(@Nullable LocalDate first, @Nullable LocalDate last);
}
