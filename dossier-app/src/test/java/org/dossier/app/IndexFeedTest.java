package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;

import java.util.Map;
import org.dossier.model.Document;
import org.dossier.search.SyncReport;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;

class IndexFeedTest {
  @Test
  void aFeedCommitsEveryNDocumentsAndAtTheEnd() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      IndexFeed feed = new IndexFeed(index, 3);
      for (int i = 1; i <= 7; i++) feed.add(dispatch("d" + i, "Title " + i, "Text " + i + "."), "h" + i);
      assertThat(feed.commits()).isEqualTo(2);
      feed.finish();
      assertThat(feed.commits()).isEqualTo(3);
      assertThat(index.indexedHashes()).hasSize(7);
    }
  }

  @Test
  void aFeedCommitsSoonerWhenTheTextOfABatchGrowsLarge() throws Exception {
    String page = "word ".repeat((int) (IndexFeed.TEXT_PER_COMMIT / 5) / 2 + 1);
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      IndexFeed feed = new IndexFeed(index, 1000);
      feed.add(dispatch("big-1", "Half", page), "h1");
      assertThat(feed.commits()).isZero();
      feed.add(dispatch("big-2", "And the other half", page), "h2");
      assertThat(feed.commits()).isEqualTo(1);
    }
  }

  @Test
  void syncAddsReplacesAndRemovesByContentHash() throws Exception {
    Map<String, Document> store = Map.of(
        "a", dispatch("a", "A", "Alpha."), "b", dispatch("b", "B", "Beta revised."), "c", dispatch("c", "C", "Gamma."));
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      index.index(dispatch("b", "B", "Beta."), "old-b");
      index.index(dispatch("c", "C", "Gamma."), "c1");
      index.index(dispatch("gone", "Gone", "Delta."), "g1");
      SyncReport r = IndexFeed.sync(index, Map.of("a", "a1", "b", "new-b", "c", "c1"), store::get, 1);
      assertThat(r).isEqualTo(new SyncReport(java.util.List.of("a"), java.util.List.of("b"), java.util.List.of("gone")));
      assertThat(index.indexedHashes()).isEqualTo(Map.of("a", "a1", "b", "new-b", "c", "c1"));
    }
  }
}
