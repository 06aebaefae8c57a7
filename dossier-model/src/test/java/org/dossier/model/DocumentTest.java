package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static Document.Builder memo() {
    return Document.builder("doc-51", "A memorandum")
        .headnote(List.of(Block.paragraph(1, "The editors say.")))
        .paragraphs(List.of(Block.paragraph(2, "First 𝔘 paragraph."), Block.paragraph(3, "Second.")));
  }

  @Test
  void paragraphNumbersArePositive() {
    assertThatThrownBy(() -> Block.paragraph(0, "x")).hasMessage("paragraph number must be positive: 0");
  }

  @Test
  void paragraphNumbersAreUniqueAcrossHeadnoteAndBody() {
    assertThatThrownBy(() -> memo().paragraphs(List.of(Block.paragraph(1, "again"))).build())
        .hasMessageContaining("paragraph number 1 is used twice");
  }

  @Test
  void idsAreUrlSafe() {
    assertThat(memo().build().id()).isEqualTo("doc-51");
    for (String bad : List.of("../etc", "a/b", "a b", "", ".hidden", "a..b", "é", "a\u0000")) {
      assertThatThrownBy(() -> memo().id(bad).build()).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Ids.slug("Notes of Mikhail Gorbachev’s Meeting", "x")).isEqualTo("Notes-of-Mikhail-Gorbachev-s-Meeting");
    assertThat(Ids.slug("Горбачёв", "fallback")).isEqualTo("fallback");
    assertThat(Ids.slug("Jakeš..", "x")).isEqualTo("Jakes");
  }

  @Test
  void aNoteMustBeCalledInAnExistingParagraphWithinItsText() {
    assertThat(memo().notes(List.of(new Note(1, 2, 5, "A note."))).build().notesIn(2)).hasSize(1);
    assertThatThrownBy(() -> memo().notes(List.of(new Note(1, 9, 0, "x"))).build())
        .hasMessageContaining("paragraph 9, which does not exist");
    // "First 𝔘 paragraph." has 18 code points but 19 chars: offset 19 is past its end.
    assertThatThrownBy(() -> memo().notes(List.of(new Note(1, 2, 19, "x"))).build())
        .hasMessageContaining("past the end of paragraph 2 (18 code points)");
    assertThatThrownBy(() -> memo().notes(List.of(new Note(1, 2, 0, "a"), new Note(1, 3, 0, "b"))).build())
        .hasMessageContaining("note number 1 is used twice");
  }

  @Test
  void marksMustLieInsideTheirParagraphCountingCodePoints() {
    Mark sic = new Mark(MarkType.SIC, 13, 5, "sic", null);
    assertThat(new Block(2, BlockKind.PARAGRAPH, null, "20 percent 𝔘 [sic]", List.of(sic), List.of()).marks())
        .containsExactly(sic);
    assertThatThrownBy(() -> new Block(2, BlockKind.PARAGRAPH, null, "short", List.of(sic), List.of()))
        .hasMessageContaining("outside paragraph 2");
  }

  @Test
  void recordsCopyTheirListsSoTheyStayImmutable() {
    List<Block> body = new ArrayList<>(List.of(Block.paragraph(2, "x")));
    Document d = Document.builder("d", "t").paragraphs(body).build();
    body.add(Block.paragraph(3, "y"));
    assertThat(d.paragraphs()).hasSize(1);
    assertThatThrownBy(() -> d.paragraphs().add(Block.paragraph(4, "z")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankOptionalFieldsAreNull() {
    Document d = memo().place("  ").number("").build();
    assertThat(d.place()).isNull();
    assertThat(d.number()).isNull();
  }

  @Test
  void marksAndMentionsAreKeptInTextOrder() {
    Block b = new Block(1, BlockKind.PARAGRAPH, Speaker.of("Aristov", "ambassador to Poland"), "[a] and [b]",
        List.of(new Mark(MarkType.SUPPLIED, 8, 3, "b", null), new Mark(MarkType.SUPPLIED, 0, 3, "a", null)),
        List.of());
    assertThat(b.marks()).extracting(Mark::text).containsExactly("a", "b");
    assertThat(b.span(8, 11)).isEqualTo("[b]");
  }
}
