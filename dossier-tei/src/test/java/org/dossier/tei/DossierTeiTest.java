package org.dossier.tei;

import org.dossier.testkit.TeiSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.dossier.testkit.Golden;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierTeiTest {

  /** A meeting record shaped like the founding page, in our own words. */
  static Document sample() {
    Speaker chair = new Speaker("Petrov", "chair of the commission", "p_PET_1", "CPSU");
    Speaker envoy = Speaker.of("Novak", "envoy to Prague");
    String p2 = "Comrades, the [reform] has begun. We must not wait [sic] for others.";
    String p3 = "In Prague they say [prosto tak] and [\u2026] nothing else. [Kurt] agrees.";
    String p4 = "Applause.";
    return Document.builder("rec-1989-07", "Record of a Conversation between Petrov and Novak")
        .edition("sample-edition")
        .editionTitle("Sample Papers on the Year of Change")
        .number("7")
        .date(DocDate.range("1989-03-01", "1989-03-15"))
        .place("Moscow")
        .type("minutes")
        .language("en")
        .participants(List.of("Petrov", "Novak"))
        .editors(List.of("Anna Editor", "Boris Compiler"))
        .headnote(List.of(Block.paragraph(1, "The editors introduce a short conversation held in March.")))
        .paragraphs(List.of(
            new Block(2, BlockKind.PARAGRAPH, chair, p2,
                List.of(mark(MarkType.SUPPLIED, p2, "[reform]", "reform", null),
                    mark(MarkType.SIC, p2, "[sic]", "sic", null)),
                List.of()),
            new Block(3, BlockKind.PARAGRAPH, envoy, p3,
                List.of(mark(MarkType.FOREIGN, p3, "[prosto tak]", "prosto tak", "ru-Latn"),
                    mark(MarkType.OMISSION, p3, "[\u2026]", "", null),
                    mark(MarkType.SUPPLIED, p3, "[Kurt]", "Kurt", null)),
                List.of(new Mention(MentionType.PLACE, 3, 6, "pl_PRG"),
                    new Mention(MentionType.PERSON, p3.indexOf("Kurt"), 4, "p_KRT_1"))),
            new Block(4, BlockKind.STAGE, null, p4, List.of(), List.of())))
        .notes(List.of(
            new Note(1, null, 0, "Source: a typed copy with handwritten corrections."),
            new Note(2, 2, p2.indexOf(" the"), "The word is underlined in the original."),
            new Note(3, 3, p3.length(), "Novak returned to this point in May.")))
        .source(new Source("Archive of the Commission, Fond 5, Opis 2, Delo 17. Held at the Sample Library.",
            "Archive of the Commission", "5", "2", "17", "Sample Library", "Clara Translator"))
        .rights("\u00a9 Sample Press, 2024")
        .provenance(new Provenance("record-7.txt", "text", "2026-11-29T08:00:00Z"))
        .build();
  }

  private static Mark mark(MarkType type, String text, String printed, String content, String lang) {
    int offset = text.codePointCount(0, text.indexOf(printed));
    return new Mark(type, offset, printed.codePointCount(0, printed.length()), content, lang);
  }

  static byte[] write(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(d, out);
    return out.toByteArray();
  }

  static Document read(byte[] xml) throws Exception {
    return DossierTei.read(new ByteArrayInputStream(xml), "doc.xml");
  }

  @Test
  void writesAValidFileThatReadsBackEqual() throws Exception {
    byte[] xml = write(sample());
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(read(xml)).isEqualTo(sample());
  }

  @Test
  void writesTheGoldenFile() throws Exception {
    Golden.assertMatches("tei/sample.tei.xml", new String(write(sample()), StandardCharsets.UTF_8));
  }

  @Test
  void writesTheSameBytesForTheSameDocument() throws Exception {
    assertThat(write(sample())).isEqualTo(write(read(write(sample()))));
  }

  @Test
  void writesTheHeaderAloneExactlyAsItStandsInTheFileWithItsNamespace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.writeHeader(sample(), out);
    String header = out.toString(StandardCharsets.UTF_8);
    String file = new String(write(sample()), StandardCharsets.UTF_8);
    String inFile = file.substring(file.indexOf("<teiHeader>"), file.indexOf("</teiHeader>") + "</teiHeader>".length())
        .replace("\n  ", "\n");
    assertThat(header).startsWith("<teiHeader xmlns=\"http://www.tei-c.org/ns/1.0\">")
        .isEqualTo(inFile.replace("<teiHeader>", "<teiHeader xmlns=\"http://www.tei-c.org/ns/1.0\">"));
  }

  @Test
  void namesItselfSoImportersCanSniffIt() throws Exception {
    String xml = new String(write(sample()), StandardCharsets.UTF_8);
    assertThat(xml).contains("<application ident=\"dossier\" version=\"0.1\"><label>Dossier</label></application>");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n");
  }

  @Test
  void keepsWhitespaceControlsAndAstralCharactersExactly() throws Exception {
    String text = "  two  spaces,\ttab,\r\nCRLF, lone\rCR, \u00a0nbsp, \uD835\uDD18\uD835\uDD2B astral, e\u0301 combining, ]]> & <tag>  ";
    Document d = Document.builder("ws", " title with edges ")
        .paragraphs(List.of(Block.paragraph(1, text), Block.paragraph(2, ""), Block.paragraph(3, "\n")))
        .notes(List.of(new Note(1, 1, text.codePointCount(0, text.indexOf("\uD835\uDD18")) + 1, " note\r\n text ")))
        .build();
    byte[] xml = write(d);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(read(xml)).isEqualTo(d);
  }

  @Test
  void keepsASpeakersLabelAndTheEventsAndCommentsOfASpeechInline() throws Exception {
    Speaker chair = new Speaker("Ann Able", "Chair", "AbleAnn", "Harbour Party", "THE CHAIR (Ann Able):");
    String text = "Order, please. (Laughter.) We resume (11.40 hours) now.";
    Document d = Document.builder("sitting-1", "Sitting of 3 May")
        .paragraphs(List.of(
            new Block(1, BlockKind.PARAGRAPH, chair, text,
                List.of(mark(MarkType.EVENT, text, "(Laughter.)", "Laughter.", null),
                    mark(MarkType.COMMENT, text, "(11.40 hours)", "11.40 hours", null)),
                List.of()),
            new Block(2, BlockKind.STAGE, chair, "(Noise in the hall.)",
                List.of(new Mark(MarkType.EVENT, 0, 20, "Noise in the hall.", null)), List.of())))
        .build();
    byte[] xml = write(d);
    String tei = new String(xml, StandardCharsets.UTF_8);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(tei).contains("<note type=\"label\">THE CHAIR (Ann Able):</note>",
        "<incident><desc>(Laughter.)</desc></incident>", "<note type=\"comment\">(11.40 hours)</note>")
        .doesNotContain("spanGrp");
    assertThat(read(xml)).isEqualTo(d);
  }

  @Test
  void overlappingMarksAndMentionsFallBackToStandoffAndReadBack() throws Exception {
    String text = "Ambassador [Kurt Walter] met [him] there.";
    Document d = Document.builder("overlap", "Overlap")
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, text,
            List.of(new Mark(MarkType.SUPPLIED, 11, 13, "Kurt Walter", null),
                new Mark(MarkType.OMISSION, 16, 0, "a word", null),
                new Mark(MarkType.SIC, 16, 0, "", "de")),
            List.of(new Mention(MentionType.PERSON, 0, 16, "p 1"), new Mention(MentionType.PERSON, 12, 10, "%p2#")))))
        .notes(List.of(new Note(1, 1, 16, "at the omission"), new Note(2, 1, 14, "inside the supplied span")))
        .build();
    byte[] xml = write(d);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<spanGrp type=\"dossier\">", "interpGrp");
    assertThat(read(xml)).isEqualTo(d);
  }

  @Test
  void placesHeadingsOpenersAndClosersWhereTeiAllowsThem() throws Exception {
    Speaker s = Speaker.named("Clerk");
    Document d = Document.builder("kinds", "Kinds")
        .paragraphs(List.of(
            new Block(10, BlockKind.CLOSER, null, "too early", List.of(), List.of()),
            new Block(3, BlockKind.HEADING, null, "A heading", List.of(), List.of()),
            new Block(4, BlockKind.OPENER, null, "Dear sir,", List.of(), List.of()),
            new Block(5, BlockKind.ITEM, null, "one", List.of(), List.of()),
            new Block(6, BlockKind.ITEM, null, "two", List.of(), List.of()),
            new Block(7, BlockKind.HEADING, s, "spoken heading", List.of(), List.of()),
            new Block(8, BlockKind.ITEM, s, "spoken item", List.of(), List.of()),
            new Block(9, BlockKind.QUOTE, s, "spoken quote", List.of(), List.of()),
            new Block(1, BlockKind.CLOSER, null, "Yours,", List.of(), List.of()),
            new Block(2, BlockKind.CLOSER, null, "Signed", List.of(), List.of())))
        .build();
    byte[] xml = write(d);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(read(xml)).isEqualTo(d);
  }

  @Test
  void rejectsCharactersXmlCannotHoldNamingTheParagraph() {
    Document d = Document.builder("ctl", "t").paragraphs(List.of(Block.paragraph(4, "bell\u0007"))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(d));
    assertThat(e).hasMessageContaining("ctl").hasMessageContaining("paragraph 4").hasMessageContaining("U+0007");
  }

  @Test
  void rejectsALanguageTeiCannotHold() {
    Document d = Document.builder("lang", "t").language("not a tag").build();
    assertThat(assertThrows(IllegalArgumentException.class, () -> write(d))).hasMessageContaining("not a tag");
  }

  @Test
  void reportsMalformedXmlWithFileLineAndColumn() {
    byte[] xml = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n</TEI>"
        .getBytes(StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class, () -> read(xml));
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isPositive();
    assertThat(e).hasMessageContaining("doc.xml:4:");
  }

  @Test
  void refusesAProvenanceThatNamesAPathInsteadOfAFile() throws Exception {
    // Dossier records the file name only; read as it was, a path broke the model's invariant (issue #15: found by
    // ImporterFuzzTest#dossierTei).
    String good = new String(write(sample()), StandardCharsets.UTF_8);
    for (String path : List.of("records/record-7.txt", "records\\record-7.txt")) {
      String xml = good.replace("<name type=\"file\">record-7.txt<", "<name type=\"file\">" + path + "<");
      assertThat(xml).isNotEqualTo(good);
      SourceException e = assertThrows(SourceException.class, () -> read(xml.getBytes(StandardCharsets.UTF_8)));
      assertThat(e).hasMessageStartingWith("not Dossier TEI").hasMessageContaining("must be a file name, not a path")
          .hasMessageContaining("doc.xml:");
      assertThat(e.line()).isPositive();
    }
  }

  @Test
  void refusesEntitiesDeclaredInADoctype() {
    byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x \"boom\">]>\n"
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>").getBytes(StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class, () -> read(xml));
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void reportsTeiThatIsNotDossierTeiClearly() throws Exception {
    String good = new String(write(sample()), StandardCharsets.UTF_8);
    List<String> broken = List.of(
        good.replace("<idno type=\"dossier\">", "<idno type=\"other\">"),
        good.replace("ident=\"dossier\"", "ident=\"other\""),
        good.replace("<p n=\"1\">", "<p n=\"one\">"),
        good.replace("<p n=\"1\">", "<p n=\"2\">"),
        good.replace("<div type=\"document\">", "<div type=\"chapter\">"),
        good.replace("<stage n=\"4\">", "<table n=\"4\">").replace("</stage>", "</table>"),
        good.replace("persName ref=\"#p_KRT_1\"", "persName"),
        good.replace("<note place=\"foot\" n=\"2\">", "<note place=\"end\" n=\"2\">"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>",
        "<html><body/></html>",
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
    for (String xml : broken) {
      assertThat(xml).isNotEqualTo(good);
      SourceException e = assertThrows(SourceException.class, () -> read(xml.getBytes(StandardCharsets.UTF_8)), xml);
      assertThat(e).hasMessageStartingWith("not Dossier TEI").hasMessageContaining("doc.xml");
    }
  }

  @Test
  void reportsAForeignTeiFileAsNotDossierTei() throws Exception {
    Path frus = SharedData.path("corpora/frus/frus1981-88v06-shell.xml");
    SourceException e;
    try (InputStream in = Files.newInputStream(frus)) {
      e = assertThrows(SourceException.class, () -> DossierTei.read(in, "frus1981-88v06-shell.xml"));
    }
    assertThat(e).hasMessageContaining("application ident=\"dossier\"").hasMessageContaining("frus1981-88v06-shell.xml:");
  }

  @Test
  void passesReadErrorsOnAsIoExceptions() {
    @SuppressWarnings("InputStreamSlowMultibyteRead") // every read fails; there is nothing to read fast
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThat(assertThrows(IOException.class, () -> DossierTei.read(failing, "doc.xml"))).hasMessageContaining("disk gone");
  }
}
