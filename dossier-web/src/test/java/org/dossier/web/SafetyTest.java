package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyTest {
  private static DossierServer server;

  /** An edition whose storage fails with a message that must never reach a client. */
  static final class BrokenSource implements EditionSource {
    @Override public Edition edition() {
      return Edition.titled("broken", "Broken");
    }
    @Override public List<DocumentSummary> documents() {
      return List.of(new DocumentSummary("d1", null, "A document", null, null));
    }
    @Override public Optional<Document> find(String id) {
      throw new IllegalStateException("secret detail: /var/lib/dossier/broken/d1.xml is corrupt");
    }
  }

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source(), new BrokenSource())).withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void showsMarkupAndScriptFromADocumentAsText() throws Exception {
    HttpResponse<String> r = Http.get(server, "/cold-war/evil");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<script>s")
        .doesNotContain("<img src=x")
        .doesNotContain("<i onclick").doesNotContain("<style>").doesNotContain("<b>9</b>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;a href=\"javascript:alert(2)\"&gt;x&lt;/a&gt; \" onmouseover=\"alert(3)</p>")
        .contains("<meta name=\"citation_title\" content=\"&lt;script>alert(&#39;title&#39;)&lt;/script>&#34; onmouseover=&#34;alert(4)\">")
        .contains("&lt;img src=x onerror=alert(5)&gt;")
        .contains("&lt;style&gt;body{display:none}&lt;/style&gt;");
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
    assertThat(dom.select("script:not([type=application/ld+json])")).as("only the site's own script").hasSize(1);
    String jsonLd = dom.selectFirst("script[type=application/ld+json]").data();
    assertThat(jsonLd).doesNotContain("<").doesNotContain(">");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).get("name").asText())
        .isEqualTo("<script>alert('title')</script>\" onmouseover=\"alert(4)");
    assertThat(dom.select("[onmouseover], [onclick], [onerror], img, style, b, i:not(.citation i)")).isEmpty();
    assertThat(dom.select("a[href^=javascript]")).isEmpty();
    assertThat(dom.select("h1").text()).isEqualTo("<script>alert('title')</script>\" onmouseover=\"alert(4)");
    assertThat(html.split("<script", -1)).as("only the site's own script tag and the JSON-LD").hasSize(3);
  }

  @Test
  void escapesDocumentStringsInTheTableOfContentsAndTheJsonForm() throws Exception {
    assertThat(Http.get(server, "/cold-war").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    HttpResponse<String> json = Http.get(server, "/api/documents/evil");
    assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/cold-war/..%2F..%2F..%2Fetc%2Fpasswd", "/cold-war/%2e%2e", "/cold-war/..", "/cold-war/a%00b",
      "/cold-war/a%0Ab", "/cold-war/a%1Bb", "/..%2F..%2Fetc/passwd", "/api/documents/..%2Fevil",
      "/api/documents/a%0Db", "/api/editions/..%2Fcold-war/documents", "/cold-war/51%2F..%2F51",
      "/static/..%2Fdossier.css", "/static/dossier.css%00.js", "/cold-war/..%5C..%5Cwin.ini"})
  void rejectsIdsWithDotsSlashesAndControlCharacters(String path) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.statusCode()).as(path).isIn(400, 404);
    assertThat(r.body()).doesNotContain("root:").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/cold-war/%zz", "/%", "/cold-war/a%C0%AFb", "/cold-war/..\\..\\x", "/cold-war/51?p=%00",
      "/../../etc/passwd", "/cold-war/%2e%2e/%2e%2e/etc/passwd", "/search?q=%zz", "/api/search?q=%FF%FE"})
  void answersMalformedRequestLinesWithoutAStackTrace(String target) throws Exception {
    String response = Http.raw(server, target);
    assertThat(response).as(target).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 5");
    assertThat(response).doesNotContain("root:").doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain(".java:");
  }

  @Test
  void answersAFailingHandlerWithAGenericPageAndNoStackTrace() throws Exception {
    HttpResponse<String> page = Http.get(server, "/broken/d1");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains("Something went wrong").doesNotContain("secret").doesNotContain("Exception")
        .doesNotContain("at org.");
    HttpResponse<String> api = Http.get(server, "/api/documents/d1?edition=broken");
    assertThat(api.statusCode()).isEqualTo(500);
    assertThat(api.body()).startsWith("{\"status\":500,\"error\":\"internal\"").doesNotContain("secret")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/cold-war", "/cold-war/51", "/api/editions", "/static/dossier.css", "/nowhere/at/all"})
  void sendsAContentSecurityPolicyAndNoSniffEverywhere(String path) throws Exception {
    HttpResponse<String> r = Http.get(server, path);
    assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
  }

  @Test
  void pagesHaveNoInlineScriptOrStyle() throws Exception {
    String html = Http.get(server, "/cold-war/51").body();
    assertThat(html).contains("<script src=\"/static/dossier.js\" defer></script>")
        .doesNotContain(" style=\"").doesNotContain("<style").doesNotContain(" onclick=");
  }

  @Test
  void bindsToThisMachineOnlyUnlessToldOtherwise() {
    WebConfig config = WebConfig.of(List.of());
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(server.url()).startsWith("http://127.0.0.1:");
  }
}
