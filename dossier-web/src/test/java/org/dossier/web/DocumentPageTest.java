package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentPageTest {
  private static DossierServer server;

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void showsNumberTitleDatePlaceAndParticipants() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("Document No. 51")
        .contains("<h1 id=\"doc-title\">Notes of a Meeting with the Ambassadors")
        .contains("<time datetime=\"1989-03-03\" lang=\"en\">March 3, 1989</time>")
        .contains("Moscow")
        .contains("<li>Aristov</li>");
  }

  @Test
  void setsTheHeadnoteApartFromTheText() throws Exception {
    String html = page("/cold-war/51");
    int headnote = html.indexOf("class=\"headnote\"");
    int text = html.indexOf("class=\"text\"");
    assertThat(headnote).isPositive().isLessThan(text);
    assertThat(html.substring(headnote, text)).contains("id=\"p1\"").doesNotContain("id=\"p2\"");
  }

  @Test
  void numbersEveryParagraphWithAnAnchorAndALinkableNumber() throws Exception {
    String html = page("/cold-war/51");
    for (int n = 1; n <= 44; n++) {
      assertThat(html).contains("id=\"p" + n + "\"").contains("href=\"?p=" + n + "#p" + n + "\"");
    }
  }

  @Test
  void labelsTheSpeakerWithRoleOnlyWhenTheSpeakerChanges() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("<span class=\"speaker\"><a href=\"/cold-war/persons/p_GMS_1\">Gorbachev</a>:</span>");
    assertThat(html).contains("<span class=\"speaker\"><a href=\"/cold-war/persons/p_ARI_1\">Aristov</a> "
        + "<span class=\"role\">(ambassador to Poland)</span>:</span>");
    assertThat(html).contains("<span class=\"speaker\">Lomakin <span class=\"role\">(ambassador to Czechoslovakia)</span>:</span>");
    String p3 = html.substring(html.indexOf("id=\"p3\""), html.indexOf("id=\"p4\""));
    assertThat(p3).as("p3 continues Gorbachev's turn").doesNotContain("class=\"speaker\"");
  }

  @Test
  void placesNoteCallsAtTheirCodePointOffsetAndListsNotesWithBackLinks() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("opened the meeting<a class=\"noteref\" lang=\"en\" id=\"nr1\" href=\"#n1\" aria-expanded=\"false\" "
        + "aria-label=\"Note 1\"><sup>1</sup></a> with");
    assertThat(html).contains("<li id=\"n1\" value=\"1\"><span class=\"note-text\">The meeting was held in the small hall.</span>")
        .contains("href=\"#nr1\"");
    assertThat(html.indexOf("id=\"n2\"")).isGreaterThan(html.indexOf("id=\"p44\""));
  }

  @Test
  void showsEveryKindOfMarkAsPrintedAndExplainsIt() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("<span class=\"mark mark-supplied\" tabindex=\"0\" title=\"Supplied by the editors\" "
        + "aria-describedby=\"mark-supplied\" data-explain=\"Supplied by the editors\">[Boris]</span>");
    assertThat(html).contains("title=\"Original wording in Russian, transliterated\"").contains("lang=\"ru-Latn\"")
        .contains(">[vot tak]</span>");
    assertThat(html).contains(">[…]</span>").contains(">[sic]</span>");
    assertThat(html).contains("id=\"mark-supplied\"").contains("id=\"mark-omission\"").contains("id=\"mark-sic\"")
        .contains("id=\"mark-foreign\"");
  }

  @Test
  void showsSourceTranslatorAndRights() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("Archive of an Example Foundation, Fond 2, Opis 1.")
        .contains("Translated by Anna Translator.")
        .contains("© Example University Press, 2010");
  }

  @Test
  void citesTheDocumentChicagoStyleThroughTheCslEngine() throws Exception {
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(page("/cold-war/51"));
    assertThat(dom.getElementById("cite-doc").text()).isEqualTo("Ada Example et al., eds., “Notes of a Meeting with the "
        + "Ambassadors, March 3, 1989,” in Papers of a Quiet Year: Conversations, 1989, trans. Anna Translator "
        + "(Example University Press, n.d.), "
        + "http://127.0.0.1:" + server.port() + "/cold-war/51.");
    assertThat(dom.select(".cite-styles a[aria-current=true]").text()).isEqualTo("Chicago");
  }

  @Test
  void citesTheSelectedParagraphWithAPinpointWithoutScript() throws Exception {
    String html = page("/cold-war/51?p=38");
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
    assertThat(dom.getElementById("cite-para").text())
        .endsWith("(Example University Press, n.d.), ¶ 38, http://127.0.0.1:" + server.port() + "/cold-war/51#p38.");
    assertThat(html).contains("class=\"block paragraph selected\" id=\"p38\"");
    assertThat(dom.select(".cite-exports a").eachAttr("href")).containsExactly(
        "/cold-war/51/cite?format=bibtex&p=38", "/cold-war/51/cite?format=ris&p=38", "/cold-war/51/cite?format=csl-json&p=38");
  }

  @Test
  void theCiteBoxSwitchesToMlaWithoutScript() throws Exception {
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(page("/cold-war/51?p=38&cite=mla"));
    assertThat(dom.select(".cite-styles a[aria-current=true]").text()).isEqualTo("MLA");
    assertThat(dom.getElementById("cite-para").wholeText()).startsWith("Example, Ada, et al., editors.").contains("par. 38");
    assertThat(dom.select(".cite-styles a").eachAttr("href")).contains("?p=38&cite=apa#cite");
  }

  @Test
  void offersTeiJsonAndMarkdownDownloads() throws Exception {
    String html = page("/cold-war/51");
    assertThat(html).contains("href=\"/cold-war/51.tei.xml\"").contains("href=\"/cold-war/51.json\"")
        .contains("href=\"/cold-war/51.md\"");
    HttpResponse<String> md = Http.get(server, "/cold-war/51.md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
    assertThat(md.body()).contains("Notes of a Meeting with the Ambassadors");
    HttpResponse<String> tei = Http.get(server, "/cold-war/51.tei.xml");
    assertThat(tei.statusCode()).isEqualTo(200);
    assertThat(tei.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/tei+xml"));
    assertThat(tei.body()).contains("<TEI").contains("Notes of a Meeting with the Ambassadors");
    HttpResponse<String> json = Http.get(server, "/cold-war/51.json");
    assertThat(json.body()).contains("\"id\" : \"51\"");
  }
}
