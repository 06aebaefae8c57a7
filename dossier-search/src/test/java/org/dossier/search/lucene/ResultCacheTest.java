package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.Hit;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Snippet;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private static final SearchQuery LEASING = SearchQuery.of("leasing").withFacets(Fields.FACETS);

  private static LuceneSearchIndex indexed(long budget) throws Exception {
    LuceneSearchIndex index = LuceneSearchIndex.inMemory().cacheResultBytes(budget);
    index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h-" + d.id())).toList());
    return index;
  }

  /** A result of {@code hits} hits, each with a snippet of {@code chars} characters. */
  private static SearchResult result(int hits, int chars) {
    Hit hit = new Hit("doc", "ed", 1, null, null, "Title", Snippet.of("x".repeat(chars)), 1f);
    return new SearchResult(hits, java.util.Collections.nCopies(hits, hit), Map.of(), null);
  }

  @Test
  void aRepeatedSearchIsAnsweredFromTheCache() throws Exception {
    try (LuceneSearchIndex index = indexed(1 << 20)) {
      SearchResult first = index.search(LEASING);
      assertThat(index.search(LEASING)).isSameAs(first);
      assertThat(index.search(LEASING.withPageSize(5))).isNotSameAs(first);
    }
  }

  @Test
  void aWriteAdvancesTheGenerationSoTheNextSearchIsFresh() throws Exception {
    try (LuceneSearchIndex index = indexed(1 << 20)) {
      long before = index.generation().orElseThrow();
      SearchResult first = index.search(LEASING);
      assertThat(index.generation()).hasValue(before);
      index.index(Document.builder("late", "A late memo")
          .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, "More leasing talk.", List.of(), List.of())))
          .build(), "h-late");
      long afterWrite = index.generation().orElseThrow();
      assertThat(afterWrite).isGreaterThan(before);
      assertThat(index.search(LEASING).total()).isEqualTo(first.total() + 1);
      index.delete("late");
      assertThat(index.generation().orElseThrow()).isGreaterThan(afterWrite);
      assertThat(index.search(LEASING)).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void withoutACacheEverySearchRuns() throws Exception {
    try (LuceneSearchIndex index = indexed(0)) {
      SearchResult first = index.search(LEASING);
      SearchResult second = index.search(LEASING);
      assertThat(second).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void keepsNoMoreThanItsBudgetInBytes() {
    SearchResult small = result(10, 100);
    int weight = ResultCache.weight(new ResultCache.Key(1, SearchQuery.of("q0")), small);
    ResultCache cache = new ResultCache(3L * weight + weight / 2);
    for (int i = 0; i < 10; i++) cache.put(1, SearchQuery.of("q" + i), small);
    assertThat(cache.weightedBytes()).isBetween(1L, 3L * weight + weight / 2);
    long kept = java.util.stream.IntStream.range(0, 10)
        .filter(i -> cache.get(1, SearchQuery.of("q" + i)) != null).count();
    assertThat(kept).isBetween(1L, 3L);
  }

  @Test
  void aResultWeighsAtLeastItsTextAtTwoBytesACharacter() {
    SearchQuery q = SearchQuery.of("q");
    int light = ResultCache.weight(new ResultCache.Key(1, q), result(10, 100));
    int heavy = ResultCache.weight(new ResultCache.Key(1, q), result(10, 10_000));
    assertThat(light).isGreaterThan(10 * 2 * 100);
    assertThat(heavy - light).isGreaterThanOrEqualTo(10 * 2 * (10_000 - 100));
  }

  @Test
  void aNewerGenerationDropsTheResultsOfOlderOnesAndRefusesLateOnes() {
    ResultCache cache = new ResultCache(1 << 20);
    SearchQuery q = SearchQuery.of("q");
    cache.put(1, q, result(1, 10));
    assertThat(cache.get(1, q)).isNotNull();
    assertThat(cache.get(2, q)).isNull();
    assertThat(cache.weightedBytes()).isZero();
    cache.put(1, SearchQuery.of("slow"), result(1, 10)); // a search that began before the write
    assertThat(cache.weightedBytes()).isZero();
  }

  @Test
  void refusesANegativeBudget() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1)))
        .hasMessage("budget must be >= 0: -1");
  }
}
