package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections, printed pages and title marks: what a volume's structure adds to the model. */
class FrusStructureTest {
  private static Document.Builder letter() {
    return Document.builder("v-d1", "The Minister to the Secretary of State")
        .paragraphs(List.of(Block.paragraph(1, "Sir: I have the honor.")));
  }

  @Test
  void aDocumentKeepsTheTitlesOfItsSectionsOutermostFirstAndTheBuilderCopiesThem() {
    Document d = letter().sections(List.of("Chapter I. Russia", "The Embassy at Petrograd")).build();
    assertThat(d.sections()).containsExactly("Chapter I. Russia", "The Embassy at Petrograd");
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(letter().build().sections()).isEmpty();
  }

  @Test
  void aTitleMarkMustLieInsideTheTitle() {
    Mark italic = new Mark(MarkType.ITALIC, 4, 8, "Minister", null);
    assertThat(letter().titleMarks(List.of(italic)).build().titleMarks()).containsExactly(italic);
    assertThatThrownBy(() -> letter().titleMarks(List.of(new Mark(MarkType.ITALIC, 30, 20, "x", null))).build())
        .hasMessageContaining("title mark italic [30, 50) is outside the title");
  }

  @Test
  void aBlockStartsOnAPrintedPageAndEndsOnItsLastPageBreak() {
    Block b = new Block(3, BlockKind.PARAGRAPH, null, "across the page", List.of(
        new Mark(MarkType.PAGE_BREAK, 7, 0, "xii", null)), List.of(), "xi");
    assertThat(b.page()).isEqualTo("xi");
    assertThat(b.lastPage()).isEqualTo("xii");
    assertThat(b.withNumber(4).page()).isEqualTo("xi");
    assertThat(Block.paragraph(1, "no pages").page()).isNull();
    assertThat(Block.paragraph(1, "no pages").withPage("5").lastPage()).isEqualTo("5");
  }

  @Test
  void theNewMarksHaveJsonNamesThatReadBack() {
    for (MarkType t : List.of(MarkType.PAGE_BREAK, MarkType.MARGIN, MarkType.ITALIC)) {
      assertThat(MarkType.fromJsonName(t.jsonName())).isEqualTo(t);
    }
    assertThat(MarkType.PAGE_BREAK.jsonName()).isEqualTo("page_break");
  }
}
