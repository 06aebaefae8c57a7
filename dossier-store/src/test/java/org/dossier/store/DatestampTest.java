package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.Fixtures.FORMAT;
import static org.dossier.store.Fixtures.memo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When each document was last written and when removed ones went: the datestamps harvesters see. */
class DatestampTest {
  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("ed");
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void aStoredDocumentCarriesTheTimeOfItsWriteInWholeSecondsAndKeepsItAcrossOpens() throws Exception {
    Instant before = now();
    Instant written;
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
      written = store.documents().get(0).modified();
    }
    assertThat(written).isBetween(before, now());
    assertThat(written.getNano()).isZero();
    assertThat(Files.readString(dir().resolve("edition.json"), StandardCharsets.UTF_8))
        .contains("\"modified\": \"" + written + "\"");
    try (EditionStore store = EditionStore.openReadOnly(dir(), FORMAT)) {
      assertThat(store.documents().get(0).modified()).isEqualTo(written);
    }
  }

  @Test
  void storingTheSameBytesAgainKeepsTheDatestampAndAChangeMovesIt() throws Exception {
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
      Instant first = store.documents().get(0).modified();
      Thread.sleep(1100);
      store.put(memo("a", "First"));
      assertThat(store.documents().get(0).modified()).isEqualTo(first);
      store.put(memo("a", "First, revised"));
      assertThat(store.documents().get(0).modified()).isAfter(first);
    }
  }

  @Test
  void aRemovedDocumentStaysRecordedWithTheTimeOfItsRemovalUntilItIsStoredAgain() throws Exception {
    Instant before = now();
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
      store.put(memo("b", "Second"));
      store.remove("a");
      assertThat(store.removed()).extracting(RemovedDocument::id).containsExactly("a");
      assertThat(store.removed().get(0).removed()).isBetween(before, now());
    }
    try (EditionStore store = EditionStore.open(dir(), FORMAT)) {
      assertThat(store.removed()).as("the removal survives a reopen").extracting(RemovedDocument::id).containsExactly("a");
      store.put(memo("a", "First, back again"));
      assertThat(store.removed()).isEmpty();
      assertThat(store.documents()).extracting(DocumentEntry::id).containsExactly("b", "a");
    }
    try (EditionStore store = EditionStore.openReadOnly(dir(), FORMAT)) {
      assertThat(store.removed()).isEmpty();
    }
  }

  @Test
  void aRemovalInterruptedByACrashIsRecordedWhenTheEditionIsRepaired() throws Exception {
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
      store.put(memo("b", "Second"));
    }
    // The crash came after the file was deleted and before edition.json forgot it.
    Files.delete(dir().resolve("documents/a." + FORMAT.extension()));
    try (EditionStore store = EditionStore.open(dir(), FORMAT)) {
      assertThat(store.removed()).extracting(RemovedDocument::id).containsExactly("a");
    }
    try (EditionStore store = EditionStore.open(dir(), FORMAT)) {
      assertThat(store.repairs()).isEmpty();
      assertThat(store.removed()).extracting(RemovedDocument::id).containsExactly("a");
    }
  }

  @Test
  void anEditionWrittenBeforeDatestampsTakesEachDocumentsFileTime() throws Exception {
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
    }
    Path json = dir().resolve("edition.json");
    String old = Files.readString(json, StandardCharsets.UTF_8)
        .replaceAll(",\\n\\s*\"modified\": \"[^\"]*\"", "").replaceAll(",\\n\\s*\"removed\": \\[\\]", "");
    assertThat(old).doesNotContain("modified").doesNotContain("removed");
    Files.writeString(json, old, StandardCharsets.UTF_8);
    Instant fileTime = Instant.parse("2001-02-03T04:05:06Z");
    Files.setLastModifiedTime(dir().resolve("documents/a." + FORMAT.extension()), FileTime.from(fileTime));
    try (EditionStore store = EditionStore.openReadOnly(dir(), FORMAT)) {
      assertThat(store.documents().get(0).modified()).isEqualTo(fileTime);
      assertThat(store.removed()).isEmpty();
    }
  }

  @Test
  void aMalformedDatestampIsRefusedWithItsPosition() throws Exception {
    try (EditionStore store = EditionStore.init(dir(), "consul-letters", "Letters", FORMAT)) {
      store.put(memo("a", "First"));
    }
    Path json = dir().resolve("edition.json");
    Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8)
        .replaceAll("\"modified\": \"[^\"]*\"", "\"modified\": \"yesterday\""), StandardCharsets.UTF_8);
    CorruptEditionException e = org.junit.jupiter.api.Assertions.assertThrows(CorruptEditionException.class,
        () -> EditionStore.openReadOnly(dir(), FORMAT));
    assertThat(e).hasMessageContaining("documents.0.modified").hasMessageContaining("'yesterday'")
        .hasMessageContaining("edition.json:");
  }
}
