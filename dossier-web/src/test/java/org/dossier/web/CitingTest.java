package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.dossier.model.Speaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Citing: the cite route, the page's machine-readable metadata, and the public base URL. */
class CitingTest {
  private static final String BASE = "https://editions.example.org/dossier";
  private static DossierServer server;
  private static DossierServer published;

  static Edition edition() {
    return Fixtures.edition().withImprint(
        new Imprint("Budapest", 2010, List.of("Anna Translator"), "Quiet Readers 4", "10.5555/quiet-year", null));
  }

  /** A debate of our own: two speakers' turns. */
  static Document debate() {
    return Document.builder("sitting-12", "Sitting of 12 May 2021").date(DocDate.of("2021-05-12")).type("debate")
        .language("en").paragraphs(List.of(
            new Block(1, BlockKind.PARAGRAPH, Speaker.of("Petra Novak", "Chair"), "The sitting is open.", List.of(),
                List.of()),
            new Block(2, BlockKind.PARAGRAPH, Speaker.named("Jonas Field"), "I rise on the harbour bill.", List.of(),
                List.of())))
        .build();
  }

  @BeforeAll
  static void start() {
    List<EditionSource> editions = List.of(EditionSource.of(edition(), List.of(Fixtures.meeting(), debate())));
    server = DossierWeb.start(WebConfig.of(editions).withPort(0));
    published = DossierWeb.start(WebConfig.of(editions).withPort(0).withBaseUrl(URI.create(BASE + "/")));
  }

  @AfterAll
  static void stop() {
    server.close();
    published.close();
  }

  private static String own() {
    return "http://127.0.0.1:" + server.port();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return Http.get(server, path);
  }

  /** The Content-Type as sent, without the optional space before the charset. */
  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace("; ", ";");
  }

  @Test
  void theCiteRouteGivesChicagoWithAParagraphPinpointAsText() throws Exception {
    HttpResponse<String> r = get("/cold-war/51/cite?format=chicago&p=38");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(type(r)).isEqualTo("text/plain;charset=utf-8");
    assertThat(r.body()).isEqualTo("Ada Example et al., eds., “Notes of a Meeting with the Ambassadors, March 3, 1989,” "
        + "in Papers of a Quiet Year: Conversations, 1989, trans. Anna Translator, Quiet Readers 4 (Example University "
        + "Press, 2010), ¶ 38, " + own() + "/cold-war/51#p38.\n");
  }

  @Test
  void mlaAndApaGiveTheEntryAndTheInTextReference() throws Exception {
    assertThat(get("/cold-war/51/cite?format=mla&p=38").body()).startsWith("Example, Ada, et al., editors.")
        .contains("\n(Example et al., “Notes of a Meeting with the Ambassadors, March 3, 1989,” par. 38)");
    assertThat(get("/cold-war/51/cite?format=apa&p=38").body()).contains("(Eds.). (2010).")
        .contains("(Example et al., 2010, para. 38)");
    assertThat(get("/cold-war/51/cite?format=apa").body()).doesNotContain("para.");
  }

  @Test
  void aPrintedPageIsCitedAsThePage() throws Exception {
    assertThat(get("/cold-war/51/cite?format=mla&p=38&page=112").body()).contains("p. 112").doesNotContain("par. 38");
  }

  @Test
  void aSpeechIsCitedUnderItsSpeaker() throws Exception {
    assertThat(get("/cold-war/sitting-12/cite?format=chicago&p=2").body())
        .startsWith("Jonas Field, “Sitting of 12 May 2021,”").contains("¶ 2");
  }

  @Test
  void anyCslStyleIsAFormatByItsId() throws Exception {
    HttpResponse<String> r = get("/cold-war/51/cite?format=harvard-cite-them-right&p=38");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Papers of a Quiet Year").contains("2010");
  }

  @Test
  void bibtexAndRisAreDownloads() throws Exception {
    HttpResponse<String> bib = get("/cold-war/51/cite?format=bibtex&p=38");
    assertThat(type(bib)).isEqualTo("application/x-bibtex;charset=utf-8");
    assertThat(bib.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"cold-war-51-p38.bib\"");
    assertThat(bib.body()).startsWith("@incollection{cold-war-51-p38,").contains("url = {" + own() + "/cold-war/51#p38}");
    HttpResponse<String> ris = get("/cold-war/51/cite?format=ris");
    assertThat(type(ris)).isEqualTo("application/x-research-info-systems;charset=utf-8");
    assertThat(ris.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"cold-war-51.ris\"");
    assertThat(ris.body()).startsWith("TY  - CHAP\r\n").contains("UR  - " + own() + "/cold-war/51\r\n");
  }

  @Test
  void cslJsonIsJson() throws Exception {
    HttpResponse<String> r = get("/cold-war/51/cite?format=csl-json&p=38");
    assertThat(type(r)).isEqualTo("application/vnd.citationstyles.csl+json;charset=utf-8");
    JsonNode item = new ObjectMapper().readTree(r.body()).get(0);
    assertThat(item.get("type").asText()).isEqualTo("chapter");
    assertThat(item.get("container-title").asText()).isEqualTo("Papers of a Quiet Year: Conversations, 1989");
    assertThat(item.get("URL").asText()).isEqualTo(own() + "/cold-war/51#p38");
  }

  @Test
  void badCitationRequestsSayWhatIsWrong() throws Exception {
    HttpResponse<String> style = get("/cold-war/51/cite?format=nonsense");
    assertThat(style.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(style.body()).text()).contains("no citation style 'nonsense'");
    assertThat(get("/cold-war/51/cite?format=chicago&p=999").statusCode()).isEqualTo(404);
    assertThat(get("/cold-war/51/cite?format=chicago&page=%3Cb%3E").statusCode()).isEqualTo(400);
    assertThat(get("/cold-war/51?cite=nonsense").statusCode()).isEqualTo(400);
  }

  @Test
  void theDocumentPageCarriesHighwireDublinCoreAndOpenGraphTags() throws Exception {
    org.jsoup.nodes.Document dom = Jsoup.parse(get("/cold-war/51").body());
    String url = own() + "/cold-war/51";
    assertThat(dom.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(meta(dom, "citation_title")).containsExactly("Notes of a Meeting with the Ambassadors");
    assertThat(meta(dom, "citation_inbook_title")).containsExactly("Papers of a Quiet Year: Conversations, 1989");
    assertThat(meta(dom, "citation_editor")).containsExactly("Ada Example", "Boris Sample", "Clara Model");
    assertThat(meta(dom, "citation_publisher")).containsExactly("Example University Press");
    assertThat(meta(dom, "citation_publication_date")).containsExactly("2010");
    assertThat(meta(dom, "citation_language")).containsExactly("en");
    assertThat(meta(dom, "citation_public_url")).containsExactly(url);
    assertThat(meta(dom, "citation_doi")).containsExactly("10.5555/quiet-year");
    assertThat(meta(dom, "DC.title")).containsExactly("Notes of a Meeting with the Ambassadors");
    assertThat(meta(dom, "DC.publisher")).containsExactly("Example University Press");
    assertThat(meta(dom, "DC.date")).containsExactly("1989-03-03");
    assertThat(meta(dom, "DC.identifier")).containsExactly(url);
    assertThat(meta(dom, "DC.relation.isPartOf")).containsExactly("Papers of a Quiet Year: Conversations, 1989");
    assertThat(dom.select("meta[property=og:title]").attr("content")).isEqualTo("Notes of a Meeting with the Ambassadors");
    assertThat(dom.select("meta[property=og:url]").attr("content")).isEqualTo(url);
    assertThat(dom.select("meta[property=og:type]").attr("content")).isEqualTo("article");
  }

  private static List<String> meta(org.jsoup.nodes.Document dom, String name) {
    return dom.select("meta[name=" + name + "]").eachAttr("content");
  }

  @Test
  void theDocumentPageHasSchemaOrgJsonLdAsAPartOfTheEdition() throws Exception {
    org.jsoup.nodes.Document dom = Jsoup.parse(get("/cold-war/51").body());
    Element script = dom.selectFirst("script[type=application/ld+json]");
    assertThat(script).isNotNull();
    JsonNode ld = new ObjectMapper().readTree(script.data());
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("CreativeWork");
    assertThat(ld.get("url").asText()).isEqualTo(own() + "/cold-war/51");
    assertThat(ld.get("dateCreated").asText()).isEqualTo("1989-03-03");
    assertThat(ld.get("datePublished").asText()).isEqualTo("2010");
    assertThat(ld.get("editor").get(0).get("name").asText()).isEqualTo("Ada Example");
    JsonNode book = ld.get("isPartOf");
    assertThat(book.get("@type").asText()).isEqualTo("Book");
    assertThat(book.get("name").asText()).isEqualTo("Papers of a Quiet Year: Conversations, 1989");
    assertThat(book.get("url").asText()).isEqualTo(own() + "/cold-war");
    assertThat(book.get("publisher").get("name").asText()).isEqualTo("Example University Press");
    assertThat(book.get("sameAs").asText()).isEqualTo("https://doi.org/10.5555/quiet-year");
  }

  @Test
  void theDocumentPageAndTheCiteRouteSendACiteAsLink() throws Exception {
    assertThat(get("/cold-war/51?p=3").headers().firstValue("Link"))
        .hasValue("<" + own() + "/cold-war/51>; rel=\"cite-as\"");
    assertThat(get("/cold-war/51/cite?format=ris").headers().firstValue("Link"))
        .hasValue("<" + own() + "/cold-war/51>; rel=\"cite-as\"");
  }

  @Test
  void aPublicBaseUrlIsInEveryCitationLinkAndTag() throws Exception {
    String html = Http.get(published, "/cold-war/51?p=38").body();
    org.jsoup.nodes.Document dom = Jsoup.parse(html);
    String url = BASE + "/cold-war/51";
    assertThat(dom.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(meta(dom, "citation_public_url")).containsExactly(url);
    assertThat(dom.getElementById("cite-para").text()).endsWith(url + "#p38.");
    assertThat(new ObjectMapper().readTree(dom.selectFirst("script[type=application/ld+json]").data()).get("url")
        .asText()).isEqualTo(url);
    assertThat(html).doesNotContain("127.0.0.1");
    assertThat(Http.get(published, "/cold-war/51/cite?format=bibtex").body()).contains("url = {" + url + "}");
    assertThat(Http.get(published, "/cold-war/51").headers().firstValue("Link")).hasValue("<" + url + ">; rel=\"cite-as\"");
  }

  @Test
  void aForgedHostHeaderAppearsNowhere() throws Exception {
    for (String path : List.of("/", "/cold-war", "/cold-war/51?p=38", "/cold-war/51/cite?format=chicago&p=38",
        "/cold-war/51/cite?format=bibtex", "/cold-war/51/cite?format=ris", "/cold-war/51/cite?format=csl-json")) {
      for (DossierServer s : List.of(server, published)) {
        String response = withHost(s, path, "evil.example");
        assertThat(response).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
      }
    }
  }

  /** The whole response, headers and body, to {@code GET path} sent with the Host header {@code host}. */
  private static String withHost(DossierServer s, String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host
          + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
