package org.dossier.ingest.internal.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.Edition;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

class FrusImporterTest {
  static ImportResult frus(String name) throws SourceException, IOException {
    return Importers.read(SharedData.path("corpora/frus/" + name), ImportOptions.defaults());
  }

  static ImportResult fixture(String name) throws SourceException, IOException {
    return Importers.read(Path.of("src/test/resources/frus/" + name), ImportOptions.defaults());
  }

  static Document doc(ImportResult r, String id) {
    return r.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void detectsFrusVolumesAsTeiFrus() throws Exception {
    assertThat(Importers.detect(SharedData.path("corpora/frus/frus1872p2v5.xml"), ImportOptions.defaults()).format())
        .isEqualTo("tei-frus");
  }

  @Test
  void anOldVolumeGivesItsPublisherPlaceAndYearOfPublication() throws Exception {
    Edition e = frus("frus1918Russiav03.xml").edition();
    assertThat(e.publisher()).isEqualTo("United States Government Printing Office");
    assertThat(e.imprint().place()).isEqualTo("Washington");
    assertThat(e.imprint().year()).isEqualTo(1932);
  }

  @Test
  void importsEveryDocumentOfTheModernExcerptWithItsRegisters() throws Exception {
    ImportResult r = frus("frus1981-88v05-excerpt.xml");
    assertThat(r.documents()).hasSize(4);
    assertThat(r.edition()).isNotNull();
    assertThat(r.edition().id()).isEqualTo("frus1981-88v05");
    assertThat(r.edition().persons()).hasSize(208);
    // The file has 182 term[@xml:id], but one of them (admin1, "reagan") is a classification
    // keyword in the teiHeader; the "Abbreviations and Terms" list itself has 181 entries.
    assertThat(r.edition().terms()).hasSize(181);
    assertThat(r.edition().title())
        .isEqualTo("Foreign Relations of the United States, 1981–1988, Volume V, Soviet Union, March 1985–October 1986");
    assertThat(r.edition().editors()).containsExactly("Elizabeth C. Charles", "Kathleen B. Rasmussen");
    assertThat(r.edition().publisher()).isEqualTo("United States Government Publishing Office");
    assertThat(r.edition().imprint().place()).isEqualTo("Washington");
    assertThat(r.edition().imprint().year()).as("publicationStmt/date[@type=publication-date]").isEqualTo(2020);
    assertThat(r.edition().findPerson("p_GMS_1").orElseThrow().name()).isEqualTo("Gorbachev, Mikhail S.");
    assertThat(r.edition().findPerson("p_AJA_1").orElseThrow().description())
        .isEqualTo("Lieutenant General, USAF; Director, Strategic Defense Initiative Organization");
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void keepsTheSourceNoteAsSourceAndTheOtherEightFootnotesAsNotes() throws Exception {
    ImportResult r = frus("frus1981-88v05-excerpt.xml");
    assertThat(r.documents()).allSatisfy(d -> assertThat(d.source()).isNotNull());
    assertThat(r.documents().stream().mapToInt(d -> d.notes().size()).sum()).isEqualTo(8);
    Document d1 = doc(r, "frus1981-88v05-d1");
    assertThat(d1.source().text()).startsWith("Reagan Library, Executive Secretariat, NSC Head of State File");
  }

  @Test
  void readsTheFirstLetterOfVolumeFive() throws Exception {
    Document d1 = doc(frus("frus1981-88v05-excerpt.xml"), "frus1981-88v05-d1");
    assertThat(d1.number()).isEqualTo("1");
    assertThat(d1.title()).isEqualTo("Letter From President Reagan to Soviet General Secretary Gorbachev");
    assertThat(d1.date()).isEqualTo(DocDate.of("1985-03-11"));
    assertThat(d1.place()).isEqualTo("Washington");
    assertThat(d1.type()).as("FRUS's subtype historical-document is no kind; the title opens with it").isEqualTo("letter");
    assertThat(d1.edition()).isEqualTo("frus1981-88v05");
    assertThat(d1.paragraphs()).extracting(Block::kind)
        .startsWith(BlockKind.OPENER, BlockKind.OPENER).endsWith(BlockKind.CLOSER);
    assertThat(d1.paragraphs().get(1).text()).isEqualTo("Dear Mr. General Secretary:");
    assertThat(d1.paragraphs().get(d1.paragraphs().size() - 1).text()).isEqualTo("Ronald Reagan");
  }

  @Test
  void placesAFootnoteCallRightAfterTheWordsItFollows() throws Exception {
    Document d1 = doc(frus("frus1981-88v05-excerpt.xml"), "frus1981-88v05-d1");
    Note note = d1.notes().get(0);
    assertThat(note.n()).isEqualTo(2);
    assertThat(note.text()).startsWith("Reagan met with Gromyko in Washington on September 28, 1984");
    Block block = d1.expectBlock(note.paragraph());
    assertThat(block.span(note.offset() - "Shcherbitsky here in Washington".length(), note.offset()))
        .isEqualTo("Shcherbitsky here in Washington");
  }

  @Test
  void linksPersonAndTermReferencesAsMentions() throws Exception {
    Document d3 = doc(frus("frus1981-88v05-excerpt.xml"), "frus1981-88v05-d3");
    List<Mention> all = d3.blocks().flatMap(b -> b.mentions().stream()).toList();
    assertThat(all).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(MentionType.TERM);
      assertThat(m.ref()).isEqualTo("t_USSR_1");
    });
    Block first = d3.blocks().filter(b -> b.text().startsWith("The basic lesson")).findFirst().orElseThrow();
    Mention gorbachev = first.mentions().get(0);
    assertThat(gorbachev.ref()).isEqualTo("p_GMS_1");
    assertThat(first.span(gorbachev.offset(), gorbachev.end())).isEqualTo("Mikhail Gorbachev");
  }

  @Test
  void printsAGapAsAnOmissionInsideTheSubjectList() throws Exception {
    Document d3 = doc(frus("frus1981-88v05-excerpt.xml"), "frus1981-88v05-d3");
    Block item = d3.blocks().filter(b -> b.kind() == BlockKind.ITEM).findFirst().orElseThrow();
    assertThat(item.text()).isEqualTo("[text not declassified]");
    assertThat(item.marks()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MarkType.OMISSION);
      assertThat(m.length()).isEqualTo(item.length());
    });
    assertThat(d3.blocks().filter(b -> b.kind() == BlockKind.HEADING)).extracting(Block::text).contains("SUBJECT");
  }

  @Test
  void leavesADocumentUndatedWhenItsDatelineSaysSoDespiteTheEditorsInference() throws Exception {
    ImportResult r = frus("frus1981-88v05-excerpt.xml");
    Document d2 = doc(r, "frus1981-88v05-d2");
    assertThat(d2.date()).isNull();
    assertThat(d2.paragraphs().get(0).text()).isEqualTo("Washington, undated");
    assertThat(doc(r, "frus1981-88v05-d2").blocks().filter(b -> b.kind() == BlockKind.QUOTE)).isNotEmpty();
    Document d4 = doc(r, "frus1981-88v05-d4");
    assertThat(d4.date()).isEqualTo(DocDate.of("1985-03-12T20:19:00+00:00"));
    assertThat(d4.place()).isEqualTo("Geneva");
  }

  @Test
  void joinsTextAcrossPageBreaksWithOneSpace() throws Exception {
    Document d1 = doc(frus("frus1981-88v05-excerpt.xml"), "frus1981-88v05-d1");
    assertThat(d1.paragraphs().get(2).text())
        .contains("I am convinced we have before us new opportunities")
        .doesNotContain("  ")
        .doesNotContain("\n");
  }

  @Test
  void readsTheNineteenEighteenRussiaVolume() throws Exception {
    ImportResult r = frus("frus1918Russiav03.xml");
    assertThat(r.documents()).hasSize(478);
    assertThat(r.edition().persons()).hasSize(88);
    assertThat(r.edition().findPerson("p_BND1").orElseThrow().description()).isEqualTo("Secretary of War.");
    Document d1 = r.documents().get(0);
    assertThat(d1.id()).isEqualTo("frus1918Russiav03-d1");
    assertThat(d1.title()).isEqualTo("The Secretary of State to the Ambassador in Russia (Francis)");
    assertThat(d1.headnote()).as("the source lines are the source, not a headnote").isEmpty();
    assertThat(d1.source().text()).isEqualTo("File No. 861.51/131 [Telegram]");
    assertThat(d1.sections()).hasSize(3).startsWith("Russia Economic Relations",
        "Chapter I. Loans to the Provisional Government—Soviet Financial Decrees");
    assertThat(d1.paragraphs()).extracting(Block::page).containsOnly("1");
    assertThat(d1.titleMarks()).extracting(Mark::text)
        .containsExactly("The Secretary of State to the Ambassador in Russia", "Francis");
    assertThat(d1.type()).isEqualTo("telegram");
    assertThat(d1.participants()).containsExactly("Secretary of State", "Francis");
    assertThat(d1.date()).isEqualTo(DocDate.of("1917-04-03T18:00:00"));
    Block closer = d1.paragraphs().get(d1.paragraphs().size() - 1);
    assertThat(closer.kind()).isEqualTo(BlockKind.CLOSER);
    assertThat(closer.text()).isEqualTo("Lansing");
    assertThat(closer.mentions()).extracting(Mention::ref).containsExactly("p_LR1");
    // every document whose own dateline has a date[@when]; d187's only dated dateline is its enclosure's
    assertThat(r.documents().stream().filter(d -> d.date() != null).count()).isEqualTo(458L);
    assertThat(doc(r, "frus1918Russiav03-d187").date()).isNull();
  }

  @Test
  void readsTheEighteenSeventyTwoVolumeWithItsMarginNotes() throws Exception {
    ImportResult r = frus("frus1872p2v5.xml");
    assertThat(r.documents()).hasSize(149);
    assertThat(r.edition().persons()).isEmpty();
    assertThat(r.documents().stream().filter(d -> d.date() != null).count()).isEqualTo(95L); // dateline date or frus:doc-dateTime-min/max
    Document d1 = r.documents().get(0);
    assertThat(d1.title()).isEqualTo("[Untitled]");
    assertThat(d1.notes()).isEmpty();
    Block margin = d1.paragraphs().stream().filter(b -> b.text().endsWith("Boundary established in 1846."))
        .findFirst().orElseThrow();
    assertThat(margin.marks()).filteredOn(m -> m.type() == MarkType.MARGIN).singleElement()
        .extracting(Mark::text).isEqualTo("Boundary established in 1846.");
    assertThat(d1.sections()).endsWith("APPENDIX.");
  }

  @Test
  void numbersBlocksOneToNAndKeepsEveryNoteCallInsideItsBlock() throws Exception {
    for (String volume : List.of("frus1918Russiav03.xml", "frus1872p2v5.xml", "frus1981-88v05-excerpt.xml")) {
      for (Document d : frus(volume).documents()) {
        List<Integer> numbers = d.blocks().map(Block::n).toList();
        for (int i = 0; i < numbers.size(); i++) assertThat(numbers.get(i)).as(d.id()).isEqualTo(i + 1);
        assertThat(d.blocks()).as(d.id()).allSatisfy(b -> {
          assertThat(b.text()).isEqualTo(b.text().strip()).doesNotContain("  ");
          for (Mention m : b.mentions()) {
            String span = b.span(m.offset(), m.end());
            assertThat(span).as(d.id() + " mention of " + m.ref()).isNotBlank().isEqualTo(span.strip());
          }
        });
      }
    }
  }

  @Test
  void readsTheEditionOfAnEmptyShellVolume() throws Exception {
    ImportResult r = frus("frus1981-88v06-shell.xml");
    assertThat(r.documents()).isEmpty();
    assertThat(r.edition().id()).isEqualTo("frus1981-88v06");
    assertThat(r.edition().editors()).containsExactly("James Graham Wilson", "Adam M. Howard");
  }

  @Test
  void givesADocumentWithoutXmlIdAnIdFromItsPositionAndReportsIt() throws Exception {
    ImportResult r = fixture("small-volume.xml");
    assertThat(r.documents()).extracting(Document::id).containsExactly("testvol1-pos-1", "testvol1-d2");
    assertThat(r.issues()).extracting(ImportIssue::kind).containsExactly("id");
    assertThat(r.edition().title()).isEqualTo("Test Series, Volume I, Invented Papers");
  }

  @Test
  void joinsAWordSplitByAPageBreakAndCollapsesWhitespace() throws Exception {
    Document d = fixture("small-volume.xml").documents().get(0);
    Block p = d.paragraphs().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).findFirst().orElseThrow();
    assertThat(p.text()).isEqualTo("The weather was fine and the ambassador arrived early; the talks began.");
    Note note = d.notes().get(0);
    assertThat(p.span(0, note.offset())).endsWith("ambassador arrived");
    assertThat(note.text()).isEqualTo("An invented footnote.");
  }

  @Test
  void readsRangesInlineHeadnotesAndGapReasons() throws Exception {
    ImportResult r = fixture("small-volume.xml");
    Document d = r.documents().get(0);
    assertThat(d.date()).isEqualTo(DocDate.range("1901-05-01", "1901-05-31"));
    assertThat(d.place()).isEqualTo("Springfield");
    assertThat(d.type()).isEqualTo("despatch");
    assertThat(d.headnote()).isEmpty();
    assertThat(d.source().text()).isEqualTo("File No. 100/1 [Despatch]");
    assertThat(d.title()).isEqualTo("The Envoy (Doe) to the Office");
    assertThat(d.participants()).containsExactly("Doe");
    assertThat(d.paragraphs().get(d.paragraphs().size() - 1).text()).isEqualTo("Nothing [illegible] was said.");
    assertThat(r.documents().get(1).date())
        .isEqualTo(DocDate.range("1901-06-01T00:00:00-05:00", "1901-06-02T23:59:59-05:00"));
    assertThat(r.edition().findPerson("p_DOE_1").orElseThrow().description()).isEqualTo("an invented envoy");
  }

  @Test
  void keepsAttributesAsNfcTextAndDropsALanguageTagTeiCannotHold(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // A decomposed @subtype became a type that is not NFC, and xml:lang="eń" a language the store
    // refused to write (issue #11: found by ImporterContractTest; debates read xml:lang the same way).
    Path file = Files.writeString(dir.resolve("v.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"v\""
        + " xml:lang=\"en\u0301\"><text><body><div type=\"document\" xml:id=\"d1\" subtype=\"me\u0301mo\">"
        + "<head>A</head><p>Text.</p></div></body></text></TEI>");
    Document d = Importers.read(file, ImportOptions.defaults()).single();
    assertThat(d.type()).isEqualTo("m\u00E9mo");
    assertThat(d.language()).isNull();
  }
}
