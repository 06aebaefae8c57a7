package org.dossier.ingest.internal.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** A volume's structure as its editors print it: sections, pages, sources, types, turns, undated documents. */
class FrusStructureImportTest {
  private static ImportResult volume() throws Exception {
    return Importers.read(Path.of("src/test/resources/frus/structure-volume.xml"), ImportOptions.defaults());
  }

  private static Document doc(ImportResult r, String id) {
    return r.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aDocumentKnowsTheTitlesOfTheDivisionsThatHoldItOutermostFirst() throws Exception {
    ImportResult r = volume();
    assertThat(doc(r, "structvol-d1").sections()).containsExactly("Utopia Trade Relations", "Chapter I. The Tariff Question");
    assertThat(doc(r, "structvol-d3").sections()).containsExactly("Utopia Trade Relations", "Chapter II. Boundaries");
  }

  @Test
  void eachBlockStartsOnItsPrintedPageAndAPageTurningInsideItIsAMark() throws Exception {
    Document d1 = doc(volume(), "structvol-d1");
    assertThat(d1.paragraphs()).extracting(Block::page).containsExactly("1", "1", "1", "2", "2", "2", "2");
    Block wheat = d1.paragraphs().get(2);
    assertThat(wheat.marks()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MarkType.PAGE_BREAK);
      assertThat(m.length()).isZero();
      assertThat(m.text()).isEqualTo("2");
      assertThat(wheat.text().substring(m.offset())).isEqualTo("wheat.");
    });
    // A page break between documents carries over to the next one.
    assertThat(doc(volume(), "structvol-d2").paragraphs().get(0).page()).isEqualTo("3");
  }

  @Test
  void theSourceLinesAreTheSourceOnlyAndTheirFootnotesAreKept() throws Exception {
    Document d1 = doc(volume(), "structvol-d1");
    assertThat(d1.headnote()).isEmpty();
    assertThat(d1.source().text()).isEqualTo("File No. 611.00/12 [Paraphrase of telegram]");
    assertThat(d1.notes()).extracting(Note::text).contains("An invented note on the file.");
    Document d2 = doc(volume(), "structvol-d2");
    assertThat(d2.source().text()).isEqualTo("Invented Archive, Box 3. Secret.");
    assertThat(d2.notes()).extracting(Note::text).contains("A note inside the source note.");
  }

  @Test
  void aFootnoteOnAFootnoteIsCalledRightAfterIt() throws Exception {
    Document d3 = doc(volume(), "structvol-d3");
    assertThat(d3.notes()).extracting(Note::n, Note::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "A note."), org.assertj.core.groups.Tuple.tuple(2, "A note on the note."));
    assertThat(d3.notes()).extracting(Note::offset).containsOnly(d3.paragraphs().get(0).length());
  }

  @Test
  void theTypeComesFromTheSourceLineOrTheTitleWhenTheDocumentHasNone() throws Exception {
    ImportResult r = volume();
    assertThat(doc(r, "structvol-d1").type()).isEqualTo("telegram");
    assertThat(doc(r, "structvol-d2").type()).isEqualTo("memcon");
    assertThat(doc(r, "structvol-d3").type()).isEqualTo("instruction");
  }

  @Test
  void titlesLoseTheirPrintedNumberAndKeepTheirItalics() throws Exception {
    Document d1 = doc(volume(), "structvol-d1");
    assertThat(d1.number()).isEqualTo("12");
    assertThat(d1.title()).isEqualTo("The Minister in Utopia (Roe) to the Secretary of State");
    assertThat(d1.titleMarks()).extracting(Mark::type).containsOnly(MarkType.ITALIC);
    assertThat(d1.titleMarks()).extracting(m -> d1.title().substring(m.offset(), m.end()))
        .containsExactly("The Minister in Utopia", "to the Secretary of State");
  }

  @Test
  void marginNotesAndItalicsAreMarksInTheText() throws Exception {
    Block report = doc(volume(), "structvol-d1").paragraphs().get(1);
    assertThat(report.marks()).extracting(Mark::type, Mark::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MarkType.ITALIC, "Gazette"),
            org.assertj.core.groups.Tuple.tuple(MarkType.MARGIN, "Tariff printed."));
    assertThat(report.text()).contains("in full. Tariff printed. The Minister");
  }

  @Test
  void dialogueLinesBecomeTurnsButASalutationNeverDoes() throws Exception {
    Document d1 = doc(volume(), "structvol-d1");
    assertThat(d1.paragraphs().get(1).speaker()).isNull();
    assertThat(d1.paragraphs().get(1).text()).startsWith("Sir: I have the honor");
    assertThat(d1.paragraphs().subList(2, 6)).extracting(b -> b.speaker().name(), Block::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Minister", "Your people will not like the new duties on wheat."),
        org.assertj.core.groups.Tuple.tuple("Roe", "They will not, and they will say so."),
        org.assertj.core.groups.Tuple.tuple("Minister", "Then let them say it to the Council."),
        org.assertj.core.groups.Tuple.tuple("Roe", "I did not reply."));
    assertThat(d1.paragraphs().get(5).speaker()).isEqualTo(new Speaker("Roe", null, "p_ROE_1", null));
    Note council = d1.notes().stream().filter(n -> n.n() == 2).findFirst().orElseThrow();
    assertThat(council.paragraph()).isEqualTo(5);
    assertThat(council.offset()).isEqualTo(d1.expectBlock(5).length());
    Document d3 = doc(volume(), "structvol-d3");
    assertThat(d3.paragraphs()).extracting(Block::speaker).containsOnlyNulls();
  }

  @Test
  void aParticipantsListIsTheParticipants() throws Exception {
    Document d2 = doc(volume(), "structvol-d2");
    assertThat(d2.participants()).containsExactly("The Secretary of State", "The Utopian Ambassador");
    assertThat(d2.blocks()).noneMatch(b -> b.kind() == BlockKind.ITEM);
    assertThat(d2.blocks()).anySatisfy(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
      assertThat(b.text()).isEqualTo("PARTICIPANTS:");
    });
    assertThat(d2.notes()).extracting(Note::text).contains("Newly arrived.");
    assertThat(d2.paragraphs()).extracting(b -> b.speaker() == null ? null : b.speaker().name())
        .contains("Secretary", "Ambassador");
  }

  @Test
  void anUndatedDocumentTakesNoDateFromItsEnclosureAndShowsTheEditorsBracketsAsTheirs() throws Exception {
    Document d2 = doc(volume(), "structvol-d2");
    assertThat(d2.date()).isNull();
    Block dateline = d2.paragraphs().get(0);
    assertThat(dateline.text()).isEqualTo("[Washington, undated]");
    assertThat(dateline.marks()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MarkType.SUPPLIED);
      assertThat(m.length()).isEqualTo(dateline.length());
    });
  }

  @Test
  void theSharedVolumesGainSectionsPagesAndMarks() throws Exception {
    ImportResult r = Importers.read(SharedData.path("corpora/frus/frus1872p2v5.xml"), ImportOptions.defaults());
    assertThat(r.documents()).allSatisfy(d -> assertThat(d.sections()).isNotEmpty());
    assertThat(r.documents()).allSatisfy(d -> assertThat(d.paragraphs()).allSatisfy(b -> assertThat(b.page()).isNotNull()));
    List<Mark> marks = r.documents().stream().flatMap(Document::blocks).flatMap(b -> b.marks().stream()).toList();
    assertThat(marks).extracting(Mark::type).contains(MarkType.PAGE_BREAK, MarkType.MARGIN, MarkType.ITALIC);
    ImportResult v05 = Importers.read(SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"), ImportOptions.defaults());
    assertThat(v05.documents()).extracting(Document::type).containsExactly("letter", null, "memorandum", "telegram");
  }

  @Test
  void everyDocumentWritesValidDossierTeiThatReadsBackEqual() throws Exception {
    List<Document> documents = new java.util.ArrayList<>(volume().documents());
    List<Document> old = Importers.read(SharedData.path("corpora/frus/frus1872p2v5.xml"), ImportOptions.defaults())
        .documents();
    for (int i = 0; i < old.size(); i += 15) documents.add(old.get(i)); // margins, pages, italics, sections
    for (Document d : documents) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      org.dossier.tei.DossierTei.write(d, out);
      assertThat(org.dossier.testkit.TeiSchema.errors(out.toByteArray())).as(d.id()).isEmpty();
      assertThat(org.dossier.tei.DossierTei.read(new java.io.ByteArrayInputStream(out.toByteArray()), d.id()))
          .as(d.id()).isEqualTo(d);
    }
  }
}
