package org.dossier.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;

class CiterTest {
  private static final Citer CITER = Citer.create();

  @Test
  void chicagoCitesTheDocumentInItsEditionWithTheImprint() throws Exception {
    Citation c = CITER.cite(Papers.document(), "chicago");
    assertThat(c.notes()).isTrue();
    assertThat(c.citation()).contains("“Notes of a Meeting with the Ambassadors, March 3, 1989,”")
        .contains("Papers of a Quiet Year: Conversations, 1989").contains("Example University Press, 2010")
        .contains(Papers.URL).doesNotContain("¶");
    Golden.assertMatches("chicago-document.txt", c.citation() + "\n" + c.entry() + "\n");
  }

  @Test
  void chicagoPinpointsAParagraphWithAPilcrowAndLinksToIt() throws Exception {
    Citation c = CITER.cite(Papers.document().atParagraph(38), "chicago");
    assertThat(c.citation()).contains("¶ 38").contains(Papers.URL + "#p38");
    assertThat(c.text(true)).isEqualTo(c.citation());
    assertThat(CITER.text(Papers.document().atParagraph(38), "chicago")).isEqualTo(c.citation());
    Golden.assertMatches("chicago-paragraph.txt", c.citation() + "\n");
  }

  @Test
  void mlaGivesTheWorksCitedEntryAndAnInTextParagraphReference() throws Exception {
    Citation c = CITER.cite(Papers.document().atParagraph(38), "mla");
    assertThat(c.notes()).isFalse();
    assertThat(c.citation()).contains("par. 38");
    assertThat(c.entry()).contains("Example University Press, 2010");
    assertThat(c.text(true)).isEqualTo(c.entry() + "\n" + c.citation());
    assertThat(CITER.text(Papers.document().atParagraph(38), "mla")).isEqualTo(c.text(true));
    assertThat(CITER.text(Papers.document(), "mla")).isEqualTo(c.entry().replace("#p38", ""));
    Golden.assertMatches("mla-paragraph.txt", c.text(true) + "\n");
  }

  @Test
  void apaGivesTheReferenceAndAnInTextParagraphReference() throws Exception {
    Citation c = CITER.cite(Papers.document().atParagraph(38), "apa");
    assertThat(c.citation()).contains("2010").contains("para. 38");
    assertThat(c.entry()).contains("(Eds.)").contains("(2010)");
    Golden.assertMatches("apa-paragraph.txt", c.text(true) + "\n");
  }

  @Test
  void aPrintedPageIsThePageLocator() throws Exception {
    Cited c = Papers.document().atParagraph(38).atPage("112");
    assertThat(CITER.cite(c, "mla").citation()).contains("p. 112").doesNotContain("par.");
    assertThat(CITER.cite(c, "chicago").citation()).contains(", 112,").doesNotContain("¶")
        .contains(Papers.URL + "#p38");
  }

  @Test
  void aParagraphOfAPrintedVolumeIsCitedByThePagesItStandsOn() throws Exception {
    Block onOnePage = new Block(1, BlockKind.PARAGRAPH, null, "The consul wrote at once.", List.of(), List.of(), "112");
    Block acrossAPage = new Block(2, BlockKind.PARAGRAPH, null, "He asked for instructions.",
        List.of(new Mark(MarkType.PAGE_BREAK, 7, 0, "113", null)), List.of(), "112");
    Document volume = Papers.meeting().toBuilder().paragraphs(List.of(onOnePage, acrossAPage)).build();
    Cited doc = Cited.document(Papers.edition(), volume, Papers.URL);
    assertThat(CITER.cite(doc.atParagraph(1), "mla").citation()).contains("p. 112").doesNotContain("par.");
    assertThat(CITER.cite(doc.atParagraph(2), "mla").citation()).contains("pp. 112–113");
    assertThat(CITER.cite(doc.atParagraph(2), "chicago").citation()).contains(Papers.URL + "#p2");
    // A page the reader asked for wins over the paragraph's own.
    assertThat(CITER.cite(doc.atPage("200").atParagraph(1), "mla").citation()).contains("p. 200");
    // Without printed pages, the paragraph is the locator.
    assertThat(CITER.cite(Papers.document().atParagraph(38), "mla").citation()).contains("par. 38");
  }

  @Test
  void aSpeechInADebateIsCitedUnderItsSpeaker() throws Exception {
    Cited c = Cited.document(Papers.parliament(), Papers.debate(), "https://example.org/hall/sitting-12").atParagraph(2);
    Citation chicago = CITER.cite(c, "chicago");
    assertThat(chicago.citation()).startsWith("Jonas Field, “Sitting of 12 May 2021,”").contains("¶ 2")
        .contains("https://example.org/hall/sitting-12#p2").doesNotContain("Petra Novak");
    assertThat(CITER.bibtex(c)).contains("author = {Field, Jonas}");
  }

  @Test
  void aParagraphOfAMemorandumIsNotCitedUnderItsSpeaker() throws Exception {
    assertThat(Papers.document().atParagraph(38).speaker()).isNull();
  }

  @Test
  void anyOtherCslStyleIsUsedByItsId() throws Exception {
    Citation harvard = CITER.cite(Papers.document().atParagraph(38), "harvard-cite-them-right");
    assertThat(harvard.entry()).contains("Papers of a Quiet Year").contains("2010");
    assertThat(harvard.style()).isEqualTo("harvard-cite-them-right");
  }

  @Test
  void aDependentStyleIsRenderedWithItsParent() throws Exception {
    Citation c = CITER.cite(Papers.document(), "modern-language-review");
    assertThat(c.entry()).contains("Papers of a Quiet Year");
  }

  @Test
  void anUnknownOrHostileStyleIsRefusedByName() {
    UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> CITER.cite(Papers.document(), "nope"));
    assertThat(e).hasMessageStartingWith("no citation style 'nope'");
    assertThrows(UnknownStyleException.class, () -> CITER.cite(Papers.document(), "<style xmlns=\"x\"/>"));
    assertThrows(UnknownStyleException.class, () -> CITER.cite(Papers.document(), "../../etc/passwd"));
  }

  @Test
  void aParagraphTheDocumentLacksIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Papers.document().atParagraph(99));
    assertThat(e).hasMessageContaining("no paragraph 99");
  }

  @Test
  void bibtexIsAnIncollectionEntryWithEscapedFields() throws Exception {
    String bib = CITER.bibtex(Papers.document().atParagraph(38));
    assertThat(bib).startsWith("@incollection{quiet-year-51-p38,\n")
        .contains("  editor = {Example, Ada and Sample, Boris and Model, Clara},\n")
        .contains("  translator = {Translator, Anna},\n").contains("  year = {2010},\n")
        .contains("  address = {Budapest},\n").contains("  doi = {10.5555/quiet-year},\n")
        .contains("  url = {" + Papers.URL + "#p38},\n").endsWith("}\n");
    Golden.assertMatches("paragraph.bib", bib);
    assertThat(Exports.escapeBibtex("50% of {A} & B_c")).isEqualTo("50\\% of \\{A\\} \\& B\\_c");
  }

  @Test
  void risIsAChapterRecordOneTagALine() throws Exception {
    String ris = CITER.ris(Papers.document().atPage("112-113"));
    assertThat(ris).startsWith("TY  - CHAP\r\n").contains("T2  - Papers of a Quiet Year: Conversations, 1989\r\n")
        .contains("A2  - Example, Ada\r\n").contains("PY  - 2010\r\n").contains("DA  - 1989/03/03/\r\n")
        .contains("SP  - 112\r\nEP  - 113\r\n").endsWith("ER  - \r\n");
    Golden.assertMatches("page.ris", ris);
  }

  @Test
  void aLineBreakInATitleCannotForgeARisTag() {
    Cited c = Cited.document(Papers.edition(),
        Papers.meeting().toBuilder().title("Notes\r\nER  - \r\nTY  - JOUR").build(), Papers.URL);
    String ris = CITER.ris(c);
    assertThat(ris.lines().filter(l -> l.startsWith("ER  -"))).hasSize(1);
  }

  @Test
  void cslJsonIsTheItemTheStylesRender() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CITER.cslJson(Papers.document().atParagraph(38)));
    assertThat(json.isArray()).isTrue();
    JsonNode item = json.get(0);
    assertThat(item.get("type").asText()).isEqualTo("chapter");
    assertThat(item.get("container-title").asText()).isEqualTo("Papers of a Quiet Year: Conversations, 1989");
    assertThat(item.get("editor").get(0).get("family").asText()).isEqualTo("Example");
    assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2010);
    assertThat(item.get("URL").asText()).isEqualTo(Papers.URL + "#p38");
  }

  @Test
  void citingFromManyThreadsGivesEachTheSameText() throws Exception {
    Cited c = Papers.document();
    String expected = CITER.cite(c.atParagraph(7), "chicago").citation();
    assertThat(expected).contains("¶ 7").contains("#p7");
    ExecutorService pool = Executors.newFixedThreadPool(8, r -> new Thread(r, "cite-test"));
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = 1 + i % 40;
        results.add(pool.submit(() -> CITER.cite(c.atParagraph(n), "chicago").citation()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.replace("¶ 7", "¶ " + (1 + i % 40))
            .replace("#p7", "#p" + (1 + i % 40)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
