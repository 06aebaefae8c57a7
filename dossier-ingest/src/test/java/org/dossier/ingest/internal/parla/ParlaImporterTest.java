package org.dossier.ingest.internal.parla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.MarkType;
import org.dossier.model.Speaker;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ParlaImporterTest {
  static ImportResult corpus(String relative) throws Exception {
    return Importers.read(SharedData.path("corpora/" + relative), ImportOptions.defaults());
  }

  static List<Block> turnsOf(Document d, String ref) {
    return d.paragraphs().stream().filter(b -> b.speaker() != null && ref.equals(b.speaker().ref())).toList();
  }

  @Test
  void detectsCorpusRootsAndSessionsAsTeiParla() throws Exception {
    for (String f : List.of("parla-clarin/siParl2.0/SDT2-sample.xml", "parlamint/ParlaMint-GB/ParlaMint-GB.xml",
        "parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml")) {
      assertThat(Importers.detect(SharedData.path("corpora/" + f), ImportOptions.defaults()).format()).as(f).isEqualTo("tei-parla");
    }
  }

  @Test
  void detectsACorpusRootWrittenInUtf16(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // The head was read as UTF-8 whatever the byte-order mark said, so UTF-16 debates were read as
    // FRUS volumes and gave no document (issue #11: found with ImporterContractTest's UTF-16 source).
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
        + "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>";
    for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = java.nio.file.Files.write(dir.resolve("corpus.xml"), xml.getBytes(charset));
      assertThat(Importers.detect(file, ImportOptions.defaults()).format()).as(charset.name()).isEqualTo("tei-parla");
    }
  }

  @Test
  void importsTheThreeSiParlSessionsThroughTheirCorpusRoot() throws Exception {
    ImportResult r = corpus("parla-clarin/siParl2.0/SDT2-sample.xml");
    assertThat(r.documents()).extracting(Document::id).containsExactly(
        "KPZONOJFSPD-Redna-021-1998-11-25", "OZKGIP-Redna-025-1998-12-08", "OZKSIS-Redna-034-2000-05-18");
    assertThat(r.edition().id()).isEqualTo("siParl.SDT2");
    assertThat(r.edition().persons()).hasSize(1268);
    assertThat(r.issues()).extracting(ImportIssue::kind).doesNotContain("speaker", "security");
    assertThat(r.documents()).allSatisfy(d -> {
      assertThat(d.type()).isEqualTo("debate");
      assertThat(d.language()).isEqualTo("sl");
      assertThat(d.edition()).isEqualTo("siParl.SDT2");
      assertThat(d.paragraphs().stream().filter(b -> b.speaker() != null)).allSatisfy(b -> assertThat(b.speaker().ref()).isNotNull());
    });
  }

  @Test
  void resolvesASiParlChairWithThePartyHeldOnTheSessionDate() throws Exception {
    Document d = corpus("parla-clarin/siParl2.0/SDT2-sample.xml").documents().get(1);
    assertThat(d.date()).isEqualTo(DocDate.of("1998-12-08"));
    assertThat(d.title()).isEqualTo("Odbor za kmetijstvo gozdarstvo in prehrano: 25. redna seja (8. 12. 1998)");
    assertThat(d.source().text()).startsWith("Odbor za kmetijstvo gozdarstvo in prehrano: 25. redna seja (8. 12. 1998), "
        + "Nepreverjen zapis seje, https://www.dz-rs.si/");
    assertThat(d.place()).isEqualTo("Ljubljana");
    Speaker chair = turnsOf(d, "PotočnikFranc").get(0).speaker();
    // Potočnik was a member of party.SLS.1 from 1996-11-28 to 2000-06-05.
    assertThat(chair).isEqualTo(
        new Speaker("Franc Potočnik", "Chair", "PotočnikFranc", "Slovenska ljudska stranka", "PREDSEDNIK FRANC POTOČNIK:"));
    assertThat(d.headnote()).extracting(Block::text).contains("Sejo je vodil Franc Potočnik, predsednik odbora.");
  }

  @Test
  void theSiParlSessionsEachHaveTheirOwnTitle() throws Exception {
    assertThat(corpus("parla-clarin/siParl2.0/SDT2-sample.xml").documents()).extracting(Document::title)
        .doesNotHaveDuplicates();
  }

  @Test
  void keepsNotesBetweenUtterancesAsStageDirectionsAndGapsAndNotesInsideASpeechInPlace() throws Exception {
    Document d = corpus("parla-clarin/siParl2.0/SDT2-sample.xml").documents().get(1);
    assertThat(d.paragraphs()).filteredOn(b -> b.kind() == BlockKind.STAGE && b.speaker() == null)
        .extracting(Block::text).contains("Seja se je pričela ob 18.14 uri.")
        .doesNotContain("PREDSEDNIK FRANC POTOČNIK:");
    // A note between two segs of one utterance stays in that speaker's turn.
    assertThat(d.paragraphs()).filteredOn(b -> b.text().equals("(Ni razumljivo.)"))
        .isNotEmpty().allSatisfy(b -> {
          assertThat(b.kind()).isEqualTo(BlockKind.STAGE);
          assertThat(b.speaker()).isNotNull();
          assertThat(b.marks()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(MarkType.COMMENT));
        });
    // The first seg opens with a gap: an omission at the start of the speech, not a block of its own.
    Block first = turnsOf(d, "PotočnikFranc").get(0);
    assertThat(first.text()).startsWith("[inaudible] državnega zbora Republike Slovenije");
    assertThat(first.marks()).first().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MarkType.OMISSION);
      assertThat(m.offset()).isZero();
    });
  }

  @Test
  void importsTheBritishSampleWithSpeakersFromTheMetadataTable() throws Exception {
    ImportResult r = corpus("parlamint/ParlaMint-GB/ParlaMint-GB.xml");
    // Citations name the corpus's publisher and licence (issue #12).
    assertThat(r.edition().publisher()).isNotBlank();
    assertThat(r.edition().licence()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
    Document d = r.single();
    assertThat(d.id()).isEqualTo("ParlaMint-GB_2017-09-07-commons");
    assertThat(d.date()).isEqualTo(DocDate.of("2017-09-07"));
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.title()).isEqualTo("Minutes of the House of Commons, Daily Session 2017-09-07");
    assertThat(d.source().text()).startsWith("UK Parliamentary Corpus. Volume 628. Thursday 7th September 2017., https://");
    assertThat(turnsOf(d, "StephenKinnock").get(0).speaker())
        .isEqualTo(new Speaker("Stephen Nathan Kinnock", "Member of Parliament", "StephenKinnock", "Labour"));
    assertThat(turnsOf(d, "MarcusJones")).hasSize(3);
    // "End of debateSection." marks the encoding's structure, not the sitting.
    assertThat(d.paragraphs()).filteredOn(b -> b.kind() == BlockKind.STAGE).extracting(Block::text)
        .containsExactly("[SAMPLING]", "House adjourned.");
    assertThat(d.paragraphs().get(0)).satisfies(b -> {
      assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
      assertThat(b.text()).isEqualTo("Membership of the European Economic Area");
    });
    // The sample ships neither the full person list nor the two other sessions: reported, not fatal; the register
    // of persons the corpus declares comes out empty, which is said too (issue #17).
    assertThat(r.issues()).extracting(ImportIssue::kind).containsOnly("reference", ImportIssue.EMPTY_REGISTER);
  }

  @Test
  void importsTheCzechSessionDirectlyFindingItsCorpusRoot() throws Exception {
    ImportResult r = corpus("parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml");
    Document d = r.single();
    assertThat(d.edition()).isEqualTo("ParlaMint-CZ");
    assertThat(d.language()).isEqualTo("cs");
    assertThat(d.date()).isEqualTo(DocDate.of("2020-01-22"));
    assertThat(d.title()).startsWith("Parlament České republiky, Poslanecká sněmovna, 2020-01-22, 12. Vládní návrh zákona");
    assertThat(d.participants()).containsExactly("Vojtěch Filip", "Lukáš Kolářík", "Jan Skopeček", "Petr Fiala");
    Speaker filip = turnsOf(d, "VojtechFilip.1955").get(0).speaker();
    assertThat(filip.role()).isEqualTo("Chair");
    assertThat(filip.label()).isEqualTo("Místopředseda PSP Vojtěch Filip");
    assertThat(filip.party()).isEqualTo("Poslanecký klub Komunistické strany Čech a Moravy");
    assertThat(turnsOf(d, "LukasKolarik.1984").get(0).speaker().role()).isEqualTo("Member of Parliament");
    // A vocal and a comment note inside a seg stay in it, as marks in parentheses.
    Block third = turnsOf(d, "VojtechFilip.1955").get(2);
    assertThat(third.text()).contains("Dobře. (Stále velký hluk v sále.) Pane poslanče",
        "jak vidím... (Sněmovna se utišuje.) Prosím, máte slovo.");
    assertThat(third.marks()).extracting(m -> m.type()).containsExactly(MarkType.EVENT, MarkType.COMMENT);
    assertThat(d.paragraphs()).extracting(Block::text).doesNotContain("Místopředseda PSP Vojtěch Filip", "Poslanec Lukáš Kolářík");
  }

  @Test
  void resolvesSpeakersFromInlineAndIncludedListsAndRebuildsTokenSpacing() throws Exception {
    ImportResult r = Importers.read(Path.of("src/test/resources/parla/corpus/Test-corpus.xml"), ImportOptions.defaults());
    Document d = r.single();
    assertThat(d.title()).isEqualTo("Sitting of 4 May 2001");
    assertThat(d.date()).isEqualTo(DocDate.of("2001-05-04"));
    assertThat(d.edition()).isEqualTo("Test-corpus");
    List<Block> anna = turnsOf(d, "SmithAnna");
    assertThat(anna).singleElement().satisfies(b -> {
      assertThat(b.text()).isEqualTo("I declare the sitting open. Let’s begin!");
      assertThat(b.speaker()).isEqualTo(new Speaker("Anna Smith", "Chair", "SmithAnna", "Blue River Party", "THE CHAIR:"));
    });
    List<Block> bo = turnsOf(d, "JonesBo.1960");
    assertThat(bo).extracting(Block::text).containsExactly(
        "Thank you. (Points at the clock.) It is late, and [inaudible] we agree.", "(The lights go out.)", "Second paragraph.");
    assertThat(bo.get(0).speaker().party()).isEqualTo("Green Meadow Party");
    assertThat(d.paragraphs()).filteredOn(b -> b.kind() == BlockKind.STAGE && b.speaker() == null).extracting(Block::text)
        .containsExactly("Applause.");
    assertThat(turnsOf(d, "Ghost")).singleElement().satisfies(b ->
        assertThat(b.speaker()).isEqualTo(new Speaker("Ghost", "Guest", "Ghost", null)));
    assertThat(r.issues()).filteredOn(i -> i.kind().equals("speaker")).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("Ghost"));
  }

  @Test
  void refusesIncludesThatLeaveTheCorpusFolderOrAreUrls() throws Exception {
    ImportResult r = Importers.read(Path.of("src/test/resources/parla/corpus/Test-corpus.xml"), ImportOptions.defaults());
    List<ImportIssue> security = r.issues().stream().filter(i -> i.kind().equals("security")).toList();
    assertThat(security).extracting(ImportIssue::message).anySatisfy(m -> assertThat(m).contains("../outside.xml"))
        .anySatisfy(m -> assertThat(m).contains("http://example.org/persons.xml"))
        .anySatisfy(m -> assertThat(m).contains("/etc/passwd"))
        .anySatisfy(m -> assertThat(m).contains("../corpus/../outside.xml"));
    assertThat(r.edition().persons()).extracting(p -> p.id()).containsExactly("SmithAnna", "JonesBo.1960");
  }

  @Test
  void followsIncludesOutsideTheRootFileFolderOnlyWhenTheOptionsRootAllowsIt() throws Exception {
    Path fixtures = Path.of("src/test/resources/parla").toAbsolutePath();
    ImportResult r = Importers.read(fixtures.resolve("corpus/Test-corpus.xml"), ImportOptions.defaults().withRoot(fixtures));
    assertThat(r.edition().persons()).extracting(p -> p.id()).contains("Intruder");
    assertThat(r.issues()).filteredOn(i -> i.kind().equals("security")).extracting(ImportIssue::message)
        .noneMatch(m -> m.contains("'../outside.xml'"));
  }

  @Test
  void importsNothingFromAPersonListGivenOnItsOwn() throws Exception {
    ImportResult r = corpus("parlamint/ParlaMint-GB/ParlaMint-GB-listPerson.EXCERPT.xml");
    assertThat(r.documents()).isEmpty();
    assertThat(r.issues()).extracting(ImportIssue::kind).contains("structure");
  }

  @Test
  void refusesIncludedFilesOverTheSizeLimit() throws Exception {
    List<ImportIssue> issues = new java.util.ArrayList<>();
    List<Document> documents = new java.util.ArrayList<>();
    new ParlaImporter().read(Path.of("src/test/resources/parla/corpus/Test-corpus.xml"), ImportOptions.defaults().withMaxBytes(100),
        new org.dossier.ingest.ImportSink() {
          @Override public void document(Document d) {
            documents.add(d);
          }

          @Override public void issue(ImportIssue i) {
            issues.add(i);
          }
        });
    assertThat(documents).isEmpty();
    assertThat(issues).filteredOn(i -> i.message().contains("size limit")).extracting(ImportIssue::message)
        .anySatisfy(m -> assertThat(m).contains("more-persons.xml"))
        .anySatisfy(m -> assertThat(m).contains("Test-session-2001-05-04.xml"));
  }

  @Test
  void resolvesSpeakersOfALoneSittingThroughThePersonsItListsItself() throws Exception {
    ImportResult r = Importers.read(Path.of("src/test/resources/parla/lone/lone-sitting.xml"), ImportOptions.defaults());
    assertThat(r.single().paragraphs()).singleElement().satisfies(b ->
        assertThat(b.speaker()).isEqualTo(new Speaker("Ro Reed", "Member of Parliament", "ReedRo", "Tide Party")));
    assertThat(r.issues()).extracting(ImportIssue::kind).doesNotContain("speaker");
  }

  @Test
  void importsSessionsWrittenInsideTheCorpusFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path root = dir.resolve("inline-corpus.xml");
    java.nio.file.Files.writeString(root, "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"inline\" xml:lang=\"en\">"
        + "<teiHeader><fileDesc><titleStmt><title>Inline</title></titleStmt></fileDesc>"
        + "<profileDesc><particDesc><listPerson><person xml:id=\"a\"><persName>Ann Able</persName></person></listPerson>"
        + "</particDesc></profileDesc></teiHeader>"
        + "<TEI xml:id=\"s1\"><teiHeader><fileDesc><titleStmt><title>First</title></titleStmt></fileDesc></teiHeader>"
        + "<text><body><u who=\"#a\"><seg>Hello.</seg></u></body></text></TEI>"
        + "<TEI><teiHeader/><text><body><u who=\"#b\"><seg>Who am I?</seg></u></body></text></TEI></teiCorpus>",
        java.nio.charset.StandardCharsets.UTF_8);
    ImportResult r = Importers.read(root, ImportOptions.defaults());
    assertThat(r.edition().title()).isEqualTo("Inline");
    assertThat(r.documents()).extracting(Document::id).containsExactly("s1", "inline-corpus-2");
    assertThat(r.documents().get(0).title()).isEqualTo("First");
    assertThat(r.documents().get(0).language()).isEqualTo("en");
    assertThat(r.documents().get(0).paragraphs().get(0).speaker().name()).isEqualTo("Ann Able");
    assertThat(r.issues()).extracting(ImportIssue::kind).containsExactly("speaker");
  }
}
