package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private static final SearchQuery LEASING = SearchQuery.of("leasing").withFacets(Fields.FACETS);

  private static LuceneSearchIndex indexed(int cached) throws Exception {
    LuceneSearchIndex index = LuceneSearchIndex.inMemory().cacheResults(cached);
    index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h-" + d.id())).toList());
    return index;
  }

  @Test
  void aRepeatedSearchIsAnsweredFromTheCache() throws Exception {
    try (LuceneSearchIndex index = indexed(10)) {
      SearchResult first = index.search(LEASING);
      assertThat(index.search(LEASING)).isSameAs(first);
      assertThat(index.search(LEASING.withPageSize(5))).isNotSameAs(first);
    }
  }

  @Test
  void aWriteEmptiesTheCacheSoResultsAreNeverStale() throws Exception {
    try (LuceneSearchIndex index = indexed(10)) {
      long before = index.search(LEASING).total();
      index.index(Document.builder("late", "A late memo")
          .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, "More leasing talk.", List.of(), List.of())))
          .build(), "h-late");
      assertThat(index.search(LEASING).total()).isEqualTo(before + 1);
      index.delete("late");
      assertThat(index.search(LEASING).total()).isEqualTo(before);
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
  void theOldestResultsMakeRoom() throws Exception {
    try (LuceneSearchIndex index = indexed(2)) {
      SearchResult leasing = index.search(LEASING);
      index.search(SearchQuery.of("steel"));
      index.search(SearchQuery.of("Gorbachev"));
      assertThat(index.search(LEASING)).isNotSameAs(leasing).isEqualTo(leasing);
    }
  }
}
