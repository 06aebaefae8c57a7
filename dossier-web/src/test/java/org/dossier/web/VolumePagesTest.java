package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A volume's structure in the reader: a contents tree, the document's place, printed pages. */
class VolumePagesTest {
  private static DossierServer server;

  /** Three invented documents in two chapters of one part; the second turns a page mid-paragraph. */
  static EditionSource volume() {
    Edition e = new Edition("vol", "Invented Relations", List.of(), null, null, List.of(), List.of(), List.of());
    Document d1 = Document.builder("vol-d1", "The Minister to the Secretary").number("1")
        .sections(List.of("Part One", "Chapter I. Tariffs"))
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, "First words.", List.of(), List.of(), "24"))).build();
    Document d2 = Document.builder("vol-d2", "The Gazette reports").number("2")
        .titleMarks(List.of(new Mark(MarkType.ITALIC, 4, 7, "Gazette", null)))
        .sections(List.of("Part One", "Chapter I. Tariffs"))
        .paragraphs(List.of(
            new Block(1, BlockKind.PARAGRAPH, null, "Across the page we go.", List.of(
                new Mark(MarkType.PAGE_BREAK, 11, 0, "25", null),
                new Mark(MarkType.ITALIC, 0, 6, "Across", null)), List.of(), "24"),
            new Block(2, BlockKind.PARAGRAPH, null, "Still on it. [seal]", List.of(
                new Mark(MarkType.MARGIN, 13, 6, "[seal]", null)), List.of(), "25"),
            new Block(3, BlockKind.PARAGRAPH, null, "A new page.", List.of(), List.of(), "26")))
        .build();
    Document d3 = Document.builder("vol-d3", "Boundaries").number("3")
        .sections(List.of("Part One", "Chapter II. Boundaries"))
        .paragraphs(List.of(Block.paragraph(1, "Last."))).build();
    return EditionSource.of(e, List.of(d1, d2, d3));
  }

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(volume())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String page(String path) throws Exception {
    return Http.page(server, path);
  }

  @Test
  void theContentsIsATreeOfSectionsWithTheirDocumentsUnderThem() throws Exception {
    String html = page("/vol");
    int part = html.indexOf("<tr class=\"section level-1\"><th colspan=\"4\" scope=\"colgroup\">Part One</th></tr>");
    int ch1 = html.indexOf("<tr class=\"section level-2\"><th colspan=\"4\" scope=\"colgroup\">Chapter I. Tariffs</th></tr>");
    int ch2 = html.indexOf("<tr class=\"section level-2\"><th colspan=\"4\" scope=\"colgroup\">Chapter II. Boundaries</th></tr>");
    assertThat(part).isPositive().isLessThan(ch1);
    assertThat(ch1).isLessThan(html.indexOf("/vol/vol-d1")).isLessThan(html.indexOf("/vol/vol-d2"));
    assertThat(ch2).isGreaterThan(html.indexOf("/vol/vol-d2")).isLessThan(html.indexOf("/vol/vol-d3"));
    assertThat(html.split("Part One", -1)).as("a section heads its documents once").hasSize(2);
    assertThat(html).as("a document without a date says so").contains("<span class=\"undated\">undated</span>");
  }

  @Test
  void aDocumentShowsItsSectionsItsPlaceAndLinksToItsNeighbours() throws Exception {
    String html = page("/vol/vol-d2");
    assertThat(html)
        .contains("› <span class=\"section\">Part One</span> › <span class=\"section\">Chapter I. Tariffs</span>")
        .contains("Document 2 of 3")
        .contains("<link rel=\"prev\" href=\"/vol/vol-d1\">")
        .contains("<link rel=\"next\" href=\"/vol/vol-d3\">")
        .contains("<a rel=\"prev\" href=\"/vol/vol-d1\"")
        .contains("<a rel=\"next\" href=\"/vol/vol-d3\"");
    String first = page("/vol/vol-d1");
    assertThat(first).contains("Document 1 of 3").doesNotContain("rel=\"prev\"").contains("<link rel=\"next\"");
    assertThat(page("/vol/vol-d3")).doesNotContain("rel=\"next\"").contains("<span class=\"undated\" lang=\"en\">undated</span>");
  }

  @Test
  void printedPagesShowAsPageMarkersThatScreenReadersReadAsPages() throws Exception {
    String html = page("/vol/vol-d2");
    String marker = "<span class=\"pb\" lang=\"en\" role=\"doc-pagebreak\" aria-label=\"page 25\">[p. 25]</span>";
    assertThat(html).contains("<i>Across</i> the " + marker + "page we go.");
    String p2 = html.substring(html.indexOf("id=\"p2\""), html.indexOf("id=\"p3\""));
    assertThat(p2).as("the second paragraph starts on the page the first ended on").doesNotContain("[p.");
    String p3 = html.substring(html.indexOf("id=\"p3\""));
    assertThat(p3).contains("aria-label=\"page 26\">[p. 26]</span>");
    assertThat(html).contains("aria-label=\"page 24\">[p. 24]</span>");
  }

  @Test
  void titlesKeepTheirItalicsAndMarginNotesAreExplained() throws Exception {
    String html = page("/vol/vol-d2");
    assertThat(html).contains("<h1 id=\"doc-title\">The <i>Gazette</i> reports</h1>");
    assertThat(html).contains("class=\"mark mark-margin\"").contains("Printed in the margin of the source");
  }

  @Test
  void theApiListsEachDocumentsSections() throws Exception {
    String json = page("/api/editions/vol/documents");
    assertThat(json).contains("\"sections\":[\"Part One\",\"Chapter I. Tariffs\"]")
        .contains("\"sections\":[\"Part One\",\"Chapter II. Boundaries\"]");
  }
}
