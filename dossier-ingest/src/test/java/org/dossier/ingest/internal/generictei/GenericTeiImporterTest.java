package org.dossier.ingest.internal.generictei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.dossier.tei.SourceException;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.Golden;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, point 4: a generic TEI file gives one document per document division, text of a group or TEI of a corpus. */
class GenericTeiImporterTest {
  static final ImportOptions OPTIONS =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  static ImportResult fixture(String name) throws Exception {
    Path file = name.startsWith("contract/") ? Path.of("src/test/resources", name) : Path.of("src/test/resources/generictei", name);
    return Importers.read(file, OPTIONS);
  }

  /** Imports a TEI file of the given {@code body} content, written as {@code name} in {@code dir}. */
  static ImportResult body(Path dir, String name, String body) throws Exception {
    Path file = Files.writeString(dir.resolve(name),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>" + body + "</body></text></TEI>", StandardCharsets.UTF_8);
    return Importers.read(file, OPTIONS);
  }

  /** The kind and text of each body block. */
  static List<org.assertj.core.groups.Tuple> kindsAndTexts(Document d) {
    return d.paragraphs().stream().map(b -> org.assertj.core.groups.Tuple.tuple(b.kind(), b.text())).toList();
  }

  static Document doc(ImportResult r, String id) {
    return r.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void theFrontDoorSendsTeiThatIsNeitherDossierNorFrusNorDebatesHere() throws Exception {
    for (String f : List.of("generictei/corpus.xml", "generictei/group.xml", "generictei/whole.xml", "contract/generic-tei.xml")) {
      assertThat(Importers.detect(Path.of("src/test/resources", f), OPTIONS).format()).as(f).isEqualTo("tei");
    }
    assertThat(Importers.detect(SharedData.path("corpora/frus-history/documents/1957-03-21-kennan-to-leopold.xml"), OPTIONS)
        .format()).isEqualTo("tei");
    assertThat(Importers.detect(SharedData.path("corpora/frus/frus1872p2v5.xml"), OPTIONS).format()).isEqualTo("tei-frus");
    assertThat(Importers.detect(SharedData.path("corpora/parla-clarin/siParl2.0/SDT2-sample.xml"), OPTIONS).format())
        .isEqualTo("tei-parla");
  }

  @Test
  void makesOneDocumentPerDocumentDivision() throws Exception {
    ImportResult r = fixture("contract/generic-tei.xml");
    assertThat(r.documents()).extracting(Document::id)
        .containsExactly("harbor-papers-d1", "harbor-papers-d2", "harbor-papers-d3");
    assertThat(r.documents()).extracting(Document::title).containsExactly(
        "Mr. Halden to Mr. Corwin", "Memorandum of a conversation at the harbor office", "Mr. Corwin to Mr. Halden");
    assertThat(r.documents()).extracting(Document::editionTitle).containsOnly("Papers on the Eastern Quay, 1871");
    assertThat(r.documents()).extracting(Document::editors).containsOnly(List.of("Maren Holt", "Tobias Wren"));
  }

  @Test
  void readsTheDateAndPlaceOfTheDatelineFromItsDateOrItsText() throws Exception {
    ImportResult r = fixture("contract/generic-tei.xml");
    assertThat(doc(r, "harbor-papers-d1").date()).isEqualTo(DocDate.of("1871-04-09"));
    assertThat(doc(r, "harbor-papers-d1").place()).isEqualTo("Northport");
    assertThat(doc(r, "harbor-papers-d3").date()).isEqualTo(DocDate.of("1871-06-01"));
    assertThat(doc(r, "harbor-papers-d3").place()).isEqualTo("Washington");
    assertThat(doc(r, "harbor-papers-d3").type()).isEqualTo("letter");
  }

  @Test
  void keepsOpenersAndClosersAsTextAndNotesAtTheirCalls() throws Exception {
    Document d1 = doc(fixture("contract/generic-tei.xml"), "harbor-papers-d1");
    assertThat(kindsAndTexts(d1)).startsWith(tuple(BlockKind.OPENER, "Northport, April 9, 1871."),
        tuple(BlockKind.OPENER, "Sir:"));
    assertThat(d1.paragraphs()).filteredOn(b -> b.kind() == BlockKind.CLOSER).extracting(Block::text)
        .containsExactly("I have the honor to be, Sir, your obedient servant,", "E. Halden.");
    assertThat(d1.paragraphs()).allMatch(b -> b.speaker() == null);
    Note onTitle = d1.notes().get(0);
    assertThat(onTitle.paragraph()).isNull();
    assertThat(onTitle.text()).isEqualTo("Received May 1.");
    Note inText = d1.notes().get(1);
    Block p = d1.expectBlock(inText.paragraph());
    assertThat(p.span(0, inText.offset())).endsWith("to foreign vessels.");
    assertThat(inText.n()).isEqualTo(2);
  }

  @Test
  void keepsEditorialMarksAndMentionsInTheText() throws Exception {
    ImportResult r = fixture("contract/generic-tei.xml");
    Block p = doc(r, "harbor-papers-d1").paragraphs().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
        .findFirst().orElseThrow();
    assertThat(p.text()).contains("The vote was [very] close, and the minority [illegible] the tariff.");
    assertThat(p.marks()).extracting(Mark::type).containsExactly(MarkType.SUPPLIED, MarkType.OMISSION);
    assertThat(p.mentions()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MentionType.PLACE);
      assertThat(m.ref()).isEqualTo("eastquay");
      assertThat(p.span(m.offset(), m.end())).isEqualTo("eastern quay");
    });
    Block item = doc(r, "harbor-papers-d3").paragraphs().stream().filter(b -> b.kind() == BlockKind.ITEM)
        .reduce((a, b) -> b).orElseThrow();
    assertThat(item.text()).isEqualTo("Report the tariff when it is settled.");
    Block foreign = doc(r, "harbor-papers-d2").paragraphs().get(doc(r, "harbor-papers-d2").paragraphs().size() - 1);
    assertThat(foreign.marks()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MarkType.FOREIGN);
      assertThat(m.lang()).isEqualTo("fr");
    });
  }

  @Test
  void makesSpeechesTurnsResolvedThroughTheRegister() throws Exception {
    Document d2 = doc(fixture("contract/generic-tei.xml"), "harbor-papers-d2");
    assertThat(d2.paragraphs()).extracting(b -> b.speaker() == null ? null : b.speaker().name()).containsExactly(
        null, "The Minister", "Mr. Halden", null, "Varga, Andras");
    assertThat(d2.paragraphs().get(1).speaker()).isEqualTo(new Speaker("The Minister", null, "varga", null));
    assertThat(d2.paragraphs().get(3).kind()).isEqualTo(BlockKind.STAGE);
    assertThat(d2.participants()).containsExactly("The Minister", "Mr. Halden", "Varga, Andras");
  }

  @Test
  void handsOverThePersonsAndPlacesOfTheHeaderAsTheEditionsRegisters() throws Exception {
    ImportResult r = fixture("contract/generic-tei.xml");
    assertThat(r.edition().id()).isEqualTo("harbor-papers");
    assertThat(r.edition().persons()).extracting(RegisterEntry::id).containsExactly("halden", "corwin", "varga");
    assertThat(r.edition().persons().get(0)).isEqualTo(
        new RegisterEntry("halden", "Halden, Erik", "Consul at the harbor town, 1868–1874."));
    assertThat(r.edition().places()).extracting(RegisterEntry::name).containsExactly("Eastern Quay");
    assertThat(r.edition().publisher()).isEqualTo("Northern Accord Press");
    assertThat(doc(r, "harbor-papers-d1").paragraphs()).flatExtracting(Block::mentions).extracting(Mention::ref)
        .contains("halden", "eastquay");
  }

  @Test
  void makesOneDocumentPerTeiOfACorpusTitledDatedAndSourcedByItsOwnHeader() throws Exception {
    ImportResult r = fixture("corpus.xml");
    assertThat(r.documents()).extracting(Document::id).containsExactly("wren-diary-entry-1", "wren-diary-entry-2");
    Document second = r.documents().get(1);
    assertThat(second.title()).isEqualTo("Wren's diary, 4 March 1889");
    assertThat(second.date()).isEqualTo(DocDate.of("1889-03-04"));
    assertThat(second.source().text()).isEqualTo("Wren Papers, box 2, folder 7.");
    assertThat(second.paragraphs()).extracting(Block::text).containsExactly(
        "The commission met at last. Halden spoke for an hour.", "Dinner with the consul.");
    assertThat(r.edition().title()).isEqualTo("The Diary of Tobias Wren");
  }

  @Test
  void makesOneDocumentPerTextOfAGroupAndLeavesTheFrontMatterOut() throws Exception {
    ImportResult r = fixture("group.xml");
    assertThat(r.documents()).extracting(Document::id).containsExactly("group-l1", "group-l2");
    Document first = r.documents().get(0);
    assertThat(first.date()).isEqualTo(DocDate.of("1889-03-03"));
    assertThat(first.place()).isEqualTo("Northport");
    assertThat(first.paragraphs()).extracting(Block::kind).containsExactly(
        BlockKind.OPENER, BlockKind.OPENER, BlockKind.PARAGRAPH, BlockKind.CLOSER, BlockKind.CLOSER);
    assertThat(r.documents().get(1).date()).isEqualTo(DocDate.of("1889-03-17"));
    assertThat(r.documents()).noneMatch(d -> d.blocks().anyMatch(b -> b.text().contains("Northern Ports")));
  }

  @Test
  void makesAFileWithoutDivisionsOneDocumentTitledAndDatedByItsHeader() throws Exception {
    Document d = fixture("whole.xml").single();
    assertThat(d.id()).isEqualTo("whole");
    assertThat(d.title()).isEqualTo("A Note on the Harbor Tariff");
    assertThat(d.date()).isEqualTo(DocDate.of("1871-06-20"));
    assertThat(d.source().text()).isEqualTo("Harbor Office Files, vol. 3.");
    assertThat(d.paragraphs()).hasSize(2);
  }

  @Test
  void leavesTheTitlePageOfAFileThatIsOneDocumentOut(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("titled.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><front>"
        + "<titlePage><docTitle><titlePart>A Report</titlePart></docTitle></titlePage></front>"
        + "<body><head>A Report on the Quay</head><p>The quay is open.</p></body></text></TEI>", StandardCharsets.UTF_8);
    Document d = Importers.read(file, OPTIONS).single();
    assertThat(d.title()).isEqualTo("A Report on the Quay");
    assertThat(d.paragraphs()).extracting(Block::text).containsExactly("The quay is open.");
  }

  @Test
  void datesAndPlacesALetterByTheSendingOfItsCorrespondenceDescription() throws Exception {
    Document d = fixture("corresp.xml").single();
    assertThat(d.id()).isEqualTo("wren-to-holt-1889");
    assertThat(d.title()).isEqualTo("Tobias Wren to Maren Holt, 2 April 1889");
    assertThat(d.date()).isEqualTo(DocDate.of("1889-04-02"));
    assertThat(d.place()).isEqualTo("Northport");
    assertThat(d.paragraphs()).extracting(Block::kind).containsExactly(
        BlockKind.OPENER, BlockKind.PARAGRAPH, BlockKind.CLOSER, BlockKind.CLOSER);
  }

  @Test
  void importsEachLetterOfAnOfficeOfTheHistorianFileAsADocumentWithTheSourcePrintedAboveThem() throws Exception {
    ImportResult r = Importers.read(SharedData.path("corpora/frus-history/documents/1957-03-21-kennan-to-leopold.xml"), OPTIONS);
    assertThat(r.documents()).extracting(Document::title).containsExactly("Richard W. Leopold to George F. Kennan",
        "L.E. Woodward to George F. Kennan", "Freund to George F. Kennan", "George F. Kennan to Richard W. Leopold");
    assertThat(r.documents()).extracting(Document::id).startsWith("1957-03-21-kennan-to-leopold-leopold-to-kennan");
    assertThat(r.documents().get(0).date()).isEqualTo(DocDate.of("1957-02-03"));
    assertThat(r.documents().get(3).date()).isEqualTo(DocDate.of("1957-03-21"));
    assertThat(r.documents()).allSatisfy(d -> assertThat(d.source().text()).startsWith("Department of State, Bureau of Public Affairs"));
    assertThat(r.documents().get(0).headnote()).extracting(Block::text)
        .containsExactly("Cited in Toward “Thorough, Accurate, and Reliable”: A History of the Foreign Relations of the"
            + " United States Series, Chapter 7, Footnote 81");
    assertThat(r.documents().get(0).paragraphs().get(0).n()).isEqualTo(2);
    assertThat(r.documents().subList(1, 4)).allSatisfy(d -> assertThat(d.headnote()).isEmpty());
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void importsEveryOfficeOfTheHistorianFileWithADocumentPerDivision() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedData.path("corpora/frus-history/documents"))) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    int documents = 0;
    for (Path f : files) documents += Importers.read(f, OPTIONS).documents().size();
    assertThat(documents).isEqualTo(38);
    Document minutes = Importers.read(SharedData.path("corpora/frus-history/documents/1988-01-07-hac-meeting-minutes.xml"),
        OPTIONS).single();
    assertThat(minutes.id()).isEqualTo("1988-01-07-hac-meeting-minutes");
    assertThat(minutes.date()).isEqualTo(DocDate.of("1988-01-07"));
    assertThat(minutes.title()).startsWith("Minutes of the January 1988 Meeting");
  }

  @ParameterizedTest
  @ValueSource(strings = {"corpus.xml", "group.xml", "whole.xml"})
  void matchesTheGoldenFile(String name) throws Exception {
    StringBuilder json = new StringBuilder();
    for (Document d : fixture(name).documents()) json.append(JsonForm.toPrettyJson(d));
    Golden.assertMatches("generictei/" + name.replace(".xml", ".json"), json.toString());
  }

  @Test
  void refusesAFileWhoseRootIsNotTeiNamingTheFileAndThePlace(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.xml"), "<?xml version=\"1.0\"?>\n<notes><p>x</p></notes>",
        StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class, () -> Importers.read(file, OPTIONS));
    assertThat(e.getMessage()).contains("notes.xml:2:").contains("not a TEI file");
  }

  @Test
  void refusesXmlThatIsNotWellFormedWithTheLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n<div type=\"letter\"><p>Sir</div>\n</body></text></TEI>",
        StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class, () -> Importers.read(file, OPTIONS));
    assertThat(e.getMessage()).contains("broken.xml:3:").contains("not well-formed");
  }

  @Test
  void makesBlocksOfAListOrParagraphsNestedInABlock(@TempDir Path dir) throws Exception {
    Document d = body(dir, "nested.xml", "<div type=\"document\"><head>Minutes</head><list><item>The Committee:<list>"
        + "<item>Mr. A</item><item>Mr. B</item></list></item><item>The staff</item></list>"
        + "<quote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p></quote>"
        + "<p>Before the list<list><item>one</item></list>and after it.</p></div>").single();
    assertThat(kindsAndTexts(d)).containsExactly(
        tuple(BlockKind.ITEM, "The Committee:"), tuple(BlockKind.ITEM, "Mr. A"), tuple(BlockKind.ITEM, "Mr. B"),
        tuple(BlockKind.ITEM, "The staff"), tuple(BlockKind.QUOTE, "First quoted paragraph."),
        tuple(BlockKind.QUOTE, "Second quoted paragraph."), tuple(BlockKind.PARAGRAPH, "Before the list"),
        tuple(BlockKind.ITEM, "one"), tuple(BlockKind.PARAGRAPH, "and after it."));
    assertThat(d.paragraphs()).extracting(Block::n).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void keepsPhrasesInTheOwnTextOfADivisionOrACloserInOneBlock(@TempDir Path dir) throws Exception {
    Document d = body(dir, "mixed.xml", "<div type=\"letter\"><head>A note</head>Written by <persName ref=\"#w\">Wren"
        + "</persName> in <hi>haste</hi>.<closer>Yours ever,<lb/>in haste <signed>T. W.</signed></closer></div>").single();
    assertThat(kindsAndTexts(d)).containsExactly(tuple(BlockKind.PARAGRAPH, "Written by Wren in haste."),
        tuple(BlockKind.CLOSER, "Yours ever, in haste"), tuple(BlockKind.CLOSER, "T. W."));
    assertThat(d.paragraphs().get(0).mentions()).extracting(Mention::ref).containsExactly("w");
  }

  @Test
  void takesTheTypeFromTheDivisionWhenItSaysMoreThanDocument(@TempDir Path dir) throws Exception {
    ImportResult r = body(dir, "types.xml", "<div type=\"diaryEntry\"><head>3 March</head><p>Rain.</p></div>"
        + "<div type=\"telegram\"><head>To London</head><p>Arrived.</p></div>"
        + "<div type=\"document\" subtype=\"memorandum\"><head>Note</head><p>Seen.</p></div>"
        + "<div type=\"document\"><head>Paper</head><p>Read.</p></div>");
    assertThat(r.documents()).extracting(Document::type)
        .containsExactly("diary", "telegram", "memorandum", null);
  }

  @Test
  void reportsADocumentWithoutATitleAndNamesIt(@TempDir Path dir) throws Exception {
    ImportResult r = body(dir, "untitled.xml", "<div type=\"letter\"><p>One.</p></div><div type=\"letter\" n=\"7\"><p>Two.</p></div>");
    assertThat(r.documents()).extracting(Document::title).containsExactly("Document 1", "Document 7");
    assertThat(r.issues()).extracting(ImportIssue::kind).containsExactly("title", "title");
    assertThat(r.issues().get(0).line()).isEqualTo(1);
  }
}
