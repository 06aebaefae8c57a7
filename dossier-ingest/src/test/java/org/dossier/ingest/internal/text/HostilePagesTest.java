package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dossier.ingest.internal.html.HtmlPageImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Pages built to make a parser slow or make it fall over, where what is read matters too. Long
 * runs of every kind at every part of a page, and deep nesting, are in the importer contract
 * ({@link TextPageImporterContractTest}, {@code HtmlPageImporterContractTest}).
 */
class HostilePagesTest {

  @Test
  void aSourceLineOfTenThousandSpacesDoesNotMakeTheRegexesBacktrack() {
    String page = "Document No. 1: A\n\nFull text\n\n1Text.\n\n2[Source: Archive" + " ".repeat(10_000) + "x"
        + " ".repeat(10_000) + "]\n";
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> Fixtures.text("spaces.txt", page.getBytes(StandardCharsets.UTF_8)).single());
    assertThat(doc.source()).isNotNull();
    assertThat(doc.source().text()).isEqualTo("Archive x");
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() {
    String html = "<html><body>" + "<div>".repeat(20_000) + "<p>1Deep text.</p>" + "</div>".repeat(20_000) + "</body></html>";
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new HtmlPageImporter().read("deep.html", html.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS).single());
    assertThat(doc.expectBlock(1).text()).isEqualTo("Deep text.");
  }
}
