package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.search.Fixtures;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, point 8: the temporary files a flush or merge writes (sorting buffers and the like,
 * {@code *.tmp}) outlived a crash until the next search; they are deleted when the index is opened.
 */
class TempFilesTest {
  @TempDir Path dir;

  private static final List<String> LEFT_BY_A_CRASH = List.of("_7_Lucene90FieldsIndex-doc_ids_0.tmp",
      "_7_sort_1.tmp", "_9_Lucene99_0_bkd_2.tmp", "sorter_offline_3.tmp");

  @Test
  void deletesTemporaryFilesLeftByACrashWhenTheIndexIsOpened() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h-" + d.id())).toList());
      index.commit();
    }
    for (String name : LEFT_BY_A_CRASH) Files.write(dir.resolve(name), new byte[4096]);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      assertThat(files()).doesNotContainAnyElementsOf(LEFT_BY_A_CRASH).noneMatch(n -> n.endsWith(".tmp"));
      assertThat(index.indexedHashes()).hasSize(Fixtures.all().size());
      assertThat(index.search(SearchQuery.of("*")).total()).isPositive();
    }
  }

  @Test
  void deletesThemAlsoWhenTheCrashCameBeforeTheFirstCommit() throws Exception {
    for (String name : LEFT_BY_A_CRASH) Files.write(dir.resolve(name), new byte[4096]);
    Files.write(dir.resolve("_3.fdt"), new byte[16]);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      assertThat(files()).noneMatch(n -> n.endsWith(".tmp")).doesNotContain("_3.fdt");
      assertThat(index.indexedHashes()).isEmpty();
    }
  }

  private List<String> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
