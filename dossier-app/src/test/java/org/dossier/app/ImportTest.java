package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.hits;
import static org.dossier.app.Fixtures.source;
import static org.dossier.app.Fixtures.sources;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path tmp;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  private Path edition() throws AppException, java.io.IOException {
    return Fixtures.edition(app, tmp.resolve("consul"));
  }

  @Test
  void anImportStoresEveryDocumentAndIndexesIt() throws Exception {
    Path ed = edition();
    ImportReport r = app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    assertThat(r.stored()).isTrue();
    assertThat(r.summary()).startsWith("Imported 3 documents from 3 files, 0 persons, 0 places, 0 terms in ").endsWith("; no issues");
    LiveEdition stored = app.read(ed);
    assertThat(stored.documents()).extracting(ListedDocument::id).containsExactly("dispatch-1", "dispatch-2", "dispatch-3");
    assertThat(stored.expect("dispatch-2").edition()).isEqualTo("consul");
    // Indexed by the import itself, with the store's hashes: no sync needed.
    try (SearchIndex index = app.openIndex(List.of(ed), IndexAccess.READ_ONLY)) {
      assertThat(index.indexedHashes()).containsExactlyInAnyOrderEntriesOf(
          stored.documents().stream().collect(java.util.stream.Collectors.toMap(ListedDocument::id, ListedDocument::sha256)));
      assertThat(hits(index, "tariff")).isEqualTo(1);
      assertThat(hits(index, "edition:consul")).isEqualTo(3);
    }
  }

  @Test
  void oneBadFileWritesNothingAndLeavesNoStagingBehind() throws Exception {
    Path ed = edition();
    List<Path> files = new ArrayList<>(sources(tmp.resolve("in"), dispatches()));
    files.add(1, Files.writeString(tmp.resolve("in/empty.txt"), "", StandardCharsets.UTF_8));
    ImportReport r = app.importInto(ed, ImportRequest.of(files), null);
    assertThat(r.stored()).isFalse();
    assertThat(r.failures()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("empty.txt", "empty"));
    assertThat(r.failureSummary()).isEqualTo("1 of 4 files could not be imported; nothing was written to " + ed);
    assertThat(app.read(ed).documents()).isEmpty();
    assertThat(ed.resolve(Staging.EDITION_STAGING_DIR)).doesNotExist();
  }

  @Test
  void everyFileThatCannotBeImportedIsReportedNotOnlyTheFirst() throws Exception {
    Path ed = edition();
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7});
    ImportReport r = app.importInto(ed, ImportRequest.of(List.of(empty, source(tmp, dispatches().get(0)), binary)), null);
    assertThat(r.failures()).extracting(Throwable::getMessage)
        .anySatisfy(m -> assertThat(m).contains("empty.txt")).anySatisfy(m -> assertThat(m).contains("binary.txt"));
    assertThat(r.failureSummary()).startsWith("2 of 3 files");
  }

  @Test
  void documentsWaitOnDiskUntilEveryFileHasBeenRead() throws Exception {
    Path ed = edition();
    List<Integer> stagedWhenWritingBegan = new ArrayList<>();
    List<Integer> storedWhenWritingBegan = new ArrayList<>();
    app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), d -> {
      if (!stagedWhenWritingBegan.isEmpty()) return;
      try (Stream<Path> staged = Files.list(ed.resolve(Staging.EDITION_STAGING_DIR))) {
        stagedWhenWritingBegan.add((int) staged.count());
        storedWhenWritingBegan.add(app.read(ed).documents().size());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(stagedWhenWritingBegan).containsExactly(3);
    assertThat(storedWhenWritingBegan).containsExactly(0);
    assertThat(ed.resolve(Staging.EDITION_STAGING_DIR)).doesNotExist();
  }

  @Test
  void aDocumentMetTwiceKeepsItsFirstPlaceAndItsLastContent() throws Exception {
    Path ed = edition();
    Path first = source(tmp.resolve("a"), dispatch("dispatch-1", "First Draft", "Draft."));
    Path other = source(tmp.resolve("b"), dispatch("dispatch-2", "Grain Prices", "Prices rose."));
    Path again = source(tmp.resolve("c"), dispatch("dispatch-1", "Final Text", "Final."));
    ImportReport r = app.importInto(ed, ImportRequest.of(List.of(first, other, again)), null);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(app.read(ed).documents()).extracting(ListedDocument::title).containsExactly("Final Text", "Grain Prices");
  }

  @Test
  void theIndexIsCommittedInBatchesSoItsWriteBufferStaysSmall() throws Exception {
    Path ed = edition();
    Fixtures.CountingEngine engine = new Fixtures.CountingEngine();
    DossierApp batched = new DossierApp(AppConfig.defaults().withCommitEvery(2), engine);
    List<Document> five = new ArrayList<>(dispatches());
    five.add(dispatch("dispatch-4", "Rain", "It rained."));
    five.add(dispatch("dispatch-5", "Sun", "The sun came out."));
    batched.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), five)), null);
    assertThat(engine.commits).hasValue(3); // after the 2nd and 4th document, and at the end
  }

  @Test
  void anImportBesideAServerThatHoldsTheIndexIsStoredAndTheServerCatchesUp() throws Exception {
    Path ed = edition();
    try (EditionSet served = app.open(List.of(ed))) {
      ImportReport r = app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
      assertThat(r.stored()).isTrue();
      assertThat(r.indexNote()).contains("in use by another dossier process", "it will catch up by itself");
      assertThat(served.refresh()).hasValueSatisfying(s -> assertThat(s.added()).hasSize(3));
      assertThat(hits(served.index(), "riding")).isEqualTo(1);
    }
  }

  @Test
  void theSummaryCountsPersonsPlacesAndTermsAndAnEmptyDeclaredRegisterIsAWarning() throws Exception {
    // A register of persons whose one item names nobody with an xml:id: declared, but nothing can be read from it.
    Path volume = tmp.resolve("vol.xml");
    Files.writeString(volume, """
        <TEI xml:id="vol1" xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title type="complete">A Small Volume</title></titleStmt></fileDesc></teiHeader>
          <text><front>
            <div xml:id="persons"><head>Persons</head><list><item>Smith, a clerk</item></list></div>
            <div xml:id="terms"><list><item><term xml:id="t_TL">TL</term>, a telegram</item></list></div>
          </front><body>
            <div type="document" xml:id="d1" n="1"><head>1. Memorandum</head><p>The clerk wrote.</p></div>
          </body></text>
        </TEI>
        """, StandardCharsets.UTF_8);
    ImportReport r = app.dryRun(ImportRequest.of(List.of(volume)), null);
    assertThat(r.failures()).isEmpty();
    assertThat(r.summary()).contains("Read 1 document from 1 file, 0 persons, 0 places, 1 term in ");
    assertThat(r.emptyRegisters()).singleElement().satisfies(i -> {
      assertThat(i.location()).startsWith("vol.xml:4:");
      assertThat(i.message()).contains("register of persons", "no entry");
    });
  }

  @Test
  void aDebateCorpusWhoseListOfPersonsIsMissingIsWarnedOfAndOneWithItsListIsNot() throws Exception {
    // The shared ParlaMint sample includes ParlaMint-GB-listPerson.xml, which is not shipped (only an excerpt is).
    ImportReport gb = app.dryRun(ImportRequest.of(List.of(SharedData.path("corpora/parlamint/ParlaMint-GB/ParlaMint-GB.xml"))), null);
    assertThat(gb.emptyRegisters()).singleElement()
        .satisfies(i -> assertThat(i.toString()).startsWith("ParlaMint-GB.xml: empty-register: the list of persons"));
    ImportReport si = app.dryRun(ImportRequest.of(List.of(SharedData.path("corpora/parla-clarin/siParl2.0/SDT2-sample.xml"))), null);
    assertThat(si.sources().persons()).isNotEmpty();
    assertThat(si.emptyRegisters()).isEmpty();
  }

  @Test
  void theRegistersOfAFrusVolumeAreMergedAndItsTitleTakenWhenAskedFor() throws Exception {
    Path ed = edition();
    Path volume = SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml");
    ImportReport r = app.importInto(ed, ImportRequest.of(List.of(volume)).withTitleFromSources(true), null);
    assertThat(r.sources()).isNotNull();
    assertThat(r.summary()).contains(r.sources().persons().size() + " persons");
    var edition = app.read(ed).edition();
    assertThat(edition.persons()).isNotEmpty().isEqualTo(r.sources().persons());
    assertThat(edition.title()).isEqualTo(r.sources().title()).isNotEqualTo("Dispatches of a Consul");
    assertThat(edition.id()).isEqualTo("consul");
  }

  @Test
  void aLoneSpeakerLabelThatTheEditionsRegisterNamesBecomesASpeaker() throws Exception {
    // Issue #13, point 1: a label is a speaker where turns alternate or where the register names it.
    Path ed = edition();
    app.importInto(ed, ImportRequest.of(List.of(SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"))), null);
    Path page = Files.writeString(tmp.resolve("statement.txt"), "Document No. 3: Statement to the Press\n\nMarch 12, 1985\n\n"
        + "Full text\n\n1Gorbachev: We will continue the course of the Party congress.\n\n2There is no other way.\n",
        StandardCharsets.UTF_8);
    app.importInto(ed, ImportRequest.of(List.of(page)), null);
    Document statement = app.read(ed).expect("doc-3");
    assertThat(statement.paragraphs()).extracting(b -> b.speaker() == null ? null : b.speaker().name())
        .containsExactly("Gorbachev", "Gorbachev");
    List<Document> withoutRegister = new ArrayList<>();
    app.dryRun(ImportRequest.of(List.of(page)), withoutRegister::add);
    assertThat(withoutRegister).singleElement().satisfies(d -> {
      assertThat(d.paragraphs()).allMatch(b -> b.speaker() == null);
      assertThat(d.expectBlock(1).text()).startsWith("Gorbachev: We will continue");
    });
  }

  @Test
  void theEditorsImportedPagesNameFillInAnEditionThatHasNone() throws Exception {
    Path ed = edition();
    Document named = dispatch("dispatch-1", "Named", "Text.").toBuilder().editors(List.of("A. Reader", "B. Writer")).build();
    app.importInto(ed, ImportRequest.of(List.of(source(tmp.resolve("in"), named))), null);
    assertThat(app.read(ed).edition().editors()).containsExactly("A. Reader", "B. Writer");
  }

  @Test
  void aDryRunHandsOnEveryDocumentOnlyWhenEveryFileWasRead() throws Exception {
    List<Path> files = sources(tmp.resolve("in"), dispatches());
    List<String> seen = new ArrayList<>();
    ImportReport r = app.dryRun(ImportRequest.of(files), d -> seen.add(d.id()));
    assertThat(seen).containsExactly("dispatch-1", "dispatch-2", "dispatch-3");
    assertThat(r.summary()).startsWith("Read 3 documents from 3 files, 0 persons, 0 places, 0 terms in ");

    List<Path> withBad = new ArrayList<>(files);
    withBad.add(Files.writeString(tmp.resolve("empty.txt"), "", StandardCharsets.UTF_8));
    seen.clear();
    ImportReport bad = app.dryRun(ImportRequest.of(withBad), d -> seen.add(d.id()));
    assertThat(seen).isEmpty();
    assertThat(bad.failureSummary()).isEqualTo("1 of 4 files could not be imported; nothing was printed");
  }

  @Test
  void aDryRunWithoutAListenerCountsTheDocuments() throws Exception {
    ImportReport empty = app.dryRun(ImportRequest.of(List.of(Files.createDirectories(tmp.resolve("in")))), null);
    assertThat(empty.summary()).startsWith("Read 0 documents from 0 files");
    sources(tmp.resolve("in"), dispatches());
    Files.writeString(tmp.resolve("in/notes.md"), "# not a source", StandardCharsets.UTF_8);
    ImportReport counted = app.dryRun(ImportRequest.of(List.of(tmp.resolve("in"))), null);
    assertThat(counted.files()).isEqualTo(3);
    assertThat(counted.documents()).isEqualTo(3);
  }

  @Test
  void theIssuesOfAScrapedPageAreKeptWithTheirPlace() throws Exception {
    ImportReport r = app.dryRun(ImportRequest.of(List.of(SharedData.foundingPage())), null);
    assertThat(r.issues()).anySatisfy(i -> assertThat(i.toString()).containsPattern("masterpieces-doc51\\.txt:\\d+:\\d+: hyphenation"));
    assertThat(r.summary()).contains("issues: hyphenation=").doesNotContain("--issues");
  }

  @Test
  void aMissingSourceIsAnErrorThatNamesIt() {
    AppException e = assertThrows(AppException.class,
        () -> app.dryRun(ImportRequest.of(List.of(tmp.resolve("nowhere.txt"))), null));
    assertThat(e).hasMessage("no such file or folder: " + tmp.resolve("nowhere.txt"));
  }

  @Test
  void aFolderThatIsNotAnEditionFailsBeforeAnySourceIsRead() {
    AppException e = assertThrows(AppException.class,
        () -> app.importInto(tmp.resolve("no-edition"), ImportRequest.of(List.of(tmp.resolve("nowhere.txt"))), null));
    assertThat(e).hasMessageContaining("not a Dossier edition");
  }

  @Test
  void whatACrashedImportStagedIsClearedByTheNext() throws Exception {
    Path ed = edition();
    Path leftover = Files.createDirectories(ed.resolve(Staging.EDITION_STAGING_DIR));
    source(leftover, dispatch("stale", "Left Behind", "Half an import."));
    app.importInto(ed, ImportRequest.of(sources(tmp.resolve("in"), dispatches())), null);
    assertThat(app.read(ed).findEntry("stale")).isEmpty();
    assertThat(leftover).doesNotExist();
  }
}
