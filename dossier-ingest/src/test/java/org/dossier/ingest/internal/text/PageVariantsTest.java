package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

/** Issue 3, point 9: pages laid out like the founding page, with the variants other pages have. */
class PageVariantsTest {

  @Test
  void readsTheDateAtTheEndOfTheTitleLine() throws Exception {
    Document doc = Fixtures.text("labels.txt").single();
    assertThat(doc.number()).isEqualTo("12");
    assertThat(doc.title()).isEqualTo("Memorandum of Conversation at the Lakeside Residence");
    assertThat(doc.date()).isEqualTo(DocDate.of("1986-10-09"));
    assertThat(doc.editionTitle()).isEqualTo("Conversations at the Lakeside Summit");
  }

  @Test
  void readsAnEnglishTranslatorLineAboveTheText() throws Exception {
    Document doc = Fixtures.text("labels.txt").single();
    assertThat(doc.translator()).contains("Pavel Sorensen");
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains("Translated by"));
  }

  @Test
  void readsAFrenchTranslatorLineAndAFrenchDate() throws Exception {
    Document doc = Fixtures.text("french-header.txt").single();
    assertThat(doc.translator()).contains("Claire Dumont");
    assertThat(doc.date()).isEqualTo(DocDate.of("1989-03-03"));
    assertThat(doc.title()).isEqualTo("Note on a Visit to the Port Authority");
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactly(1, 2, 3);
    assertThat(doc.rights()).isNull();
    assertThat(doc.toString()).doesNotContain("Conditions d’utilisation", "Volume papier", "OpenEdition", "Texte intégral");
  }

  @Test
  void importsAPageWithoutNotes() throws Exception {
    ImportResult result = Fixtures.text("labels.txt");
    assertThat(result.single().notes()).isEmpty();
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void recognisesTheLabelVariants() throws Exception {
    Document doc = Fixtures.text("labels.txt").single();
    assertThat(doc.paragraphs()).extracting(b -> b.speaker().name()).containsExactly(
        "The President", "Raisa Gorbachev", "Secretary Shultz", "Secretary Shultz", "Mitterrand", "Ambassador Keller",
        "The President");
    assertThat(doc.expectBlock(2).text()).startsWith("May I say first");
    assertThat(doc.expectBlock(5).text()).startsWith("France will support");
    assertThat(doc.blocks()).noneMatch(b -> b.text().contains(":") && b.text().indexOf(':') < 3);
  }

  @Test
  void keepsARoleInParenthesesBeforeOrAfterTheColon() throws Exception {
    assertThat(Fixtures.text("labels.txt").single().expectBlock(6).speaker())
        .isEqualTo(Speaker.of("Ambassador Keller", "interpreter"));
    Document meeting = Fixtures.text("meeting.txt").single();
    assertThat(meeting.expectBlock(4).speaker()).isEqualTo(Speaker.of("Okafor", "head of the trade delegation"));
    assertThat(meeting.expectBlock(4).text()).startsWith("We can discuss the terms.");
  }

  @Test
  void importsAPageWithNoChromeAtAll() throws Exception {
    Document doc = Fixtures.text("labels.txt").single();
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(doc.headnote()).isEmpty();
    assertThat(doc.id()).isEqualTo("conversations-at-the-lakeside-summit-12");
  }

  @Test
  void readsTheWholeLayoutOfAnInventedMeeting() throws Exception {
    ImportResult result = Fixtures.text("meeting.txt");
    Document doc = result.single();
    assertThat(doc.editors()).containsExactly("Maren Holt", "Tobias Wren");
    assertThat(doc.headnote()).extracting(Block::n).containsExactly(1);
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactly(2, 3, 4, 5, 6);
    assertThat(doc.paragraphs()).extracting(b -> b.speaker().name()).containsExactly("Varga", "Varga", "Okafor", "Varga", "Varga");
    assertThat(doc.notes()).extracting(Note::n, Note::paragraph).containsExactly(tuple(1, 3), tuple(2, 6));
    assertThat(doc.expectBlock(3).span(0, doc.notes().get(0).offset())).endsWith("Our bankers");
    assertThat(doc.expectBlock(6).span(0, doc.notes().get(1).offset())).endsWith("on the deliveries.");
    assertThat(doc.notes().get(0).text()).endsWith("Their minutes are in the same fond.");
    assertThat(doc.source().delo()).isEqualTo("45");
    assertThat(doc.source().holding()).isEqualTo("Accord Research Library");
    assertThat(doc.rights()).isEqualTo("© Northern Accord Press, 2021");
    assertThat(doc.blocks().flatMap(b -> b.marks().stream()))
        .extracting(Mark::type, Mark::text)
        .containsExactly(tuple(MarkType.SUPPLIED, "for us"), tuple(MarkType.OMISSION, "..."), tuple(MarkType.SIC, "sic"),
            tuple(MarkType.FOREIGN, "na vsyakiy sluchay"), tuple(MarkType.SUPPLIED, "Ivan"));
    assertThat(result.issues()).isEmpty();
    assertThat(doc.toString()).doesNotContain("Classic version", "Terms of use", "Back to top", "(...)");
  }

  @Test
  void dropsThePlatformsCitationBlocksBelowTheRightsLine() throws Exception {
    String page = "Document No. 2: A Short Record\n\nTexte intégral\n\n1The only paragraph.\n\n© Some Press, 2020\n\n"
        + "Référence électronique du chapitre\n\nHOLT, Maren. A Short Record. In: Papers. Some Press, 2020. Available on the "
        + "Internet at a long address that nobody needs in the document itself.\n\nHaut de page\n";
    ImportResult result = Fixtures.text("footer.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(result.single().paragraphs()).extracting(Block::text).containsExactly("The only paragraph.");
    assertThat(result.single().rights()).isEqualTo("© Some Press, 2020");
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void readsParagraphNumbersFollowedByASpaceWhenNoNumberIsGlued() throws Exception {
    String page = new String(Fixtures.bytes("meeting.txt"), java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("(?m)^(\\d)([A-Z\\[])", "$1 $2");
    assertThat(page).contains("\n2 Varga: Welcome").contains("\n7 [Source:");
    ImportResult spaced = Fixtures.text("meeting.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(spaced.single()).isEqualTo(Fixtures.text("meeting.txt").single());
    assertThat(spaced.issues()).isEmpty();
  }
}
