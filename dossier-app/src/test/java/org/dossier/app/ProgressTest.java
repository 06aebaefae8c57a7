package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long use cases tell a listener their stages and counts, which the adapters turn into bars and lines. */
class ProgressTest {
  @TempDir Path tmp;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  /** Writes down what it hears: "stage reading files 3", "3", "done". */
  static final class Recorder implements ProgressListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void stage(String task, String unit, long total) {
      heard.add("stage " + task + " " + unit + " " + total);
    }

    @Override
    public void progress(long done) {
      heard.add(Long.toString(done));
    }

    @Override
    public void stageDone() {
      heard.add("done");
    }
  }

  private Path importedEdition() throws Exception {
    Path ed = Fixtures.edition(app, tmp.resolve("consul"));
    Recorder r = new Recorder();
    app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null, r);
    assertThat(r.heard).containsExactly("stage reading files 3", "1", "2", "3", "done",
        "stage storing and indexing documents 3", "1", "2", "3", "done");
    return ed;
  }

  @Test
  void anImportCountsTheFilesItReadsThenTheDocumentsItStores() throws Exception {
    importedEdition();
  }

  @Test
  void aSingleFileIsCountedByItsDocumentsWithoutATotal() throws Exception {
    Recorder r = new Recorder();
    List<Path> files = sources(tmp.resolve("in"), dispatches().subList(0, 1));
    app.dryRun(ImportRequest.of(files), null, r);
    assertThat(r.heard).containsExactly("stage reading documents -1", "1", "done");
  }

  @Test
  void checkReadsBackEveryDocumentThenIndexesWhatTheIndexLacks() throws Exception {
    Path ed = importedEdition();
    Recorder r = new Recorder();
    app.check(ed, r);
    // The import indexed everything: nothing is loaded again.
    assertThat(r.heard).containsExactly("stage reading back documents 3", "1", "2", "3", "done",
        "stage indexing documents -1", "done");
  }

  @Test
  void aRebuildCountsEveryDocumentAgainstTheTotal() throws Exception {
    Path ed = importedEdition();
    Recorder r = new Recorder();
    try (EditionSet set = app.open(List.of(ed))) {
      set.rebuild(r);
    }
    assertThat(r.heard).containsExactly("stage indexing documents 3", "1", "2", "3", "done");
  }
}
