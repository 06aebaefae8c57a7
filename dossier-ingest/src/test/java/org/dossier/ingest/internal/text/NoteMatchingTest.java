package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportResult;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;

/** Note calls and bodies that do not match are imported and reported. */
class NoteMatchingTest {

  @Test
  void reportsANoteBodyWithoutACallAndKeepsItsText() throws Exception {
    String page = "Document No. 5: A Note\n\nFull text\n\n1The talk was short.\n\n2It ended at noon.\n\n\n"
        + "1 A note nobody calls.\n";
    ImportResult result = Fixtures.text("uncalled.txt", page.getBytes(StandardCharsets.UTF_8));
    assertThat(result.single().notes()).extracting(Note::n, Note::paragraph, Note::text)
        .containsExactly(tuple(1, null, "A note nobody calls."));
    assertThat(result.issues()).extracting(ImportIssue::kind, ImportIssue::line)
        .containsExactly(tuple("note", 10));
  }

  @Test
  void reportsACallWithoutANoteBodyAndLeavesTheTextAlone() throws Exception {
    String page = "Document No. 6: A Note\n\nFull text\n\n1The harvest of recent years3 was poor.\n";
    ImportResult result = Fixtures.text("uncalled.txt", page.getBytes(StandardCharsets.UTF_8));
    assertThat(result.single().expectBlock(1).text()).isEqualTo("The harvest of recent years3 was poor.");
    assertThat(result.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo("note");
      assertThat(i.line()).isEqualTo(5);
      assertThat(i.message()).contains("years3").contains("no note 3");
    });
  }

  @Test
  void takesACallAtTheEndOfTheTitleForANoteOnTheTitle() throws Exception {
    String page = "Document No. 8: Talks on the Grain Trade1\n\nFull text\n\n1The talks began.\n\n\n1 The talks are also called the autumn talks.\n";
    ImportResult result = Fixtures.text("title-note.txt", page.getBytes(StandardCharsets.UTF_8));
    assertThat(result.single().title()).isEqualTo("Talks on the Grain Trade");
    assertThat(result.single().notes()).extracting(Note::n, Note::paragraph).containsExactly(tuple(1, null));
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void doesNotTakeNumbersInTheTextForCalls() throws Exception {
    String page = "Document No. 9: Figures\n\nFull text\n\n1We bought 40 tanks, 3-4 ships and B52 parts in 1989.\n\n\n"
        + "1 The figures are from the ministry.\n\n";
    ImportResult result = Fixtures.text("numbers.txt", page.getBytes(StandardCharsets.UTF_8));
    assertThat(result.single().expectBlock(1).text()).isEqualTo("We bought 40 tanks, 3-4 ships and B52 parts in 1989.");
    assertThat(result.issues()).extracting(ImportIssue::kind).containsExactly("note");
  }

  @Test
  void keepsEarlierCallsInPlaceWhenALaterNoteIsCalledBeforeThemInTheParagraph() throws Exception {
    // Note 2's call stands before note 1's: found by searching the paragraph again from its start,
    // its digits must not shift note 1's call off the word it follows (issue #11: found by ImporterContractTest).
    String page = "Document No. 4: Out of Order\n\nFull text\n\n1The envoys2 spoke of salt and timber1 at length.\n\n\n"
        + "1 On timber.\n\n2 On the envoys.\n";
    var doc = Fixtures.text("out-of-order.txt", page.getBytes(StandardCharsets.UTF_8)).single();
    String text = doc.expectBlock(1).text();
    assertThat(text).isEqualTo("The envoys spoke of salt and timber at length.");
    assertThat(doc.notes()).extracting(Note::n, Note::offset)
        .containsExactly(tuple(1, text.indexOf(" at length")), tuple(2, text.indexOf(" spoke")));
  }

  @Test
  void takesALineNumberedZeroBelowTheTextForTextNotForANote() throws Exception {
    // "0 …" was read as the body of note 0, which the model refuses with an unchecked exception
    // (issue #11: found by ImporterContractTest).
    String page = "Document No. 3: Zero\n\nFull text\n\n1The talk1 was short.\n\n\n1 A note.\n\n0 Not a note.\n";
    var doc = Fixtures.text("zero.txt", page.getBytes(StandardCharsets.UTF_8)).single();
    assertThat(doc.notes()).extracting(Note::n).containsExactly(1);
  }
}
