package org.dossier.store;

import org.dossier.tei.SourceException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.Fixtures.FORMAT;
import static org.dossier.store.Fixtures.memo;
import static org.dossier.store.StoreAssertions.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.tei.DossierTei;
import org.dossier.model.Affiliation;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionStoreTest {
  @TempDir Path tmp;

  private EditionStore init() throws StoreException {
    return EditionStore.init(tmp.resolve("ed"), "consul-letters", "Letters of a Consul", FORMAT);
  }

  @Test
  void initCreatesAFolderWithAnEmptyEdition() throws Exception {
    try (EditionStore store = init()) {
      assertThat(store.edition()).isEqualTo(Edition.titled("consul-letters", "Letters of a Consul"));
      assertThat(store.documents()).isEmpty();
      assertThat(store.repairs()).isEmpty();
    }
    assertThat(tmp.resolve("ed/documents")).isDirectory();
    Golden.assertMatches("empty-edition.json", Files.readString(tmp.resolve("ed/edition.json"), StandardCharsets.UTF_8));
  }

  @Test
  void initRefusesAFolderThatIsNotEmpty() throws Exception {
    Files.createDirectories(tmp.resolve("ed"));
    Files.writeString(tmp.resolve("ed/notes.txt"), "mine");
    StoreException e = assertThrows(StoreException.class, this::init);
    assertThat(e).hasMessageContaining(tmp.resolve("ed").toString()).hasMessageContaining("not empty")
        .hasMessageContaining("notes.txt");
  }

  @Test
  void initRefusesAnExistingEdition() throws Exception {
    init().close();
    StoreException e = assertThrows(StoreException.class, this::init);
    assertThat(e).hasMessageContaining("is already a Dossier edition");
  }

  @Test
  void initSaysWhichFolderItCannotWrite() throws Exception {
    // Tests run as root, who may write anywhere chmod allows nothing; but no one can create a
    // folder under a regular file.
    Files.writeString(tmp.resolve("plain-file"), "x");
    Path dir = tmp.resolve("plain-file/ed");
    StoreException e = assertThrows(StoreException.class,
        () -> EditionStore.init(dir, "consul-letters", "Letters", FORMAT));
    assertThat(e).hasMessageStartingWith("cannot write to " + dir).hasMessageContaining("not a directory");
  }

  @Test
  void aStoredDocumentReadsBackEqualWithTheEditionIdSet() throws Exception {
    Document memo = memo("memo-7", "Conversation at the harbour");
    try (EditionStore store = init()) {
      store.put(memo);
      assertThat(store.expect("memo-7")).isEqualTo(memo.toBuilder().edition("consul-letters").build());
      assertThat(store.documents()).containsExactly(new DocumentEntry("memo-7", "documents/memo-7." + FORMAT.extension(),
          store.hash("memo-7"), "7", "Conversation at the harbour", "1961-04-12", memo.type(),
          List.of(), store.documents().get(0).modified()));
    }
    assertConsistent(tmp.resolve("ed"));
  }

  @Test
  void theDefaultFormatIsDossierTei() throws Exception {
    Document memo = memo("memo-7", "Conversation at the harbour");
    try (EditionStore store = EditionStore.init(tmp.resolve("ed"), "consul-letters", "Letters")) {
      store.put(memo);
    }
    Path file = tmp.resolve("ed/documents/memo-7.xml");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<TEI");
    try (var in = Files.newInputStream(file)) {
      assertThat(DossierTei.read(in, "memo-7.xml")).isEqualTo(memo.toBuilder().edition("consul-letters").build());
    }
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"))) {
      assertThat(store.repairs()).isEmpty();
      assertThat(store.expect("memo-7").title()).isEqualTo("Conversation at the harbour");
    }
  }

  @Test
  void theStoreWorksWithAnyDocumentFormat() throws Exception {
    DocumentFormat json = JsonTestFormat.INSTANCE;
    Document memo = memo("memo-7", "Conversation at the harbour");
    try (EditionStore store = EditionStore.init(tmp.resolve("ed"), "consul-letters", "Letters", json)) {
      store.put(memo);
    }
    assertThat(tmp.resolve("ed/documents/memo-7.json")).isRegularFile();
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), json)) {
      assertThat(store.documents()).extracting(DocumentEntry::file).containsExactly("documents/memo-7.json");
      assertThat(store.expect("memo-7")).isEqualTo(memo.toBuilder().edition("consul-letters").build());
    }
  }

  @Test
  void aReopenedEditionHoldsWhatWasStored() throws Exception {
    Document memo = memo("memo-7", "Conversation at the harbour");
    List<DocumentEntry> before;
    try (EditionStore store = init()) {
      store.put(memo);
      before = store.documents();
    }
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), FORMAT)) {
      assertThat(store.repairs()).isEmpty();
      assertThat(store.documents()).isEqualTo(before);
      assertThat(store.expect("memo-7").title()).isEqualTo("Conversation at the harbour");
    }
  }

  @Test
  void editionJsonListsTheSectionsOfADocumentForTheContentsAndReadsThemBack() throws Exception {
    Document inChapter = memo("memo-8", "In a chapter").toBuilder()
        .sections(List.of("Part One", "Chapter II. The harbour")).build();
    try (EditionStore store = init()) {
      store.put(inChapter);
      store.put(memo("memo-9", "Outside"));
    }
    String json = Files.readString(tmp.resolve("ed/edition.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"sections\"").containsOnlyOnce("\"sections\"");
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), FORMAT)) {
      assertThat(store.findEntry("memo-8").orElseThrow().sections()).containsExactly("Part One", "Chapter II. The harbour");
      assertThat(store.findEntry("memo-9").orElseThrow().sections()).isEmpty();
    }
  }

  @Test
  void replacingADocumentKeepsItsPlaceAndChangesItsHash() throws Exception {
    try (EditionStore store = init()) {
      store.put(memo("a", "First"));
      store.put(memo("b", "Second"));
      String hash = store.hash("a");
      store.put(memo("a", "First, corrected"));
      assertThat(store.documents()).extracting(DocumentEntry::id).containsExactly("a", "b");
      assertThat(store.hash("a")).isNotEqualTo(hash);
      assertThat(store.expect("a").title()).isEqualTo("First, corrected");
      assertConsistent(store.dir());
    }
  }

  @Test
  void everyWriteChangesTheRevisionAndReadsDoNot() throws Exception {
    try (EditionStore store = init()) {
      long start = store.revision();
      store.put(memo("a", "First"));
      long afterPut = store.revision();
      store.documents();
      store.expect("a");
      assertThat(store.revision()).isEqualTo(afterPut).isNotEqualTo(start);
      store.setEdition(Edition.titled("consul-letters", "Letters, revised"));
      long afterEdition = store.revision();
      store.remove("a");
      assertThat(java.util.List.of(start, afterPut, afterEdition, store.revision())).doesNotHaveDuplicates();
    }
  }

  @Test
  void storingTheSameDocumentAgainKeepsItsHash() throws Exception {
    try (EditionStore store = init()) {
      store.put(memo("a", "First"));
      String hash = store.hash("a");
      store.put(memo("a", "First"));
      assertThat(store.hash("a")).isEqualTo(hash);
    }
  }

  @Test
  void removingADocumentDeletesItsFileAndItsEntry() throws Exception {
    try (EditionStore store = init()) {
      store.putAll(List.of(memo("a", "First"), memo("b", "Second"), memo("c", "Third")));
      assertConsistent(store.dir());
      assertThat(store.remove("b")).isTrue();
      assertThat(store.remove("b")).isFalse();
      assertThat(store.contains("b")).isFalse();
      assertThat(store.find("b")).isEmpty();
      assertThat(store.documents()).extracting(DocumentEntry::id).containsExactly("a", "c");
      assertConsistent(store.dir());
    }
  }

  @Test
  void expectingAMissingDocumentNamesItAndTheEdition() throws Exception {
    try (EditionStore store = init()) {
      DocumentNotFoundException e = assertThrows(DocumentNotFoundException.class, () -> store.expect("nope"));
      assertThat(e).hasMessage("edition consul-letters has no document 'nope'");
      assertThrows(DocumentNotFoundException.class, () -> store.hash("nope"));
    }
  }

  @Test
  void aPersonsSexAndDatedAffiliationsAreSavedAndReadBack() throws Exception {
    Edition debates = new Edition("consul-letters", "Harbour Assembly Debates", List.of(), null, null,
        List.of(new RegisterEntry("BergBo", "Bo Berg", null, "M", List.of(
                new Affiliation("Harbour Party", "member", "1905", null),
                new Affiliation("Harbour Government", "Minister of Finance", "1908-03-01", "1912-02-28"))),
            new RegisterEntry("AbleAnn", "Ann Able", "Chair of the assembly")),
        List.of(), List.of());
    try (EditionStore store = init()) {
      store.setEdition(debates);
    }
    String json = Files.readString(tmp.resolve("ed/edition.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"sex\": \"M\"", "\"organization\": \"Harbour Government\"", "\"to\": \"1912-02-28\"");
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), FORMAT)) {
      assertThat(store.edition().persons()).isEqualTo(debates.persons());
    }
  }

  @Test
  void setEditionKeepsTheStoresIdAndIsSaved() throws Exception {
    Edition imported = new Edition("other-id", "Letters of a Consul, 1958–1963", List.of("A. Editor", "B. Editor"),
        "Harbour Press", "CC BY 4.0", List.of(new RegisterEntry("p1", "Consul, The", "Writes most letters")),
        List.of(new RegisterEntry("pl1", "Lisbon", null)), List.of());
    try (EditionStore store = init()) {
      store.setEdition(imported);
      assertThat(store.edition().id()).isEqualTo("consul-letters");
    }
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), FORMAT)) {
      Edition e = store.edition();
      assertThat(e.id()).isEqualTo("consul-letters");
      assertThat(e.title()).isEqualTo("Letters of a Consul, 1958–1963");
      assertThat(e.editors()).containsExactly("A. Editor", "B. Editor");
      assertThat(e.persons()).isEqualTo(imported.persons());
      assertThat(e.places()).isEqualTo(imported.places());
      assertThat(e.licence()).isEqualTo("CC BY 4.0");
    }
    Golden.assertMatches("edition-with-registers.json",
        Files.readString(tmp.resolve("ed/edition.json"), StandardCharsets.UTF_8));
  }

  /** A format that fails halfway through writing any document whose title says so. */
  private static final DocumentFormat FAILING = new DocumentFormat() {
    @Override public String extension() { return FORMAT.extension(); }
    @Override public void write(Document d, java.io.OutputStream out) throws java.io.IOException {
      if (!d.title().contains("fails")) {
        FORMAT.write(d, out);
        return;
      }
      out.write("{\"id\": \"half".getBytes(StandardCharsets.UTF_8));
      throw new java.io.IOException("disk full");
    }
    @Override public Document read(java.io.InputStream in, String name) throws org.dossier.tei.SourceException, java.io.IOException {
      return FORMAT.read(in, name);
    }
  };

  @Test
  void aFailedWriteLeavesTheStoredDocumentAsItWasAndNoTemporaryFile() throws Exception {
    try (EditionStore store = EditionStore.init(tmp.resolve("ed"), "consul-letters", "Letters", FAILING)) {
      store.put(memo("a", "First"));
      String hash = store.hash("a");
      StoreException e = assertThrows(StoreException.class, () -> store.put(memo("a", "This one fails")));
      assertThat(e).hasMessage("cannot write to " + store.dir().resolve("documents/a." + FORMAT.extension()) + ": disk full");
      assertThat(store.hash("a")).isEqualTo(hash);
      assertThat(store.expect("a").title()).isEqualTo("First");
      assertConsistent(store.dir());
    }
  }

  @Test
  void aFailedImportKeepsTheDocumentsWrittenBeforeTheFailure() throws Exception {
    try (EditionStore store = EditionStore.init(tmp.resolve("ed"), "consul-letters", "Letters", FAILING)) {
      assertThrows(StoreException.class,
          () -> store.putAll(List.of(memo("a", "First"), memo("b", "This one fails"), memo("c", "Third"))));
      assertThat(store.documents()).extracting(DocumentEntry::id).containsExactly("a");
      assertConsistent(store.dir());
    }
    try (EditionStore store = EditionStore.open(tmp.resolve("ed"), FORMAT)) {
      assertThat(store.repairs()).isEmpty();
      assertThat(store.documents()).extracting(DocumentEntry::id).containsExactly("a");
    }
  }

  @Test
  void aBatchWritesEachDocumentAtOnceAndListsThemInEditionJsonWhenClosed() throws Exception {
    try (EditionStore store = init()) {
      try (EditionStore.Batch batch = store.batch()) {
        DocumentEntry a = batch.put(memo("a", "First"));
        batch.put(memo("b", "Second"));
        assertThat(a.sha256()).isEqualTo(store.hash("a"));
        assertThat(tmp.resolve("ed/documents/b." + FORMAT.extension())).isRegularFile();
        // edition.json does not list them yet: a reader finds them only as files a crash left behind.
        try (EditionStore reader = EditionStore.openReadOnly(store.dir(), FORMAT)) {
          assertThat(reader.repairs()).hasSize(2).allMatch(r -> r.contains("not yet in edition.json"));
        }
      }
      try (EditionStore reader = EditionStore.openReadOnly(store.dir(), FORMAT)) {
        assertThat(reader.repairs()).isEmpty();
        assertThat(reader.documents()).extracting(DocumentEntry::id).containsExactly("a", "b");
      }
      assertConsistent(store.dir());
    }
  }

  @Test
  void aClosedBatchAndAReadOnlyStoreRefuseBatchWrites() throws Exception {
    try (EditionStore store = init()) {
      EditionStore.Batch batch = store.batch();
      batch.close();
      assertThrows(IllegalStateException.class, () -> batch.put(memo("a", "First")));
      try (EditionStore reader = EditionStore.openReadOnly(store.dir(), FORMAT)) {
        assertThrows(IllegalStateException.class, reader::batch);
      }
    }
  }

  @Test
  void idsThatDifferOnlyInCaseAreRefused() throws Exception {
    try (EditionStore store = init()) {
      store.put(memo("Memo", "One"));
      StoreException e = assertThrows(StoreException.class, () -> store.put(memo("memo", "Two")));
      assertThat(e).hasMessageContaining("only in case");
      assertConsistent(store.dir());
    }
  }

  @Test
  void aSecondWriterIsLockedOutUntilTheFirstCloses() throws Exception {
    try (EditionStore first = init()) {
      StoreLockedException e = assertThrows(StoreLockedException.class, () -> EditionStore.open(first.dir(), FORMAT));
      assertThat(e).hasMessageContaining(first.dir().toString()).hasMessageContaining("open it read-only");
    }
    EditionStore.open(tmp.resolve("ed"), FORMAT).close();
  }

  @Test
  void aReadOnlyStoreReadsBesideTheWriterAndRefusesToWrite() throws Exception {
    try (EditionStore writer = init()) {
      writer.put(memo("a", "First"));
      try (EditionStore reader = EditionStore.openReadOnly(writer.dir(), FORMAT)) {
        assertThat(reader.isReadOnly()).isTrue();
        assertThat(reader.expect("a").title()).isEqualTo("First");
        assertThrows(IllegalStateException.class, () -> reader.put(memo("b", "Second")));
        assertThrows(IllegalStateException.class, () -> reader.remove("a"));
      }
    }
  }

  @Test
  void aClosedStoreCannotBeUsed() throws Exception {
    EditionStore store = init();
    store.close();
    assertThrows(IllegalStateException.class, () -> store.put(memo("a", "First")));
    assertThrows(IllegalStateException.class, () -> store.find("a"));
  }
}
