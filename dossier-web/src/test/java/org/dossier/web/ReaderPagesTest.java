package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReaderPagesTest {
  private static DossierServer server;

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source(), FoundingPage.source())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static org.jsoup.nodes.Document page(String path, int status) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
    return Jsoup.parse(r.body());
  }

  @Test
  void homeListsTheEditionsWithTheirDocumentCounts() throws Exception {
    var home = page("/", 200);
    assertThat(home.select(".editions .edition-title").eachText())
        .containsExactly("Papers of a Quiet Year: Conversations, 1989",
            "Masterpieces of History: The Peaceful End of the Cold War in Europe, 1989");
    assertThat(home.select(".editions .count").eachText()).containsExactly("3 documents", "1 document");
  }

  @Test
  void editionListsNumberDateTitleAndType() throws Exception {
    var toc = page("/cold-war", 200);
    var first = toc.select("table.toc tbody tr").first();
    assertThat(first.select("td").eachText()).containsExactly("51", "March 3, 1989", "Notes of a Meeting with the Ambassadors", "Minutes of a meeting");
    assertThat(first.select("a").attr("href")).isEqualTo("/cold-war/51");
    assertThat(toc.select("table.toc tbody tr")).hasSize(3);
  }

  @Test
  void editionFiltersByYear() throws Exception {
    var toc = page("/cold-war?year=1988", 200);
    assertThat(toc.select("table.toc tbody tr td:nth-child(3)").eachText()).containsExactly("A Short Telegram");
    assertThat(toc.select(".years a[aria-current=page]").text()).isEqualTo("1988 (1)");
    page("/cold-war?year=nineteen", 400);
  }

  @Test
  void personsRegisterAndPersonPageListMentions() throws Exception {
    var register = page("/cold-war/persons", 200);
    assertThat(register.select(".register a").eachText()).contains("Gorbachev, Mikhail S.", "Aristov, Boris I.");
    var person = page("/cold-war/persons/p_ARI_1", 200);
    assertThat(person.select("h1").text()).isEqualTo("Aristov, Boris I.");
    assertThat(person.select(".mentions a").eachAttr("href")).contains("/cold-war/51#p4", "/cold-war/51#p7");
    assertThat(page("/cold-war/persons/p_GMS_1", 200).select(".mentions li").eachText())
        .anySatisfy(t -> assertThat(t).contains("¶ 2").contains("speaks"));
    page("/cold-war/persons/nobody", 404);
    page("/masterpieces/persons", 404);
  }

  @Test
  void unknownPagesAreAnsweredWithA404PageInTheSiteLayout() throws Exception {
    var missing = page("/cold-war/52", 404);
    assertThat(missing.select("h1").text()).isEqualTo("Not found");
    assertThat(missing.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/dossier.css");
    assertThat(page("/no-such-edition", 404).select("h1").text()).isEqualTo("Not found");
    assertThat(page("/a/b/c/d", 404).select("h1").text()).isEqualTo("Not found");
  }

  @Test
  void searchPageSaysSoWhenTheServerHasNoIndex() throws Exception {
    var search = page("/search?q=anything", 200);
    assertThat(search.select(".empty").first().text()).contains("without a search index");
    assertThat(Http.get(server, "/api/search?q=x").statusCode()).isEqualTo(404);
  }

  @Test
  void servesTheStylesheetAndTheScript() throws Exception {
    HttpResponse<String> css = Http.get(server, "/static/dossier.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(css.body()).contains("@media print").contains("max-width: 40rem").doesNotContain("@import").doesNotContain("url(http");
    HttpResponse<String> js = Http.get(server, "/static/dossier.js");
    assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(js.body()).doesNotContain("innerHTML").doesNotContain("eval(");
  }

  @Test
  void pagesAreGzippedForBrowsersThatAskAndPlainForOthers() throws Exception {
    // getGzipped fails unless the answer says Content-Encoding: gzip.
    assertThat(Http.getGzipped(server, "/cold-war/51")).isEqualTo(Http.get(server, "/cold-war/51").body()).contains("id=\"p44\"");
    assertThat(Http.get(server, "/cold-war/51").headers().firstValue("Content-Encoding")).isEmpty();
  }
}
