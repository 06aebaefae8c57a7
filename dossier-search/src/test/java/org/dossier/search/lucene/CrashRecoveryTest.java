package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.search.SearchQuery;
import org.dossier.search.SyncReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kill -9 during indexing, then open and sync against the store: the index matches the store. */
class CrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void anIndexKilledWhileIndexingOpensAtItsLastCommitAndSyncsToTheStore() throws Exception {
    int committed = assertTimeoutPreemptively(Duration.ofSeconds(120), this::indexUntilKilled);
    assertThat(committed).isGreaterThanOrEqualTo(150);

    // The store, the source of truth: documents 0–199, except 1 and 3 (removed since), with
    // 5 and 7 edited (v2); the index may also hold documents past 199 that the store never had.
    Map<String, String> store = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      if (i == 1 || i == 3) continue;
      store.put(CrashingIndexer.document(i, "v1").id(), i == 5 || i == 7 ? "v2" : "v1");
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      Map<String, String> before = index.indexedHashes();
      assertThat(before).hasSizeGreaterThanOrEqualTo(committed).containsKeys("crash-00001", "crash-00149");
      assertThat(index.search(SearchQuery.of("second")).total()).isEqualTo(before.size());

      SyncReport report = index.sync(store, id -> {
        int i = Integer.parseInt(id.substring("crash-".length()));
        return CrashingIndexer.document(i, store.get(id));
      });

      assertThat(report.removed()).contains("crash-00001", "crash-00003");
      assertThat(report.replaced()).containsExactly("crash-00005", "crash-00007");
      Set<String> seen = new HashSet<>(before.keySet());
      assertThat(report.added()).allSatisfy(id -> assertThat(seen).doesNotContain(id));
      assertThat(index.indexedHashes()).isEqualTo(store);
      assertThat(index.search(SearchQuery.of("second").withPageSize(1)).total()).isEqualTo(store.size());
      assertThat(LuceneSearchIndexTest.keys(index.search(SearchQuery.of("v2word").withPageSize(10))))
          .containsExactly("crash-00005#1", "crash-00007#1");
    }
    try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir)) {
      assertThat(reopened.indexedHashes()).isEqualTo(store);
      assertThat(reopened.sync(store, id -> { throw new AssertionError("nothing to load: " + id); }).unchanged()).isTrue();
    }
  }

  /** Starts the child JVM, waits for at least 150 committed documents, kills it; returns what it had committed. */
  private int indexUntilKilled() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(
            java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            CrashingIndexer.class.getName(), dir.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        committed = Integer.parseInt(line.substring("committed ".length()));
        if (committed >= 150) break;
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, no final commit
      child.waitFor();
    }
    return committed;
  }
}
