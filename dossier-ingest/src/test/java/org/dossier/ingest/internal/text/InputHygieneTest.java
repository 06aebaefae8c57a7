package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.tei.SourceException;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, points 9 and 12: line ends, no-break spaces and BOMs are cleaned; bad input is rejected
 * with the exact place. That every rejection is one line naming the file is in the importer contract.
 */
class InputHygieneTest {

  @Test
  void importsCrlfLineEndsNoBreakSpacesAndAByteOrderMarkLikeCleanText() throws Exception {
    String clean = new String(Fixtures.bytes("meeting.txt"), StandardCharsets.UTF_8);
    String dirty = "\uFEFF" + clean.replace("\n", "\r\n")
        .replace("Maren Holt", "Maren\u00A0Holt")
        .replace("Varga: Welcome", "Varga:\u00A0Welcome")
        .replace("grain deliveries", "grain\u00A0deliveries")
        .replace("Document No. 7", "Document No.\u00A07");
    Document fromDirty = Fixtures.text("meeting.txt", dirty.getBytes(StandardCharsets.UTF_8)).single();
    assertThat(fromDirty).isEqualTo(Fixtures.text("meeting.txt").single());
    assertThat(fromDirty.toString()).doesNotContain("\r", "\u00A0", "\uFEFF");
  }

  /** Issue #15, point 8: UTF-16 pages were called binary for their zero bytes. */
  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE bom", "UTF-16BE bom", "UTF-16LE", "UTF-16BE"})
  void readsUtf16TextWithOrWithoutAByteOrderMark(String how) throws Exception {
    String clean = new String(Fixtures.bytes("meeting.txt"), StandardCharsets.UTF_8);
    java.nio.charset.Charset charset = java.nio.charset.Charset.forName(how.split(" ")[0]);
    byte[] bytes = ((how.endsWith("bom") ? "\uFEFF" : "") + clean).getBytes(charset);
    assertThat(Fixtures.text("meeting.txt", bytes).single()).isEqualTo(Fixtures.text("meeting.txt").single());
  }

  @Test
  void readsAUtf16HtmlPage() throws Exception {
    String page = "<html><body><h1>Document No. 3: A Letter</h1><p>Full text</p>"
        + "<p>1Dear Sir, the grain is on its way. Москва.</p></body></html>";
    Document fromUtf16 = new org.dossier.ingest.internal.html.HtmlPageImporter()
        .read("letter.html", ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE), Fixtures.OPTIONS).single();
    Document fromUtf8 = new org.dossier.ingest.internal.html.HtmlPageImporter()
        .read("letter.html", page.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS).single();
    assertThat(fromUtf16).isEqualTo(fromUtf8);
    assertThat(fromUtf16.toString()).contains("Москва");
  }

  @Test
  void rejectsAnUnpairedSurrogateInUtf16WithItsPlace() {
    byte[] bytes = "Document No. 1: A Title\n\nab".getBytes(StandardCharsets.UTF_16LE);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 4);
    bad[bytes.length + 1] = (byte) 0xDC; // a low surrogate alone, then "x"
    bad[bytes.length + 2] = 'x';
    assertThatThrownBy(() -> Fixtures.text("half.txt", bad)).isInstanceOf(SourceException.class)
        .hasMessageStartingWith("not valid UTF-16LE: the bytes at byte offset 54 cannot be read as text")
        .hasMessageEndingWith("(at half.txt:3:3)");
  }

  @Test
  void turnsOldMacLineEndsIntoLines() throws Exception {
    String clean = new String(Fixtures.bytes("labels.txt"), StandardCharsets.UTF_8);
    Document fromCr = Fixtures.text("labels.txt", clean.replace('\n', '\r').getBytes(StandardCharsets.UTF_8)).single();
    assertThat(fromCr).isEqualTo(Fixtures.text("labels.txt").single());
  }

  @Test
  void normalisesDecomposedLettersToNfc() throws Exception {
    String page = "Document No. 1: Re\u0301sume\u0301 of a Talk\n\nFull text\n\n1A short text about the cafe\u0301.\n";
    Document doc = Fixtures.text("nfd.txt", page.getBytes(StandardCharsets.UTF_8)).single();
    assertThat(doc.title()).isEqualTo("Résumé of a Talk");
    assertThat(doc.expectBlock(1).text()).isEqualTo("A short text about the café.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u001B", "\u000C", "\uFFFE"})
  void turnsACharacterXmlCannotHoldIntoASpaceSoTheDocumentCanBeStored(String stray) throws Exception {
    // A bell or a noncharacter once reached the model, and the store's TEI writer refused the
    // document with an unchecked exception (issue #11: found by ImporterContractTest).
    String page = "Document No. 1: A" + stray + "Title\n\nFull text\n\n1Some" + stray + "text here.\n";
    Document doc = Fixtures.text("stray.txt", page.getBytes(StandardCharsets.UTF_8)).single();
    assertThat(List.of(doc.title(), doc.expectBlock(1).text())).containsExactly("A Title", "Some text here.");
    DossierTei.write(doc, OutputStream.nullOutputStream());
  }

  @Test
  void cutsARunOfCombiningMarksToThirtyAndImportsItInTime() throws Exception {
    // Every \\b of a regex scanned back over the run: 65,536 marks in a title took minutes.
    String page = "Document No. 1: Minutes" + "\u0301".repeat(65_536) + " of a Sitting\n\nFull text\n\n1Some text.\n";
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Fixtures.text("marks.txt", page.getBytes(StandardCharsets.UTF_8)).single());
    assertThat(doc.title()).isEqualTo("Minute\u015B" + "\u0301".repeat(29) + " of a Sitting"); // NFC composes the first
  }

  @Test
  void rejectsInvalidUtf8WithTheLineAndColumnOfTheFirstBadByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Document No. 1: A Title\n\nFull text\n\n1Caf".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9); // Latin-1 é
    out.writeBytes(" au lait.\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Fixtures.text("latin1.txt", out.toByteArray()))
        .isInstanceOf(SourceException.class)
        .hasMessage("not valid UTF-8: byte 0xE9 cannot be read as text (save the file as UTF-8) (at latin1.txt:5:5)")
        .satisfies(e -> {
          assertThat(((SourceException) e).line()).isEqualTo(5);
          assertThat(((SourceException) e).column()).isEqualTo(5);
        });
  }

  @Test
  void countsColumnsInCodePointsBeforeABadByte() {
    byte[] head = "ab\n“Ж” x".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
    bytes[head.length] = (byte) 0xFF;
    assertThatThrownBy(() -> Fixtures.text("bad.txt", bytes)).hasMessageEndingWith("(at bad.txt:2:6)");
  }

  @Test
  void rejectsABinaryFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> Fixtures.text("picture.txt", png))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("binary file: NUL byte at byte offset 8; expected a text page (at picture.txt:");
  }

  @Test
  void rejectsAFileOfControlCharacters() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (1 + i % 8);
    assertThatThrownBy(() -> Fixtures.text("noise.txt", bytes))
        .isInstanceOf(SourceException.class)
        .hasMessage("binary file: mostly control characters; expected a text page (at noise.txt)");
  }

  @Test
  void rejectsAnEmptyFileAndAFileOfWhiteSpace() {
    assertThatThrownBy(() -> Fixtures.text("empty.txt", new byte[0]))
        .isInstanceOf(SourceException.class).hasMessage("the file is empty (at empty.txt)");
    assertThatThrownBy(() -> Fixtures.text("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SourceException.class).hasMessage("the file has no text, only white space (at blank.txt)");
  }

  @Test
  void rejectsAFileOverTheSizeLimitThroughTheFrontDoor(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, Fixtures.bytes("meeting.txt"));
    assertThatThrownBy(() -> Importers.read(big, Fixtures.OPTIONS.withMaxBytes(100)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("over the limit of 100 bytes");
    assertThatThrownBy(() -> new TextPageImporter().read("big.txt", Fixtures.bytes("meeting.txt"), Fixtures.OPTIONS.withMaxBytes(100)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("over the limit of 100 bytes");
  }
}
