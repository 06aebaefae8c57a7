package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

/** Issue 3, point 9: numbering that skips or restarts is imported with unique numbers and reported. */
class NumberingTest {

  @Test
  void keepsASkippedNumberAndReportsTheGap() throws Exception {
    ImportResult result = Fixtures.text("numbering.txt");
    assertThat(result.single().paragraphs()).extracting(Block::n).startsWith(1, 2, 3, 5, 6);
    assertThat(result.issues()).filteredOn(i -> i.message().contains("skip"))
        .extracting(ImportIssue::kind, ImportIssue::line)
        .containsExactly(tuple("numbering", 15));
  }

  @Test
  void renumbersARestartSoThatNumbersStayUniqueAndSaysSo() throws Exception {
    ImportResult result = Fixtures.text("numbering.txt");
    assertThat(result.single().paragraphs()).extracting(Block::n).containsExactly(1, 2, 3, 5, 6, 7, 8);
    assertThat(result.single().expectBlock(7).text()).startsWith("The report has three parts");
    assertThat(result.issues()).filteredOn(i -> i.message().contains("restarts"))
        .singleElement()
        .satisfies(i -> {
          assertThat(i.kind()).isEqualTo("numbering");
          assertThat(i.line()).isEqualTo(19);
          assertThat(i.message()).contains("restarts at 1 after 6").contains("renumbered from 7");
        });
  }

  @Test
  void joinsAnUnnumberedParagraphToTheNumberedOneBeforeIt() throws Exception {
    String page = "Document No. 2: A Short Record\n\nFull text\n\n1The first paragraph.\n\nA stray line.\n\n2The second.\n";
    ImportResult result = Fixtures.text("stray.txt", page.getBytes(StandardCharsets.UTF_8));
    assertThat(result.single().paragraphs()).extracting(Block::n, Block::text)
        .containsExactly(tuple(1, "The first paragraph. A stray line."), tuple(2, "The second."));
    assertThat(result.issues()).extracting(ImportIssue::kind, ImportIssue::line).containsExactly(tuple("numbering", 7));
  }
}
