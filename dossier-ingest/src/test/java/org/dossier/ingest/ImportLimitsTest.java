package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, points 1 and 3: what one document may hold is checked while reading, before anything is passed on. */
class ImportLimitsTest {
  @TempDir Path tmp;

  private static ImportOptions limited(int paragraphChars, int paragraphs, long documentChars) {
    return ImportOptions.defaults().withLimits(new ImportLimits(paragraphChars, paragraphs, documentChars));
  }

  private static final ImportLimits DEFAULTS = ImportLimits.defaults();

  /** A sink that fails the test if a document reaches it. */
  private static final ImportSink NOTHING_EXPECTED = d -> {
    throw new AssertionError("document " + d.id() + " was passed on");
  };

  private Path write(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String words(int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) sb.append("grain tariff ");
    return sb.substring(0, chars);
  }

  @Test
  void theDefaultsAreFarAboveRealParagraphsAndFarBelowTheXmlReadersTextLimit() {
    assertThat(ImportOptions.defaults().limits()).isEqualTo(new ImportLimits(1_000_000, 100_000, 10_000_000));
    assertThat((long) DEFAULTS.maxParagraphChars()).isLessThan(org.dossier.tei.SecureXml.MAX_TEXT / 8);
  }

  @Test
  void aTextPageWithAParagraphOverTheDefaultLimitIsRefusedNamingTheParagraphAndTheOption() throws Exception {
    Path page = write("page.txt", "A short opening paragraph.\n\n" + words(DEFAULTS.maxParagraphChars() + 1) + "\n");
    SourceException e = assertThrows(SourceException.class, () -> Importers.stream(page, ImportOptions.defaults(), NOTHING_EXPECTED));
    assertThat(e.getMessage())
        .containsPattern("^paragraph 2 of document [\\w-]+ is 1,000,001 characters long, over the limit of 1,000,000 characters")
        .contains("(raise it with --max-paragraph-chars)").endsWith("(at page.txt)").doesNotContain("\n");
  }

  @Test
  void anHtmlPageWithALongParagraphIsRefusedToo() throws Exception {
    Path page = write("page.html", "<html><body><p>Short.</p><p>" + words(5_000) + "</p></body></html>");
    SourceException e = assertThrows(SourceException.class, () -> Importers.read(page, limited(1_000, 100, 1_000_000)));
    assertThat(e.getMessage()).contains("is 5,000 characters long, over the limit of 1,000 characters", "--max-paragraph-chars");
  }

  @Test
  void aPageReadFromMemoryIsCheckedAsWell() {
    byte[] bytes = ("Short.\n\n" + words(2_000) + "\n").getBytes(StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class,
        () -> Importers.readPage("text", "upload.txt", bytes, limited(1_000, 100, 1_000_000)));
    assertThat(e.getMessage()).contains("--max-paragraph-chars", "(at upload.txt)");
  }

  @Test
  void tooManyParagraphsInTeiAreRefusedAtTheElementOverTheLimitBeforeTheDocumentIsBuilt() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 1_000; i++) body.append("<p>Paragraph ").append(i).append(".</p>\n");
    Path tei = write("many.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n" + body + "</body></text></TEI>\n");
    SourceException e = assertThrows(SourceException.class, () -> Importers.stream(tei, limited(1_000, 10, 1_000_000), NOTHING_EXPECTED));
    assertThat(e.getMessage()).startsWith("too many paragraphs in one document, over the limit of 10 paragraphs")
        .contains("(raise it with --max-paragraphs)");
    // The 11th <p> is on line 13: the reading stopped there, 990 paragraphs before the end of the document.
    assertThat(e.line()).isEqualTo(13);
  }

  @Test
  void tooMuchTextInOneTeiDocumentIsRefusedWhileReading() throws Exception {
    Path tei = write("long.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n<p>" + words(3_000) + "</p>\n<p>"
        + words(3_000) + "</p>\n</body></text></TEI>\n");
    SourceException e = assertThrows(SourceException.class, () -> Importers.stream(tei, limited(10_000, 100, 5_000), NOTHING_EXPECTED));
    assertThat(e.getMessage()).contains("too much text in one document, over the limit of 5,000 characters", "--max-document-chars");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void dossierTeiIsCountedBeforeItIsBuilt() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int n = 1; n <= 50; n++) blocks.add(Block.paragraph(n, "Paragraph " + n + " of the minutes."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(Document.builder("minutes", "Minutes").paragraphs(blocks).build(), out);
    Path file = Files.write(tmp.resolve("minutes.xml"), out.toByteArray());
    SourceException e = assertThrows(SourceException.class, () -> Importers.stream(file, limited(1_000, 20, 1_000_000), NOTHING_EXPECTED));
    assertThat(e.getMessage()).contains("too many paragraphs", "--max-paragraphs");
    assertThat(e.line()).isPositive();
    assertThat(Importers.read(file, limited(1_000, 50, 1_000_000)).single().paragraphs()).hasSize(50);
  }

  @Test
  void aFrusVolumeAndADebateAreCountedWhileTheyAreRead() throws Exception {
    for (String corpus : List.of("corpora/frus/frus1872p2v5.xml", "corpora/parla-clarin/siParl2.0/SDT2-sample.xml")) {
      SourceException e = assertThrows(SourceException.class,
          () -> Importers.stream(SharedData.path(corpus), limited(1_000_000, 3, 10_000_000), d -> { }), corpus);
      assertThat(e.getMessage()).as(corpus).contains("--max-paragraphs");
      assertThat(e.line()).as(corpus).isPositive();
    }
  }

  @Test
  void aDocumentWithinTheLimitsPassesAndTheCountStartsAgainForEachDocument() throws Exception {
    StringBuilder divs = new StringBuilder();
    for (int d = 1; d <= 5; d++) {
      divs.append("<div type=\"letter\" xml:id=\"l").append(d).append("\"><head>Letter ").append(d).append("</head>");
      for (int p = 1; p <= 8; p++) divs.append("<p>Line ").append(p).append(".</p>");
      divs.append("</div>\n");
    }
    Path tei = write("letters.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n" + divs + "</body></text></TEI>\n");
    ImportResult r = Importers.read(tei, limited(1_000, 10, 1_000_000));
    assertThat(r.documents()).hasSize(5);
  }
}
