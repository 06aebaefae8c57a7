package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
  @TempDir Path edition;

  private static long files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aStagedDocumentIsAFileUntilItIsReadBackEqual() throws Exception {
    Document d = dispatch("d1", "Staged", "Kept on disk, not in memory.").toBuilder().editors(List.of("An Editor")).build();
    Path dir = edition.resolve(Staging.EDITION_STAGING_DIR);
    try (Staging staging = Staging.inside(edition)) {
      staging.add(d);
      assertThat(files(dir)).isEqualTo(1);
      assertThat(staging.read(staging.documents().iterator().next())).isEqualTo(d);
      assertThat(staging.firstEditors()).containsExactly("An Editor");
    }
    assertThat(dir).doesNotExist();
  }

  @Test
  void anIdStagedAgainKeepsItsPlaceTakesTheNewContentAndDropsTheOldFile() throws Exception {
    try (Staging staging = Staging.inside(edition)) {
      staging.add(dispatch("a", "First A", "One."));
      staging.add(dispatch("b", "B", "Two."));
      staging.add(dispatch("a", "Second A", "Three."));
      assertThat(staging.size()).isEqualTo(2);
      assertThat(staging.documents()).extracting(Staging.Staged::id).containsExactly("a", "b");
      assertThat(staging.read(staging.documents().iterator().next()).title()).isEqualTo("Second A");
      assertThat(files(edition.resolve(Staging.EDITION_STAGING_DIR))).isEqualTo(2);
    }
  }

  @Test
  void aCountingStagingKeepsOnlyTheIds() throws Exception {
    try (Staging staging = Staging.counting()) {
      staging.add(dispatch("a", "A", "One."));
      assertThat(staging.size()).isEqualTo(1);
      assertThrows(IllegalStateException.class, () -> staging.read(staging.documents().iterator().next()));
    }
    assertThat(edition.resolve(Staging.EDITION_STAGING_DIR)).doesNotExist();
  }
}
