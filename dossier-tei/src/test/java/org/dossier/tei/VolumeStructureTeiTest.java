package org.dossier.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Note;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.TeiSchema;
import org.junit.jupiter.api.Test;

/** A volume's structure (sections, printed pages, margin notes, italics) in Dossier TEI and JSON. */
class VolumeStructureTeiTest {
  /** A despatch in our own words: two sections, a page turning inside its second paragraph. */
  static Document despatch() {
    String p2 = "The treaty of Ghent was read aloud. [seal]";
    Block b1 = new Block(1, BlockKind.PARAGRAPH, null, "File No. 12/3", List.of(), List.of(), "xii");
    Block b2 = new Block(2, BlockKind.PARAGRAPH, null, p2, List.of(
        new Mark(MarkType.ITALIC, 4, 15, "treaty of Ghent", null),
        new Mark(MarkType.PAGE_BREAK, 20, 0, "26", null),
        new Mark(MarkType.MARGIN, 36, 6, "[seal]", null)), List.of(), "25");
    Block b3 = new Block(3, BlockKind.PARAGRAPH, null, "I have the honor to remain.", List.of(), List.of(), "26");
    return Document.builder("v-d7", "Mr. Adams to Mr. Clay")
        .titleMarks(List.of(new Mark(MarkType.ITALIC, 0, 9, "Mr. Adams", null)))
        .sections(List.of("Chapter I. Great Britain", "The boundary question"))
        .headnote(List.of(b1)).paragraphs(List.of(b2, b3))
        .notes(List.of(new Note(1, null, 21, "Our note on the title."), new Note(2, 2, 19, "A footnote.")))
        .build();
  }

  @Test
  void writesSectionsPagesAndMarksAsValidTeiThatReadsBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(despatch(), out);
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(TeiSchema.errors(out.toByteArray())).as(xml).isEmpty();
    assertThat(xml)
        .contains("<title><hi rend=\"italic\">Mr. Adams</hi> to Mr. Clay<note place=\"foot\" n=\"1\">")
        .contains("<div type=\"section\">\n        <head>Chapter I. Great Britain</head>")
        .contains("<head>The boundary question</head>")
        .contains("<pb n=\"xii\"/>")
        .contains("<pb n=\"25\"/>")
        .contains("The <hi rend=\"italic\">treaty of Ghent</hi><note place=\"foot\" n=\"2\">A footnote.</note> <pb n=\"26\"/>was")
        .contains("<seg type=\"margin\">[seal]</seg>");
    // The third paragraph starts on the page the second ended on: no page break is written before it.
    assertThat(xml.split("<pb ", -1)).hasSize(4);
    assertThat(DossierTei.read(new ByteArrayInputStream(out.toByteArray()), "despatch.xml")).isEqualTo(despatch());
  }

  @Test
  void theJsonFormCarriesSectionsTitleMarksAndPagesAndReadsBack() throws Exception {
    String json = JsonForm.toJson(despatch());
    assertThat(json)
        .contains("\"titleMarks\":[{\"type\":\"italic\",\"offset\":0,\"length\":9,\"text\":\"Mr. Adams\"}]")
        .contains("\"sections\":[\"Chapter I. Great Britain\",\"The boundary question\"]")
        .contains("\"page\":\"25\"")
        .contains("{\"type\":\"page_break\",\"offset\":20,\"length\":0,\"text\":\"26\"}")
        .contains("{\"type\":\"margin\",\"offset\":36,\"length\":6,\"text\":\"[seal]\"}");
    assertThat(JsonForm.fromJson(json, "despatch.json")).isEqualTo(despatch());
  }

  @Test
  void aDocumentOutsideSectionsAndPagesWritesNoneOfTheNewFields() {
    String json = JsonForm.toJson(Document.builder("d", "T").paragraphs(List.of(Block.paragraph(1, "x"))).build());
    assertThat(json).doesNotContain("sections").doesNotContain("titleMarks").doesNotContain("page");
  }
}
