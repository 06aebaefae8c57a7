package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.hits;
import static org.dossier.app.Fixtures.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveAndCheckTest {
  @TempDir Path tmp;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  private Path importedEdition() throws Exception {
    Path ed = Fixtures.edition(app, tmp.resolve("ed"));
    app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    return ed;
  }

  private SearchIndex readIndex(Path ed) throws Exception {
    return app.openIndex(List.of(ed), IndexAccess.READ_ONLY);
  }

  @Test
  void removingDocumentsTakesThemOutOfTheEditionAndItsIndex() throws Exception {
    Path ed = importedEdition();
    RemoveReport r = app.remove(ed, List.of("dispatch-2", "nope", "dispatch-2"));
    assertThat(r.removed()).containsExactly("dispatch-2");
    assertThat(r.missing()).containsExactly("nope", "dispatch-2");
    assertThat(r.indexNote()).isNull();
    assertThat(app.read(ed).findEntry("dispatch-2")).isEmpty();
    try (SearchIndex index = readIndex(ed)) {
      assertThat(index.indexedHashes()).containsOnlyKeys("dispatch-1", "dispatch-3");
      assertThat(hits(index, "tariff")).isZero();
    }
  }

  @Test
  void aCheckRepairsWhatACrashLeftAndSyncsTheIndex() throws Exception {
    Path ed = importedEdition();
    app.remove(ed, List.of("dispatch-3"));
    Files.writeString(ed.resolve("documents/.dispatch-9.xml.0123abcd.tmp"), "half", StandardCharsets.UTF_8);
    try (SearchIndex index = app.openIndex(List.of(ed), IndexAccess.WRITABLE)) {
      index.deleteAll(); // as if the index had been lost
    }
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isTrue();
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.repairs()).singleElement().asString().contains("deleted unfinished temporary file");
    assertThat(r.index()).isNotNull();
    assertThat(r.index().added()).containsExactly("dispatch-1", "dispatch-2");
    assertThat(app.check(ed).index().unchanged()).isTrue();
  }

  @Test
  void aCheckNamesAnUnreadableDocumentWithItsPositionAndLeavesTheIndexAlone() throws Exception {
    Path ed = importedEdition();
    // A file cut short whose hash edition.json records as is: opening accepts it, reading it back fails.
    Path file = ed.resolve("documents/dispatch-2.xml");
    String oldHash = app.read(ed).findEntry("dispatch-2").orElseThrow().sha256();
    byte[] tei = Files.readAllBytes(file);
    byte[] cut = java.util.Arrays.copyOf(tei, tei.length / 2);
    Files.write(file, cut);
    String newHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(cut));
    Path json = ed.resolve("edition.json");
    Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8).replace(oldHash, newHash), StandardCharsets.UTF_8);
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isFalse();
    assertThat(r.unreadable()).singleElement().satisfies(u -> {
      assertThat(u.file()).isEqualTo("documents/dispatch-2.xml");
      assertThat(u.error().getMessage()).containsPattern("dispatch-2\\.xml:\\d+:\\d+");
    });
    assertThat(r.index()).isNull();
    try (SearchIndex index = readIndex(ed)) {
      assertThat(index.indexedHashes()).containsKey("dispatch-2");
    }
  }

  @Test
  void removeAndCheckBesideAServerLeaveTheIndexToItWithANote() throws Exception {
    Path ed = importedEdition();
    try (EditionSet served = app.open(List.of(ed))) {
      assertThat(app.remove(ed, List.of("dispatch-1")).indexNote()).contains("in use", "catch up by itself");
      CheckReport r = app.check(ed);
      assertThat(r.index()).isNull();
      assertThat(r.indexNote()).contains("in use");
      assertThat(served.refresh()).hasValueSatisfying(s -> assertThat(s.removed()).containsExactly("dispatch-1"));
    }
  }
}
