package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes and titles carry the register mentions their source tags, like blocks do. */
class NoteAndTitleMentionsTest {
  private static Document.Builder letter() {
    return Document.builder("v-d1", "Letter From Ada Quill to the Minister")
        .paragraphs(List.of(Block.paragraph(1, "Sir: I have the honor.")));
  }

  @Test
  void aNoteKeepsItsMentionsInTextOrderAndTheOldConstructorHasNone() {
    Mention late = new Mention(MentionType.PERSON, 10, 4, "p_b");
    Mention early = new Mention(MentionType.PERSON, 0, 3, "p_a");
    Note note = new Note(1, 1, 3, "Ada wrote to Bram.", List.of(late, early));
    assertThat(note.mentions()).containsExactly(early, late);
    assertThat(new Note(1, 1, 3, "Ada wrote.").mentions()).isEmpty();
  }

  @Test
  void aNoteMentionMustLieInsideTheNoteCountingCodePoints() {
    assertThatThrownBy(() -> new Note(2, 1, 0, "𝔄da", List.of(new Mention(MentionType.PERSON, 1, 3, "p_a"))))
        .hasMessageContaining("mention of p_a [1, 4) is outside note 2 of 3 code points");
  }

  @Test
  void aTitleMentionMustLieInsideTheTitleAndTheBuilderCopiesIt() {
    Mention ada = new Mention(MentionType.PERSON, 12, 8, "p_quill");
    Document d = letter().titleMentions(List.of(ada)).build();
    assertThat(d.titleMentions()).containsExactly(ada);
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(letter().build().titleMentions()).isEmpty();
    assertThatThrownBy(() -> letter().titleMentions(List.of(new Mention(MentionType.PLACE, 30, 20, "pl_x"))).build())
        .hasMessageContaining("title mention of pl_x [30, 50) is outside the title");
  }
}
