package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.search.SearchQuery;
import org.junit.jupiter.api.Test;

/** Two writers and a reader at once: every document ends up indexed once, searches never fail. */
class ConcurrencyTest {
  private static Document doc(int i) {
    return Document.builder("c" + i, "Concurrent " + i)
        .edition("c")
        .date(DocDate.of("1989"))
        .paragraphs(List.of(
            Block.paragraph(1, "Горбачёв spoke to ambassadors, number " + i + "."),
            Block.paragraph(2, "Jakeš listened.")))
        .build();
  }

  @Test
  void writersAndReadersShareOneIndex() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3, r -> new Thread(r, "concurrency-test"));
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int start = w;
        tasks.add(pool.submit(() -> {
          for (int i = start; i < 400; i += 2) index.index(doc(i), "h");
          return null;
        }));
      }
      tasks.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          long found = index.search(SearchQuery.of("Gorbachev ambassador")).total();
          assertThat(found).isBetween(0L, 400L);
        }
        return null;
      }));
      for (Future<?> f : tasks) f.get(120, TimeUnit.SECONDS);
      assertThat(index.search(SearchQuery.of("Gorbachev ambassador")).total()).isEqualTo(400);
      assertThat(index.search(SearchQuery.of("Jakes")).total()).isEqualTo(400);
      assertThat(index.indexedHashes()).hasSize(400);
    } finally {
      pool.shutdownNow();
    }
  }
}
