package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegisterPagesTest {
  private static DossierServer server;

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(RegisterFixtures.source(), Fixtures.source())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static org.jsoup.nodes.Document page(String path, int status) throws Exception {
    return Http.html(server, path, status);
  }

  private static JsonNode json(String path, int status) throws Exception {
    return Http.json(server, path, status);
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theEditionPageLinksEachRegisterItHas() throws Exception {
    assertThat(page("/quiet-volume", 200).select(".edition-links a").eachAttr("href"))
        .contains("/quiet-volume/persons", "/quiet-volume/places", "/quiet-volume/terms");
    assertThat(page("/cold-war", 200).select(".edition-links a").eachAttr("href"))
        .contains("/cold-war/persons").doesNotContain("/cold-war/terms", "/cold-war/places");
  }

  @Test
  void theRegisterOfPersonsHasAnAToZIndexWhoseEmptyLettersAreNotLinks() throws Exception {
    var register = page("/quiet-volume/persons", 200);
    assertThat(register.select(".az a").eachText()).containsExactly("G", "R", "S", "Z");
    assertThat(register.select(".az span.az-empty")).hasSize(22);
    assertThat(register.select(".az a").first().attr("href")).isEqualTo("#letter-G");
    assertThat(register.select("#letter-G .register a").eachText()).containsExactly("Gorbachev, Mikhail S.");
    assertThat(register.select("#letter-G .register li").text()).contains("(5 mentions)");
  }

  @Test
  void theTermsAndPlacesHaveRegistersToo() throws Exception {
    var terms = page("/quiet-volume/terms", 200);
    assertThat(terms.select("h1").text()).isEqualTo("Abbreviations and terms");
    assertThat(terms.select(".register a").eachText()).containsExactly("INF", "NSC");
    assertThat(page("/quiet-volume/places", 200).select(".register a").eachAttr("href"))
        .containsExactly("/quiet-volume/places/pl_GEN");
    page("/cold-war/terms", 404);
    page("/quiet-volume/terms/t_XYZ", 404);
  }

  @Test
  void anEntryPageGroupsItsMentionsByDocumentWithParagraphAndNoteLinksAndCounts() throws Exception {
    var entry = page("/quiet-volume/persons/p_GMS_1", 200);
    assertThat(entry.select("h1").text()).isEqualTo("Gorbachev, Mikhail S.");
    assertThat(entry.select(".register-count").text()).isEqualTo("5 mentions in 2 documents.");
    List<Element> docs = entry.select(".mentions > li");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).select("a.mention-doc").text())
        .isEqualTo("No. 12: Letter From President Reagan to General Secretary Gorbachev");
    assertThat(docs.get(0).select("a.site").eachText()).containsExactly("title", "note 1", "¶ 2", "¶ 3");
    assertThat(docs.get(0).select("a.site").eachAttr("href"))
        .containsExactly("/quiet-volume/d12#doc-title", "/quiet-volume/d12#n1", "/quiet-volume/d12#p2", "/quiet-volume/d12#p3");
    assertThat(docs.get(0).select("> .count").text()).isEqualTo("(4)");
    assertThat(docs.get(1).select("a.site").eachAttr("href")).containsExactly("/quiet-volume/d14#p1");
  }

  @Test
  void theRegisterFindsANameByItsOtherSpellingsAndScripts() throws Exception {
    for (String spelling : List.of("Горбачёв", "Gorbacev", "gorbačev", "Gorb")) {
      var found = page("/quiet-volume/persons?q=" + q(spelling), 200);
      assertThat(found.select(".register a").eachText()).as(spelling).containsExactly("Gorbachev, Mikhail S.");
      assertThat(found.select(".register-count").text()).contains("1 of 4 entries match");
    }
    assertThat(page("/quiet-volume/persons?q=" + q("Жуков"), 200).select(".register a").eachText())
        .containsExactly("Zhukov, Georgy");
    assertThat(page("/quiet-volume/terms?q=" + q("security council"), 200).select(".register a").eachText())
        .containsExactly("NSC");
    page("/quiet-volume/persons?q=" + "x".repeat(201), 400);
  }

  @Test
  void namesAndTermsInTheTextLinkToTheirEntries() throws Exception {
    var doc = page("/quiet-volume/d12", 200);
    Element p2 = doc.selectFirst("#p2");
    assertThat(p2.select("a.ref").eachAttr("href"))
        .containsExactly("/quiet-volume/places/pl_GEN", "/quiet-volume/terms/t_INF_1", "/quiet-volume/persons/p_GMS_1");
    Element name = p2.selectFirst("a.ref-person");
    assertThat(name.text()).isEqualTo("Gorbachev");
    assertThat(name.attr("title")).isEqualTo("Gorbachev, Mikhail S.");
    assertThat(doc.selectFirst("#p3").select("a.ref").eachText()).containsExactly("Gorbachev", "Shultz");
  }

  @Test
  void theJsonFormListsARegisterFilteredByAnySpellingAndAnEntryWithItsMentions() throws Exception {
    JsonNode persons = json("/api/editions/quiet-volume/registers/persons?q=" + q("Горбачёв"), 200);
    assertThat(persons.get("total").asInt()).isEqualTo(4);
    assertThat(persons.get("count").asInt()).isEqualTo(1);
    JsonNode gorbachev = persons.get("entries").get(0);
    assertThat(gorbachev.get("name").asText()).isEqualTo("Gorbachev, Mikhail S.");
    assertThat(gorbachev.get("mentions").asInt()).isEqualTo(5);
    assertThat(gorbachev.get("url").asText()).isEqualTo("/quiet-volume/persons/p_GMS_1");
    JsonNode entry = json(gorbachev.get("api").asText(), 200);
    assertThat(entry.get("documents")).hasSize(2);
    JsonNode first = entry.get("documents").get(0);
    assertThat(first.get("id").asText()).isEqualTo("d12");
    assertThat(first.get("mentions").asInt()).isEqualTo(4);
    assertThat(first.get("sites").get(1).get("where").asText()).isEqualTo("note");
    assertThat(first.get("sites").get(1).get("note").asInt()).isEqualTo(1);
    assertThat(first.get("sites").get(1).get("url").asText()).isEqualTo("/quiet-volume/d12#n1");
    assertThat(first.get("sites").get(2).get("paragraph").asInt()).isEqualTo(2);
    assertThat(json("/api/editions/quiet-volume/registers/terms", 200).get("entries")).hasSize(2);
    assertThat(json("/api/editions/quiet-volume/registers/ships", 404).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void documentTypesAreShownInWordsAndTheOmissionSignIsExplained() throws Exception {
    var doc = page("/quiet-volume/d14", 200);
    assertThat(doc.select(".doc-meta .type").text()).isEqualTo("Memorandum of conversation");
    assertThat(page("/quiet-volume", 200).select("td.type").eachText())
        .containsExactly("Letter", "Memorandum", "Memorandum of conversation");
    Element omission = page("/quiet-volume/d12", 200).selectFirst(".mark-omission");
    assertThat(omission.attr("title")).isEqualTo("Passage omitted by the editors");
    assertThat(omission.select("[aria-hidden=true]").text()).isEqualTo("[…]");
    assertThat(omission.select(".visually-hidden").text()).isEqualTo("[Passage omitted by the editors]");
  }

  @Test
  void interfaceLabelsInsideAForeignLanguageDocumentAreMarkedEnglish() throws Exception {
    var doc = page("/quiet-volume/d14", 200);
    assertThat(doc.selectFirst("article").attr("lang")).isEqualTo("ru");
    for (String label : List.of(".doc-number", ".doc-meta time", ".doc-meta .type", ".doc-actions", "#notes-h",
        "a.backref", "a.pn", "a.noteref", ".print-cite")) {
      Element e = doc.selectFirst(label);
      assertThat(e).as(label).isNotNull();
      assertThat(e.closest("[lang]").attr("lang")).as(label).isEqualTo("en");
    }
  }

  @Test
  void theDocumentHasACiteLinkAtTheTopAndACitationForPrint() throws Exception {
    var doc = page("/quiet-volume/d12", 200);
    assertThat(doc.select(".doc-head .doc-actions a.cite-button").first().attr("href")).isEqualTo("#cite");
    String printed = doc.select(".print-cite").text();
    assertThat(printed).startsWith("Cite as: ").containsIgnoringCase("Letter From President Reagan");
    assertThat(printed.split("/quiet-volume/d12", -1)).as("the address, once").hasSize(2);
  }
}
