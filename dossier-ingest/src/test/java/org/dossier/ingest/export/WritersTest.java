package org.dossier.ingest.export;

import org.dossier.tei.export.MarkdownWriter;
import org.dossier.tei.export.PlainTextWriter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.internal.text.TextPageImporter;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 3, point 11: Markdown keeps paragraph numbers, speakers and footnotes; plain text is for reading. */
class WritersTest {
  static Document meeting;

  @BeforeAll
  static void importMeeting() throws Exception {
    byte[] bytes;
    try (InputStream in = WritersTest.class.getResourceAsStream("/fixtures/text/meeting.txt")) {
      bytes = in.readAllBytes();
    }
    ImportOptions options = ImportOptions.defaults().withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    meeting = new TextPageImporter().read("meeting.txt", bytes, options).single();
  }

  @Test
  void writesMarkdownAsTheGoldenFile() {
    Golden.assertMatches("export/meeting.md", MarkdownWriter.write(meeting));
  }

  @Test
  void writesPlainTextAsTheGoldenFile() {
    Golden.assertMatches("export/meeting.txt", PlainTextWriter.write(meeting));
  }

  @Test
  void markdownKeepsNumbersSpeakersRolesAndFootnotesAtTheirCalls() {
    String md = MarkdownWriter.write(meeting);
    assertThat(md).startsWith("# Record of a Conversation between Minister Varga and the Trade Delegation\n")
        .contains("**¶ 2** **Varga:** Welcome")
        .contains("**¶ 3** But the credits")
        .contains("**¶ 4** **Okafor (head of the trade delegation):** We can discuss")
        .contains("Our bankers[^1] say")
        .contains("on the deliveries.[^2] [Ivan] Petrov")
        .contains("[^1]: The bankers were the board")
        .contains("Edited by Maren Holt, Tobias Wren")
        .contains("**Source:** State Archive of the Northern Region")
        .contains("© Northern Accord Press, 2021");
  }

  @Test
  void markdownEscapesMarkupButKeepsEditorialBrackets() {
    Document doc = Document.builder("d-1", "A *bold* title")
        .paragraphs(java.util.List.of(Block.paragraph(1, "Use [sic](here) and a_b and [^x] and [Kurt]")))
        .build();
    assertThat(MarkdownWriter.write(doc)).contains("# A \\*bold\\* title")
        .contains("Use [sic]\\(here) and a\\_b and \\[^x] and [Kurt]");
  }

  @Test
  void plainTextWritesCallsAsSuperscriptsAndNotesAtTheEnd() {
    String txt = PlainTextWriter.write(meeting);
    assertThat(txt).contains("Our bankers¹ say").contains("\nNotes\n1. The bankers").contains("¶ 2  Varga: Welcome");
    Document titleNote = Document.builder("d-2", "A Title").paragraphs(java.util.List.of(Block.paragraph(1, "Text.")))
        .notes(java.util.List.of(new Note(12, null, 0, "On the title."))).build();
    assertThat(PlainTextWriter.write(titleNote)).startsWith("A Title¹²\n").endsWith("12. On the title.\n");
    assertThat(MarkdownWriter.write(titleNote)).startsWith("# A Title[^12]\n");
  }
}
