package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchPageTest {
  private static LuceneSearchIndex index;
  private static DossierServer server;

  @BeforeAll
  static void start() throws Exception {
    index = LuceneSearchIndex.inMemory();
    for (Document d : List.of(FoundingPage.document(), Fixtures.meeting(), Fixtures.telegram(), Fixtures.hostile())) {
      index.index(d, "h-" + d.id());
    }
    index.commit();
    server = DossierWeb.start(WebConfig.of(List.of(FoundingPage.source(), Fixtures.source()), index).withPort(0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static org.jsoup.nodes.Document search(String query, int status) throws Exception {
    HttpResponse<String> r = Http.get(server, "/search?" + query);
    assertThat(r.statusCode()).as(query).isEqualTo(status);
    return Jsoup.parse(r.body());
  }

  @Test
  void findsDocument51InCyrillicAndLinksToTheParagraphs() throws Exception {
    org.jsoup.nodes.Document page = search("q=" + enc("Горбачёв"), 200);
    assertThat(page.select(".result h2 a").eachAttr("href")).contains(FoundingPage.path());
    assertThat(page.select(".result .kwic").eachAttr("href"))
        .anySatisfy(href -> assertThat(href).matches(FoundingPage.path() + "#p\\d+"));
    assertThat(page.select(".kwic mark")).isNotEmpty();
    assertThat(page.select(".summary").text()).contains("matches found");
  }

  @Test
  void aTitleHitLinksToTheDocumentAndANoteHitToTheNote() throws Exception {
    org.jsoup.nodes.Document page = search("q=" + enc("Ambassadors hall"), 200);
    assertThat(page.select(".kwic").eachAttr("href")).isEmpty(); // both words in one unit only
    page = search("q=" + enc("title:ambassadors") + "&edition=" + Fixtures.EDITION, 200);
    assertThat(page.select(".hit-title .kwic").eachAttr("href")).containsExactly("/" + Fixtures.EDITION + "/51");
    assertThat(page.select(".hit-title .where").text()).isEqualTo("Title");
    page = search("q=hall", 200);
    assertThat(page.select(".hit-note .kwic").eachAttr("href")).containsExactly("/" + Fixtures.EDITION + "/51#n1");
    assertThat(page.select(".hit-note .where").text()).isEqualTo("Note 1 · ¶ 2");
    assertThat(page.select(".result h2").text()).startsWith("No. 51");
  }

  @Test
  void activeFiltersAreChipsLinkingToTheSearchWithoutThem() throws Exception {
    org.jsoup.nodes.Document page = search("q=harvests&person=p_ARI_1&speaker=Aristov", 200);
    assertThat(page.select(".chips a.chip").eachText())
        .containsExactly("Speaker: Aristov ×", "Person: Aristov, Boris I. ×");
    assertThat(page.select(".chips a.chip").eachAttr("href"))
        .containsExactly("/search?q=harvests&person=p_ARI_1", "/search?q=harvests&speaker=Aristov");
    assertThat(page.select("details.filters > summary").text()).isEqualTo("Filters (2 active)");
    assertThat(page.select("input[name=person][value=p_ARI_1] + span").text()).isEqualTo("Aristov, Boris I.");
  }

  @Test
  void showsFacetsWithCountsAndNarrowsBySpeaker() throws Exception {
    org.jsoup.nodes.Document all = search("q=leasing", 200);
    assertThat(all.select("fieldset legend").eachText()).contains("Speaker");
    assertThat(all.select("input[name=speaker]").eachAttr("value")).contains("Aristov");
    org.jsoup.nodes.Document narrowed = search("q=" + enc("ambassadors") + "&speaker=Gorbachev", 200);
    assertThat(narrowed.select(".kwic .where").eachText()).isNotEmpty().allSatisfy(w -> assertThat(w).contains("Gorbachev"));
    assertThat(narrowed.select("input[name=speaker][value=Gorbachev]").attr("checked")).isNotNull();
    assertThat(narrowed.select("input[name=speaker][value=Gorbachev]").hasAttr("checked")).isTrue();
  }

  @Test
  void filtersByDateRange() throws Exception {
    org.jsoup.nodes.Document page = search("q=Arrived&from=1989-01-01&to=1989-12-31", 200);
    assertThat(page.select(".result")).isEmpty();
    assertThat(page.select(".empty a").eachText()).contains("Remove the date range");
    assertThat(search("q=Arrived&from=1988-01-01&to=1988-12-31", 200).select(".result")).hasSize(1);
  }

  @Test
  void showsTheSyntaxHelpOneClickAway() throws Exception {
    org.jsoup.nodes.Document page = search("", 200);
    assertThat(page.select("details.syntax summary").text()).isEqualTo("How to search");
    assertThat(page.select("details.syntax").hasAttr("open")).isFalse();
    assertThat(page.select("input#q[type=search]")).hasSize(1);
  }

  @Test
  void explainsABadQueryOnThePageWithItsPosition() throws Exception {
    org.jsoup.nodes.Document page = search("q=" + enc("speaker:(Gorbachev"), 400);
    assertThat(page.select(".error-box").text()).contains("column");
    assertThat(page.select("input#q").attr("value")).isEqualTo("speaker:(Gorbachev");
  }

  @Test
  void suggestsASpellingFromTheIndexWhenNothingIsFound() throws Exception {
    org.jsoup.nodes.Document page = search("q=" + enc("perestroyka"), 200);
    assertThat(page.select(".result")).isEmpty();
    assertThat(page.select(".empty").text()).contains("Did you mean");
    assertThat(page.select(".empty a").first().text()).isEqualToIgnoringCase("perestroika");
  }

  @Test
  void pagesThroughManyResults() throws Exception {
    org.jsoup.nodes.Document first = search("q=the", 200);
    String next = first.select("a[rel=next]").attr("href");
    assertThat(next).contains("after=").contains("page=2");
    org.jsoup.nodes.Document second = search(next.substring("/search?".length()), 200);
    assertThat(second.select(".summary").text()).contains("showing 21–");
    assertThat(second.select(".pager a").eachText()).contains("← First page");
  }

  @Test
  void servesTheSearchJson() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/search?q=leasing&limit=5");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertThat(json.get("total").asLong()).isPositive();
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("document").asText()).isEqualTo(FoundingPage.document().id());
    assertThat(hit.get("permalink").asText()).startsWith(FoundingPage.path() + "#p");
    assertThat(json.get("facets").has("speaker")).isTrue();
  }

  @Test
  void theSearchJsonSaysANoteHitIsANoteAndLabelsPersonFacetsFromTheRegister() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Http.get(server, "/api/search?q=hall").body());
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("kind").asText()).isEqualTo("note");
    assertThat(hit.get("note").asInt()).isEqualTo(1);
    assertThat(hit.get("paragraph").asInt()).isEqualTo(2);
    assertThat(hit.get("permalink").asText()).isEqualTo("/" + Fixtures.EDITION + "/51#n1");
    JsonNode persons = new ObjectMapper().readTree(Http.get(server, "/api/search?q=harvests").body()).get("facets").get("person");
    assertThat(persons.findValuesAsText("label")).contains("Aristov, Boris I.");
    JsonNode aristov = persons.findParents("value").stream().filter(v -> v.get("value").asText().equals("p_ARI_1"))
        .findFirst().orElseThrow();
    assertThat(aristov.get("label").asText()).isEqualTo("Aristov, Boris I.");
    assertThat(aristov.get("count").asLong()).isPositive();
  }

  /** Issue #11: snippets carried HTML entities, and readers saw {@code &#x2F;} for a slash. */
  @Test
  void aSnippetShowsSlashesAmpersandsQuotesAndMarkupAsTextInTheJsonAndThePage() throws Exception {
    String text = "😀 𝔊 Steel & coal at 1/2 the <b>old</b> price, \"quoted\" & 'leasing' agreed.";
    Document d = Document.builder("prices", "Prices").edition(Fixtures.EDITION)
        .paragraphs(List.of(org.dossier.model.Block.paragraph(1, text))).build();
    try (LuceneSearchIndex own = LuceneSearchIndex.inMemory()) {
      own.index(d, "h");
      EditionSource source = EditionSource.of(Fixtures.edition(), List.of(d));
      try (DossierServer s = DossierWeb.start(WebConfig.of(List.of(source), own).withPort(0))) {
        String body = Http.get(s, "/api/search?q=leasing").body();
        JsonNode snippet = new ObjectMapper().readTree(body).get("hits").get(0).get("snippet");
        assertThat(snippet.get("text").asText()).isEqualTo(text);
        int start = text.codePointCount(0, text.indexOf("leasing")); // 😀 and 𝔊 are two UTF-16 units each
        assertThat(snippet.get("highlights").toString()).isEqualTo("[[" + start + "," + (start + 7) + "]]");
        assertThat(body).doesNotContain("&#x2F;", "&amp;", "&lt;", "<mark>");
        for (String html : List.of(Http.get(s, "/search?q=leasing").body(), Http.getGzipped(s, "/search?q=leasing"))) {
          org.jsoup.nodes.Element kwic = Jsoup.parse(html).selectFirst(".kwic").clone();
          kwic.select(".where").remove();
          assertThat(kwic.wholeText()).isEqualTo(text);
          assertThat(kwic.select("mark").eachText()).containsExactly("leasing");
          assertThat(kwic.select("b")).isEmpty();
          assertThat(html).contains("1/2 the &lt;b&gt;old&lt;/b&gt;").doesNotContain("&#x2F;");
        }
      }
    }
  }

  @Test
  void answersABadQueryInJsonWithMessageAndColumn() throws Exception {
    HttpResponse<String> r = Http.get(server, "/api/search?q=" + enc("speaker:(Gorbachev"));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertThat(json.get("error").asText()).isEqualTo("bad_query");
    assertThat(json.get("column").asInt()).isPositive();
    assertThat(json.get("message").asText()).contains("column");
    assertThat(Http.get(server, "/api/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
  }

  /** Issue #15, point 5: these answered 500 with a stack trace in the log. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\"soviet leader\"~-1", "/[/", "speaker:(Gorbachev"})
  void answersHostileQueriesWith400AndTheirColumnOnThePageAndInTheApi(String q) throws Exception {
    HttpResponse<String> api = Http.get(server, "/api/search?q=" + enc(q));
    assertThat(api.statusCode()).as(q).isEqualTo(400);
    JsonNode json = new ObjectMapper().readTree(api.body());
    assertThat(json.get("error").asText()).isEqualTo("bad_query");
    assertThat(json.get("column").asInt()).isPositive();
    org.jsoup.nodes.Document page = search("q=" + enc(q), 400);
    assertThat(page.text()).contains("column").doesNotContain("Exception");
    String deep = "(".repeat(150) + "a" + ")".repeat(150);
    assertThat(Http.get(server, "/api/search?q=" + enc(deep)).statusCode()).isEqualTo(400);
  }

  @Test
  void aKeptSearchPageIsSentWithoutSearchingUntilAWriteAdvancesTheGeneration() throws Exception {
    try (CountingIndex counting = new CountingIndex(LuceneSearchIndex.inMemory(), true)) {
      counting.index().index(Fixtures.telegram(), "h-tel");
      try (DossierServer s = DossierWeb.start(WebConfig.of(List.of(Fixtures.source()), counting.index()).withPort(0))) {
        String first = Http.getGzipped(s, "/search?q=talks");
        assertThat(first).contains("<mark>Talks</mark> begin tomorrow");
        int searches = counting.searches();
        assertThat(Http.getGzipped(s, "/search?q=talks")).isEqualTo(first);
        assertThat(counting.searches()).isEqualTo(searches);
        counting.index().index(Fixtures.telegram().toBuilder()
            .paragraphs(List.of(org.dossier.model.Block.paragraph(1, "Arrived safely. Talks begin in Malta."))).build(), "h-tel-2");
        assertThat(Http.getGzipped(s, "/search?q=talks")).contains("<mark>Talks</mark> begin in Malta");
        assertThat(counting.searches()).isGreaterThan(searches);
      }
    }
  }

  @Test
  void aClientWithoutGzipGetsTheKeptSearchPageWithoutASearch() throws Exception {
    try (CountingIndex counting = new CountingIndex(LuceneSearchIndex.inMemory(), true)) {
      counting.index().index(Fixtures.telegram(), "h-tel");
      try (DossierServer s = DossierWeb.start(WebConfig.of(List.of(Fixtures.source()), counting.index()).withPort(0))) {
        String kept = Http.getGzipped(s, "/search?q=talks");
        int searches = counting.searches();
        var plain = Http.get(s, "/search?q=talks");
        assertThat(plain.body()).isEqualTo(kept);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Length")).hasValue(
            String.valueOf(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(Http.get(s, "/search?q=talks").body()).isEqualTo(kept);
        assertThat(counting.searches()).isEqualTo(searches);
      }
    }
  }

  @Test
  void withoutKeptPagesEverySearchPageIsSearchedAndStillCompressed() throws Exception {
    try (CountingIndex counting = new CountingIndex(LuceneSearchIndex.inMemory(), true)) {
      counting.index().index(Fixtures.telegram(), "h-tel");
      WebConfig config = WebConfig.of(List.of(Fixtures.source()), counting.index()).withPort(0).withPageCacheBytes(0);
      try (DossierServer s = DossierWeb.start(config)) {
        assertNotKept(s, counting);
      }
    }
  }

  @Test
  void searchPagesAreNotKeptForAnIndexThatCannotTellItsGeneration() throws Exception {
    try (CountingIndex counting = new CountingIndex(LuceneSearchIndex.inMemory(), false)) {
      counting.index().index(Fixtures.telegram(), "h-tel");
      try (DossierServer s = DossierWeb.start(WebConfig.of(List.of(Fixtures.source()), counting.index()).withPort(0))) {
        assertNotKept(s, counting);
      }
    }
  }

  /** Two requests for the same search page both search the index, and both get the page gzipped. */
  private static void assertNotKept(DossierServer s, CountingIndex counting) throws Exception {
    String first = Http.getGzipped(s, "/search?q=talks");
    int searches = counting.searches();
    assertThat(Http.getGzipped(s, "/search?q=talks")).isEqualTo(first).contains("<mark>Talks</mark> begin tomorrow");
    assertThat(counting.searches()).isEqualTo(searches + 1);
  }
}
