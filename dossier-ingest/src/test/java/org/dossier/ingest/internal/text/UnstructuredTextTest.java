package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** Issue 3, point 9: text with no recognisable structure. */
class UnstructuredTextTest {

  @Test
  void importsOneDocumentOfPlainParagraphsAndSaysSo() throws Exception {
    ImportResult result = Fixtures.text("unstructured.txt");
    Document doc = result.single();
    assertThat(doc.paragraphs()).extracting(Block::n).containsExactly(1, 2, 3);
    assertThat(doc.paragraphs()).allMatch(b -> b.speaker() == null && b.marks().isEmpty());
    assertThat(doc.expectBlock(2).text()).isEqualTo("The ships come in less often than they used to, and the men on the "
        + "quay spend much of the day waiting. Nobody seems to know whether the new quay will ever be built.");
    assertThat(doc.title()).isEqualTo("Some thoughts on the harbour, written down on a rainy evening");
    assertThat(doc.number()).isNull();
    assertThat(doc.headnote()).isEmpty();
    assertThat(result.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo("unstructured");
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.message()).contains("3 plain paragraphs");
    });
  }
}
