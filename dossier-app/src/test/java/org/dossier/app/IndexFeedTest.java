package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;

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
}
