package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.hits;
import static org.dossier.app.Fixtures.source;
import static org.dossier.app.Fixtures.sources;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.search.SyncReport;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionSetTest {
  @TempDir Path tmp;

  /** The set's index lives apart from the edition's own, as when a server serves several editions. */
  private DossierApp server() {
    return DossierApp.of(AppConfig.defaults().withIndex(IndexConfig.embedded(tmp.resolve("index"))));
  }

  private final DossierApp writer = DossierApp.of(AppConfig.defaults());

  private Path edition(String name) throws AppException, java.io.IOException {
    return Fixtures.edition(writer, tmp.resolve(name));
  }

  @Test
  void aSetSeesAnImportMadeByAnotherWriterWhenRefreshed() throws Exception {
    Path ed = edition("ed");
    try (EditionSet set = server().open(List.of(ed))) {
      assertThat(set.sync().unchanged()).isTrue();
      assertThat(hits(set.index(), "perestroika")).isZero();
      writer.importInto(ed, ImportRequest.of(List.of(SharedData.foundingPage())), null);
      // A new version of edition.json (new file key, time and size) is what a refresh looks for.
      assertThat(set.refresh()).hasValueSatisfying(r -> assertThat(r.added()).containsExactly("masterpieces-of-history-51"));
      assertThat(hits(set.index(), "perestroika")).isPositive();
      assertThat(set.editions().get(0).find("masterpieces-of-history-51")).isPresent();
      // The table of contents comes from edition.json, type included, without parsing documents.
      assertThat(set.editions().get(0).documents()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("minutes"));
      assertThat(set.documentCount()).isEqualTo(1);
      assertThat(set.refresh()).isEmpty();
    }
  }

  @Test
  void syncRepairsAnIndexThatMissedChangesWhileItWasClosed() throws Exception {
    Path ed = edition("ed");
    writer.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    try (EditionSet set = server().open(List.of(ed))) {
      assertThat(set.sync().added()).containsExactly("dispatch-1", "dispatch-2", "dispatch-3");
    }
    writer.remove(ed, List.of("dispatch-2"));
    writer.importInto(ed, ImportRequest.of(List.of(source(tmp.resolve("new"), dispatch("dispatch-3", "Revised", "Revised text.")))), null);
    try (EditionSet set = server().open(List.of(ed))) {
      SyncReport r = set.sync();
      assertThat(r.removed()).containsExactly("dispatch-2");
      assertThat(r.replaced()).containsExactly("dispatch-3");
      assertThat(r.added()).isEmpty();
      assertThat(hits(set.index(), "revised")).isEqualTo(1);
      assertThat(hits(set.index(), "riding")).isZero();
    }
  }

  @Test
  void rebuildIndexesEveryDocumentAgain() throws Exception {
    Path ed = edition("ed");
    writer.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    try (EditionSet set = writer.open(List.of(ed))) {
      assertThat(set.sync().unchanged()).isTrue(); // the import indexed them
      assertThat(set.rebuild().added()).hasSize(3);
      assertThat(hits(set.index(), "harbour")).isEqualTo(1);
    }
  }

  @Test
  void severalEditionsShareOneIndexBesideTheFirst() throws Exception {
    Path a = edition("a");
    Path b = edition("b");
    writer.importInto(a, ImportRequest.of(List.of(source(tmp.resolve("in-a"), dispatches().get(0)))), null);
    writer.importInto(b, ImportRequest.of(List.of(source(tmp.resolve("in-b"), dispatches().get(1)))), null);
    try (EditionSet set = writer.open(List.of(a, b))) {
      assertThat(set.sync().added()).containsExactly("dispatch-1", "dispatch-2");
      assertThat(hits(set.index(), "edition:b")).isEqualTo(1);
    }
    assertThat(tmp.resolve(".dossier-index")).isDirectory();
  }

  @Test
  void twoEditionsHoldingOneDocumentIdCannotBeOpenedTogether() throws Exception {
    Path a = edition("a");
    Path b = edition("b");
    for (Path ed : List.of(a, b)) {
      writer.importInto(ed, ImportRequest.of(List.of(source(tmp.resolve("in-" + ed.getFileName()), dispatches().get(0)))), null);
    }
    AppException e = assertThrows(AppException.class, () -> writer.open(List.of(a, b)));
    assertThat(e).hasMessageContaining("document id 'dispatch-1' is in two editions");
    assertThat(tmp.resolve(".dossier-index")).doesNotExist();
  }

  @Test
  void aSecondSetOnTheSameIndexIsToldItIsBusy() throws Exception {
    Path ed = edition("ed");
    try (EditionSet first = writer.open(List.of(ed))) {
      IndexBusyException e = assertThrows(IndexBusyException.class, () -> writer.open(List.of(ed)));
      assertThat(e).hasMessage("the search index " + ed.resolve("index") + " is in use by another dossier process (a server?)");
    }
  }

  @Test
  void aWatchPicksUpAnImportMadeMeanwhileWithinAFewSeconds() throws Exception {
    Path ed = edition("ed");
    BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    try (EditionSet set = server().open(List.of(ed));
        Watch watch = set.watch(Duration.ofMillis(100), new Watch.Listener() {
          @Override public void changed(SyncReport report) {
            heard.add(report);
          }

          @Override public void failed(Exception error) {
            heard.add(error);
          }
        })) {
      writer.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
      Object first = heard.poll(10, TimeUnit.SECONDS);
      assertThat(first).isInstanceOfSatisfying(SyncReport.class, r -> assertThat(r.added()).hasSize(3));
      assertThat(hits(set.index(), "tariff")).isEqualTo(1);
    }
  }

  @Test
  void anEditionThatBreaksWhileOpenKeepsItsLastGoodState() throws Exception {
    Path ed = edition("ed");
    writer.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    try (EditionSet set = server().open(List.of(ed))) {
      set.sync();
      Files.writeString(ed.resolve("edition.json"), "{ broken", java.nio.charset.StandardCharsets.UTF_8);
      assertThat(set.refresh()).isEmpty();
      assertThat(set.editions().get(0).documents()).extracting(ListedDocument::id).hasSize(3);
    }
  }
}
