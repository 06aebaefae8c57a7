package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.hits;
import static org.dossier.app.Fixtures.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.search.SyncReport;
import org.dossier.store.EditionStore;
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
  void aCheckQuarantinesATruncatedDocumentWithItsPathAndKeepsTheRestUsable() throws Exception {
    Path ed = importedEdition();
    truncate(ed, "dispatch-2"); // edition.json keeps the old hash: the damage is found on opening
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isFalse();
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.quarantined()).singleElement().satisfies(q -> {
      assertThat(q.file()).isEqualTo("documents/dispatch-2.xml");
      assertThat(q.movedTo()).isEqualTo(".quarantine/dispatch-2.xml");
      assertThat(q.problem()).containsPattern("dispatch-2\\.xml:\\d+:\\d+");
      assertThat(q.line()).startsWith("documents/dispatch-2.xml: ").contains("moved to .quarantine/dispatch-2.xml")
          .doesNotContain("\n");
    });
    assertThat(ed.resolve(".quarantine/dispatch-2.xml")).exists();
    assertThat(ed.resolve("documents/dispatch-2.xml")).doesNotExist();
    assertThat(r.index()).isNotNull();
    assertThat(r.index().removed()).containsExactly("dispatch-2");
    // The rest of the edition: served, searched, imported into.
    try (EditionSet set = app.open(List.of(ed))) {
      assertThat(set.sync().unchanged()).isTrue();
      assertThat(set.documentCount()).isEqualTo(2);
      assertThat(set.damaged()).singleElement().extracting(DamagedFile::file).isEqualTo(".quarantine/dispatch-2.xml");
      assertThat(hits(set.index(), "harbour")).isEqualTo(1);
    }
    Document extra = Fixtures.dispatch("dispatch-4", "Fog", "A fog lay on the estuary all week.");
    ImportReport imported = app.importInto(ed, ImportRequest.of(sources(tmp.resolve("more"), List.of(extra))), null);
    assertThat(imported.stored()).isTrue();
    assertThat(imported.damaged()).singleElement().extracting(DamagedFile::id).isEqualTo("dispatch-2");
    // A second check still reports it, without moving anything again.
    assertThat(app.check(ed).quarantined()).singleElement().satisfies(q -> assertThat(q.line()).contains("is in .quarantine"));
  }

  @Test
  void removingAQuarantinedDocumentMendsTheEdition() throws Exception {
    Path ed = importedEdition();
    truncate(ed, "dispatch-2");
    app.check(ed);
    assertThat(app.remove(ed, List.of("dispatch-2")).removed()).containsExactly("dispatch-2");
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isTrue();
    assertThat(r.documents()).isEqualTo(2);
    assertThat(ed.resolve(".quarantine/dispatch-2.xml")).doesNotExist();
  }

  @Test
  void reImportingAQuarantinedDocumentMendsTheEdition() throws Exception {
    Path ed = importedEdition();
    truncate(ed, "dispatch-2");
    app.remove(ed, List.of("nothing-yet")); // commands other than check open the damaged edition too
    app.check(ed);
    app.importInto(ed, ImportRequest.of(sources(tmp.resolve("again"), List.of(dispatches().get(1)))), null);
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isTrue();
    assertThat(r.documents()).isEqualTo(3);
    try (SearchIndex index = readIndex(ed)) {
      assertThat(hits(index, "tariff")).isEqualTo(1);
    }
  }

  @Test
  void aListedDocumentThatDoesNotReadBackIsLeftOutOfSyncsAndQuarantinedByCheck() throws Exception {
    Path ed = importedEdition();
    // Cut short with its hash recorded as is: opening accepts it, reading it back fails.
    Path file = ed.resolve("documents/dispatch-2.xml");
    String oldHash = app.read(ed).findEntry("dispatch-2").orElseThrow().sha256();
    byte[] tei = Files.readAllBytes(file);
    byte[] cut = java.util.Arrays.copyOf(tei, tei.length / 2);
    Files.write(file, cut);
    String newHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(cut));
    Path json = ed.resolve("edition.json");
    Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8).replace(oldHash, newHash), StandardCharsets.UTF_8);
    try (EditionSet set = app.open(List.of(ed))) {
      SyncReport synced = set.sync(); // the index holds the old hash: the document must be loaded, and cannot be
      assertThat(synced.removed()).containsExactly("dispatch-2");
      assertThat(set.damaged()).singleElement().satisfies(d -> {
        assertThat(d.file()).isEqualTo("documents/dispatch-2.xml");
        assertThat(d.problem()).containsPattern("dispatch-2\\.xml:\\d+:\\d+");
      });
      assertThat(hits(set.index(), "harbour")).isEqualTo(1);
    }
    CheckReport r = app.check(ed);
    assertThat(r.quarantined()).extracting(CheckReport.Quarantined::id).containsExactly("dispatch-2");
    assertThat(r.documents()).isEqualTo(2);
  }

  @Test
  void aStoredParagraphTooLongToReadBackNoLongerPoisonsTheEdition() throws Exception {
    Path ed = importedEdition();
    // What an import without limits stored (issue 15, point 1): a paragraph over the XML reader's text limit.
    String huge = "grain ".repeat(org.dossier.tei.SecureXml.MAX_TEXT / 6 + 1);
    try (EditionStore store = EditionStore.open(ed)) {
      store.put(Fixtures.dispatch("dispatch-9", "Too Long", huge));
    }
    try (EditionSet set = app.open(List.of(ed))) {
      set.sync();
      assertThat(set.damaged()).singleElement().extracting(DamagedFile::id).isEqualTo("dispatch-9");
      assertThat(hits(set.index(), "harbour")).isEqualTo(1);
    }
    CheckReport r = app.check(ed);
    assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.problem()).contains("dispatch-9.xml"));
    assertThat(r.documents()).isEqualTo(3);
    Document extra = Fixtures.dispatch("dispatch-4", "Fog", "A fog lay on the estuary all week.");
    assertThat(app.importInto(ed, ImportRequest.of(sources(tmp.resolve("more"), List.of(extra))), null).stored()).isTrue();
    try (EditionSet set = app.open(List.of(ed))) {
      set.rebuild();
      assertThat(hits(set.index(), "estuary")).isEqualTo(1);
    }
  }

  @Test
  void aCheckMendsAnIndexThatLagsTheStore() throws Exception {
    Path ed = importedEdition();
    // A crash between the store write and the index update: the store has a document the index lacks,
    // a changed document the index holds stale, and the index holds one the store no longer has.
    try (EditionStore store = EditionStore.open(ed)) {
      store.put(Fixtures.dispatch("dispatch-4", "Fog", "A fog lay on the estuary all week."));
      store.put(Fixtures.dispatch("dispatch-1", "The Harbour Reopened", "The harbour reopened at noon."));
      store.remove("dispatch-3");
    }
    try (SearchIndex index = readIndex(ed)) {
      assertThat(hits(index, "estuary")).isZero();
      assertThat(hits(index, "riding")).isEqualTo(1);
    }
    CheckReport r = app.check(ed);
    assertThat(r.healthy()).isTrue();
    assertThat(r.index()).isNotNull();
    assertThat(r.index().added()).containsExactly("dispatch-4");
    assertThat(r.index().replaced()).containsExactly("dispatch-1");
    assertThat(r.index().removed()).containsExactly("dispatch-3");
    try (SearchIndex index = readIndex(ed)) {
      assertThat(hits(index, "estuary")).isEqualTo(1);
      assertThat(hits(index, "noon")).isEqualTo(1);
      assertThat(hits(index, "riding")).isZero();
      assertThat(index.indexedHashes()).containsOnlyKeys("dispatch-1", "dispatch-2", "dispatch-4");
    }
    assertThat(app.check(ed).index().unchanged()).isTrue();
  }

  private static void truncate(Path ed, String id) throws Exception {
    Path file = ed.resolve("documents/" + id + ".xml");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
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
