package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.store.EditionStore;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long commands show progress on stderr, as plain lines when asked (as when stderr is not a terminal). */
class ProgressTest {
  @TempDir Path tmp;

  private Path editionOf(int documents) throws Exception {
    Path e = tmp.resolve("e");
    try (EditionStore store = EditionStore.init(e, "e", "T")) {
      for (int i = 1; i <= documents; i++) {
        store.put(Document.builder("d" + i, "Letter " + i)
            .paragraphs(List.of(Block.paragraph(1, "The price of coal, letter " + i + "."))).build());
      }
    }
    return e;
  }

  @Test
  void reindexPrintsPlainProgressLinesAndAClosingCountOnStderr() throws Exception {
    Path e = editionOf(3);
    CliRun run = CliRun.of("reindex", e.toString(), "--progress", "lines", "--progress-every", "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("dossier: indexing: 1 of 3 documents (33%)", "documents/s", "left")
        .containsPattern("dossier: indexing: 3 documents in [0-9.]+ s \\(");
    assertThat(run.out()).doesNotContain("indexing:").contains("Indexed 3 documents");
  }

  @Test
  void checkShowsReadingBackAndIndexing() throws Exception {
    Path e = editionOf(2);
    CliRun run = CliRun.of("check", e.toString(), "--progress", "lines", "--progress-every", "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("dossier: reading back: 2 of 2 documents (100%)", "dossier: indexing: 2 documents");
  }

  @Test
  void quickStepsPrintNothingAtTheDefaultCadence() throws Exception {
    Path e = editionOf(2);
    CliRun run = CliRun.of("reindex", e.toString(), "--progress", "lines");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void progressNeverMixesIntoTheJsonOnStdout() {
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--dry-run", "--json", "--progress-every", "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("dossier: reading: 1 documents");
    ObjectMapper json = new ObjectMapper();
    assertThat(run.out().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(json.readTree(line).isObject()).isTrue());
  }

  @Test
  void quietAndNoneChooseLinesOrNothing() throws Exception {
    Path e = editionOf(2);
    assertThat(CliRun.of("reindex", e.toString(), "-q", "--progress-every", "0").err()).contains("dossier: indexing:");
    assertThat(CliRun.of("reindex", e.toString(), "--progress", "none", "--progress-every", "0").err()).isEmpty();
  }

  @Test
  void anUnknownProgressModeIsBadUsage() throws Exception {
    Path e = editionOf(1);
    CliRun run = CliRun.of("reindex", e.toString(), "--progress", "fancy");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--progress must be auto, bar, lines or none: 'fancy'");
    assertThat(CliRun.of("reindex", e.toString(), "--progress-every", "-1").err()).contains("--progress-every must be");
  }
}
