package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.app.RegisterBook.InDocument;
import org.dossier.app.RegisterBook.Kind;
import org.dossier.app.RegisterBook.Site;
import org.dossier.app.RegisterBook.Where;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

class RegisterBookTest {
  private static final Edition EDITION = new Edition("ed", "An Edition", List.of(), null, null,
      List.of(new RegisterEntry("p_GMS_1", "Gorbachev, Mikhail S.", "General Secretary"),
          new RegisterEntry("p_RR_1", "Reagan, Ronald", "President"),
          new RegisterEntry("p_JM_1", "Jakeš, Miloš", null),
          new RegisterEntry("p_SA_1", "Smith, Ann", null),
          new RegisterEntry("p_SB_1", "Smith, Bob", null)),
      List.of(new RegisterEntry("pl_MOS", "Moscow", null)),
      List.of(new RegisterEntry("t_NSC_1", "NSC", "National Security Council"),
          new RegisterEntry("t_AC_1", "A/C", "arms control")));

  private static Document letter() {
    String text = "Gorbachev wrote to Reagan; Gorbachev asked the NSC.";
    Block b2 = new Block(2, BlockKind.PARAGRAPH, null, text, List.of(), List.of(
        new Mention(MentionType.PERSON, 0, 9, "p_GMS_1"),
        new Mention(MentionType.PERSON, 27, 9, "p_GMS_1"),
        new Mention(MentionType.TERM, 47, 3, "t_NSC_1")));
    Block b3 = new Block(3, BlockKind.PARAGRAPH, new Speaker("Gorbachev", null, "p_GMS_1", null),
        "We agree, said the speaker.", List.of(), List.of());
    return Document.builder("d1", "Letter From President Reagan to General Secretary Gorbachev")
        .number("12").paragraphs(List.of(Block.paragraph(1, "Headnote."), b2, b3))
        .notes(List.of(new Note(1, 2, 9, "Gorbachev's reply and Smith's memo are in the NSC files."),
            new Note(2, 3, 3, "A long reply; moscow was not named, Moscow was.")))
        .build();
  }

  private static Document other() {
    return Document.builder("d2", "A Telegram From Moscow").paragraphs(List.of(Block.paragraph(1, "Nothing of note.")))
        .build();
  }

  @Test
  void anEntryIsFoundByItsOtherScriptsAndSpellingsAndAsItIsTyped() {
    RegisterBook book = RegisterBook.of(EDITION, List.of());
    for (String query : List.of("Горбачёв", "Gorbacev", "Gorbačev", "gorbachev", "Gorb", "mikhail gorbachev")) {
      assertThat(book.find(Kind.PERSONS, query)).as(query).extracting(RegisterEntry::id).containsExactly("p_GMS_1");
    }
    assertThat(book.find(Kind.PERSONS, "Jakes")).extracting(RegisterEntry::id).containsExactly("p_JM_1");
    assertThat(book.find(Kind.TERMS, "security council")).extracting(RegisterEntry::id).containsExactly("t_NSC_1");
    assertThat(book.find(Kind.PERSONS, "Brezhnev")).isEmpty();
    assertThat(book.find(Kind.PERSONS, " ")).hasSize(5);
  }

  @Test
  void entriesAreListedAlphabeticallyIgnoringAccents() {
    RegisterBook book = RegisterBook.of(EDITION, List.of());
    assertThat(book.entries(Kind.PERSONS)).extracting(RegisterEntry::name)
        .containsExactly("Gorbachev, Mikhail S.", "Jakeš, Miloš", "Reagan, Ronald", "Smith, Ann", "Smith, Bob");
  }

  @Test
  void mentionsAreCountedInTheTitleTheParagraphsTheTurnsAndTheNotesInReadingOrder() {
    RegisterBook book = RegisterBook.of(EDITION, List.of(letter(), other()));
    assertThat(book.mentionsOf("p_GMS_1")).containsExactly(new InDocument("d1", "12",
        "Letter From President Reagan to General Secretary Gorbachev", List.of(
            new Site(Where.TITLE, 0, 1), new Site(Where.PARAGRAPH, 2, 2), new Site(Where.NOTE, 1, 1),
            new Site(Where.SPEAKER, 3, 1))));
    assertThat(book.mentionCount("p_GMS_1")).isEqualTo(5);
    assertThat(book.mentionsOf("t_NSC_1").get(0).sites())
        .containsExactly(new Site(Where.PARAGRAPH, 2, 1), new Site(Where.NOTE, 1, 1));
    assertThat(book.mentionsOf("pl_MOS")).extracting(InDocument::document).containsExactly("d1", "d2");
  }

  @Test
  void aSurnameTwoEntriesShareAndAShortTermAreNotGuessedFromPrintedText() {
    RegisterBook book = RegisterBook.of(EDITION, List.of(letter()));
    assertThat(book.mentionsOf("p_SA_1")).isEmpty();
    assertThat(book.mentionsOf("p_SB_1")).isEmpty();
    assertThat(book.mentionsOf("t_AC_1")).isEmpty();
    assertThat(book.mentionsOf("p_RR_1").get(0).sites()).containsExactly(new Site(Where.TITLE, 0, 1));
  }

  @Test
  void aNamePrintedWithoutACapitalIsNotTakenForTheEntry() {
    RegisterBook book = RegisterBook.of(EDITION, List.of(letter()));
    assertThat(book.mentionsOf("pl_MOS")).singleElement()
        .satisfies(d -> assertThat(d.sites()).containsExactly(new Site(Where.NOTE, 2, 1)));
  }

  @Test
  void oneTagInANoteOfTheEditionTurnsTheGuessOffAndCountsTheTagsOfTitlesAndNotes() {
    Document tagged = Document.builder("d3", "Reagan to Jakeš")
        .titleMentions(List.of(new Mention(MentionType.PERSON, 10, 5, "p_JM_1")))
        .paragraphs(List.of(Block.paragraph(1, "A short reply.")))
        .notes(List.of(new Note(1, 1, 7, "Jakeš answered in person.",
            List.of(new Mention(MentionType.PERSON, 0, 5, "p_JM_1")))))
        .build();
    RegisterBook book = RegisterBook.of(EDITION, List.of(letter(), tagged));
    assertThat(book.mentionsOf("p_JM_1")).singleElement().satisfies(d -> assertThat(d.sites())
        .containsExactly(new Site(Where.TITLE, 0, 1), new Site(Where.NOTE, 1, 1)));
    // Reagan is printed in both titles but tagged in neither; Moscow only printed in a note.
    assertThat(book.mentionsOf("p_RR_1")).isEmpty();
    assertThat(book.mentionsOf("pl_MOS")).isEmpty();
    assertThat(book.mentionsOf("p_GMS_1").get(0).sites())
        .containsExactly(new Site(Where.PARAGRAPH, 2, 2), new Site(Where.SPEAKER, 3, 1));
  }
}
