package org.dossier.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.search.FacetValue;
import org.dossier.search.Hit;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * Recent search results, bounded by their estimated size in bytes and keyed by the index
 * generation they were computed at, so that a result is never given for another state of the
 * index. When a search sees a newer generation, the results of older ones are dropped at once
 * rather than left to age out: the cache admits entries by how often their key was asked, and
 * would otherwise keep popular stale results in place of fresh ones.
 */
final class ResultCache {
  /** Results of larger pages are not kept: they are rare, and one would crowd out many. */
  static final int LARGEST_PAGE = 100;

  private final @Nullable Cache<Key, SearchResult> results;
  private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

  /**
   * A cache of up to {@code budget} estimated bytes of results; 0 keeps none.
   *
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  ResultCache(long budget) {
    if (budget < 0) throw new IllegalArgumentException("budget must be >= 0: " + budget);
    // Evictions run on the calling thread: no pool to name or to wait for, and a put is bounded at once.
    this.results = budget == 0 ? null
        : Caffeine.newBuilder().maximumWeight(budget).weigher(ResultCache::weight).executor(Runnable::run).build();
  }

  /** The result of {@code query} at {@code generation}, or null. */
  @Nullable SearchResult get(long generation, SearchQuery query) {
    if (results == null) return null;
    long seen = newest.get();
    if (generation > seen && newest.compareAndSet(seen, generation)) {
      results.asMap().keySet().removeIf(k -> k.generation() < generation);
    }
    return results.getIfPresent(new Key(generation, query));
  }

  /** Keeps {@code result} of {@code query} at {@code generation}, unless a newer generation was seen since. */
  void put(long generation, SearchQuery query, SearchResult result) {
    if (results == null || query.pageSize() > LARGEST_PAGE || generation < newest.get()) return;
    results.put(new Key(generation, query), result);
  }

  /** The estimated bytes kept. */
  long weightedBytes() {
    if (results == null) return 0;
    results.cleanUp();
    return results.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  /** About the heap an entry takes: its strings at two bytes a character, plus the objects around them. */
  static int weight(Key key, SearchResult r) {
    long bytes = 256 + chars(key.query().query()) + chars(key.query().after()) + chars(r.nextCursor());
    for (Hit h : r.hits()) {
      bytes += 96 + chars(h.document()) + chars(h.edition()) + chars(h.speaker()) + chars(h.date())
          + chars(h.title()) + chars(h.snippet().text()) + 32L * h.snippet().highlights().size();
    }
    for (List<FacetValue> values : r.facets().values()) {
      bytes += 64;
      for (FacetValue v : values) bytes += 40 + chars(v.value());
    }
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static long chars(@Nullable String s) {
    return s == null ? 0 : 48 + 2L * s.length();
  }

  /**
   * What a result is kept under.
   *
   * @param generation the index generation it was computed at
   * @param query the query it answers
   */
  record Key(long generation, SearchQuery query) {}
}
