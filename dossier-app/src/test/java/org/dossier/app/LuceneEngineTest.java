package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.hits;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneEngineTest {
  @TempDir Path tmp;

  @Test
  void theEmbeddedEngineIsTheDefaultAndKeepsItsIndexInTheEditionOrBesideTheFirst() {
    assertThat(AppConfig.defaults().index()).isEqualTo(IndexConfig.embedded());
    LuceneEngine engine = (LuceneEngine) IndexConfig.embedded().engine();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(engine.folder(List.of(a))).isEqualTo(a.resolve("index"));
    assertThat(engine.folder(List.of(a, b))).isEqualTo(tmp.resolve(".dossier-index"));
    LuceneEngine placed = (LuceneEngine) IndexConfig.embedded(tmp.resolve("x/../elsewhere")).engine();
    assertThat(placed.folder(List.of(a, b))).isEqualTo(tmp.resolve("elsewhere"));
  }

  @Test
  void aReadOnlyIndexSearchesAndRefusesWrites() throws Exception {
    Path ed = tmp.resolve("ed");
    IndexEngine engine = IndexConfig.embedded().engine();
    try (SearchIndex writable = engine.open(List.of(ed), IndexAccess.WRITABLE, 0)) {
      writable.index(dispatches().get(0), "h1");
    }
    try (SearchIndex readOnly = engine.open(List.of(ed), IndexAccess.READ_ONLY, 0)) {
      assertThat(hits(readOnly, "harbour")).isEqualTo(1);
      assertThat(readOnly.indexedHashes()).containsEntry("dispatch-1", "h1");
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> readOnly.index(dispatches().get(1), "h2"));
      assertThat(e).hasMessage("the search index was opened read-only: cannot index a document");
      assertThrows(IllegalStateException.class, () -> readOnly.delete("dispatch-1"));
      assertThrows(IllegalStateException.class, readOnly::deleteAll);
      assertThrows(IllegalStateException.class, readOnly::commit);
    }
  }

  @Test
  void aReadOnlyIndexThatDoesNotExistIsNotCreated() {
    Path ed = tmp.resolve("ed");
    AppException e = assertThrows(AppException.class,
        () -> IndexConfig.embedded().engine().open(List.of(ed), IndexAccess.READ_ONLY, 0));
    assertThat(e).hasMessageContaining(ed.resolve("index").toString()).hasMessageContaining("reindex");
    assertThat(ed.resolve("index")).doesNotExist();
  }

  @Test
  void theConfigurationRefusesBadOptions() {
    assertThrows(IllegalArgumentException.class, () -> AppConfig.defaults().withSearchCacheBytes(-1));
    assertThrows(IllegalArgumentException.class, () -> AppConfig.defaults().withCommitEvery(0));
    assertThat(AppConfig.defaults().withSearchCacheBytes(5).withCommitEvery(7))
        .isEqualTo(new AppConfig(IndexConfig.embedded(), 5, 7));
  }
}
