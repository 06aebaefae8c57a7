package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.Test;

class SearchLimitTest {
  @Test
  void searchesBeyondTheLimitWaitTheirTurnAndAllAnswer() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory().limitConcurrentSearches(1)) {
      index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h-" + d.id())).toList());
      List<SearchQuery> queries = List.of(SearchQuery.of("leasing").withFacets(Fields.FACETS), SearchQuery.of("Gorbachev"),
          SearchQuery.of("speaker:Lomakin"), SearchQuery.of("date:1985 Gorbachev"));
      List<SearchResult> expected = new ArrayList<>();
      for (SearchQuery q : queries) expected.add(index.search(q));
      ExecutorService pool = Executors.newFixedThreadPool(8, r -> new Thread(r, "search-limit-test"));
      try {
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          int k = i % queries.size();
          answers.add(pool.submit(() -> index.search(queries.get(k)).equals(expected.get(k))));
        }
        for (Future<Boolean> a : answers) assertThat(a.get()).isTrue();
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void theLimitIsAtLeastOne() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      assertThrows(IllegalArgumentException.class, () -> index.limitConcurrentSearches(0));
    }
  }
}
