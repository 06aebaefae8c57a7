package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.ImportRequest;
import org.dossier.app.LiveEdition;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.testkit.OaiSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /oai, /sitemap.xml and /robots.txt as a harvester or a crawler meets them. */
class HarvestingTest {
  private static final URI BASE = URI.create("https://editions.example.org/dossier");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dir;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  /** An edition folder holding {@code documents}, imported as a command would. */
  private Path folder(Document... documents) throws Exception {
    Path ed = dir.resolve("ed");
    app.init(ed, Fixtures.EDITION, "Papers of a Quiet Year");
    Path sources = Files.createDirectories(dir.resolve("sources"));
    List<Path> files = new ArrayList<>();
    for (Document d : documents) {
      Path file = sources.resolve(d.id() + ".xml");
      try (OutputStream out = Files.newOutputStream(file)) {
        DossierTei.write(d, out);
      }
      files.add(file);
    }
    assertThat(app.importInto(ed, ImportRequest.of(files), null).stored()).isTrue();
    return ed;
  }

  private static String oai(DossierServer server, String query) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/oai?" + query))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    assertThat(OaiSchema.errors(r.body())).isEmpty();
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void oaiServesAnEditionFolderUnderThePublicBaseUrlWithTheStoresDatestamps() throws Exception {
    LiveEdition edition = app.read(folder(Fixtures.meeting(), Fixtures.telegram()));
    String written = edition.findEntry("51").orElseThrow().modified().toString();
    WebConfig config = WebConfig.of(List.of(EditionSource.of(edition))).withPort(0).withBaseUrl(BASE);
    try (DossierServer server = DossierWeb.start(config)) {
      assertThat(oai(server, "verb=Identify")).contains("<baseURL>https://editions.example.org/dossier/oai</baseURL>")
          .contains("<deletedRecord>persistent</deletedRecord>");
      String record = oai(server, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:editions.example.org:cold-war/51");
      assertThat(record).contains("<datestamp>" + written + "</datestamp>")
          .contains("<dc:identifier>https://editions.example.org/dossier/cold-war/51</dc:identifier>");
      assertThat(oai(server, "verb=ListIdentifiers&metadataPrefix=tei&set=cold-war"))
          .contains("oai:editions.example.org:cold-war/51").contains("oai:editions.example.org:cold-war/tel-7");
    }
  }

  @Test
  void aDocumentRemovedWithTheRemoveCommandBecomesADeletedRecordDatedAtItsRemoval() throws Exception {
    Path ed = folder(Fixtures.meeting(), Fixtures.telegram());
    LiveEdition edition = app.read(ed);
    WebConfig config = WebConfig.of(List.of(EditionSource.of(edition))).withPort(0).withBaseUrl(BASE);
    try (DossierServer server = DossierWeb.start(config)) {
      assertThat(oai(server, "verb=ListIdentifiers&metadataPrefix=oai_dc")).doesNotContain("status=\"deleted\"");
      app.remove(ed, List.of("tel-7"));
      assertThat(edition.refresh()).isTrue();
      String removed = edition.removed().get(0).removed().toString();
      String record = oai(server, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:editions.example.org:cold-war/tel-7");
      assertThat(record).contains("<header status=\"deleted\"><identifier>oai:editions.example.org:cold-war/tel-7</identifier>"
          + "<datestamp>" + removed + "</datestamp>").doesNotContain("<metadata>");
      assertThat(oai(server, "verb=ListRecords&metadataPrefix=oai_dc&from=" + removed))
          .contains("oai:editions.example.org:cold-war/tel-7");
    }
  }

  @Test
  void oaiAnswersAPostedFormAsItAnswersAQuery() throws Exception {
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source())).withPort(0).withBaseUrl(BASE))) {
      HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/oai"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("verb=ListSets")).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(OaiSchema.errors(r.body())).isEmpty();
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<setSpec>cold-war</setSpec>");
    }
  }

  @Test
  void withoutABaseUrlEveryAddressNamesTheServersOwnAddressNeverTheRequestsHost() throws Exception {
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source())).withPort(0))) {
      String own = "http://127.0.0.1:" + server.port();
      for (String path : List.of("/oai?verb=Identify", "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/sitemap.xml",
          "/robots.txt")) {
        String answer = hostile(server, path);
        assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains(own);
      }
      assertThat(hostile(server, "/oai?verb=Identify")).contains("<baseURL>" + own + "/oai</baseURL>");
    }
  }

  /** GET {@code path} claiming to be for the host evil.example, as a poisoned cache or a proxy might. */
  private static String hostile(DossierServer server, String path) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
          + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void robotsTxtNamesTheSitemapAndKeepsCrawlersOffTheSearchPages() throws Exception {
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(Fixtures.source())).withPort(0).withBaseUrl(BASE))) {
      HttpResponse<String> r = Http.get(server, "/robots.txt");
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      assertThat(r.body()).contains("User-agent: *").contains("Disallow: /search")
          .contains("Sitemap: https://editions.example.org/dossier/sitemap.xml");
    }
  }

  @Test
  void theSitemapListsTheHomeEachEditionAndEachDocumentWithItsLastModification() throws Exception {
    LiveEdition edition = app.read(folder(Fixtures.meeting(), Fixtures.telegram()));
    String written = edition.findEntry("tel-7").orElseThrow().modified().toString();
    try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(edition))).withPort(0).withBaseUrl(BASE))) {
      String sitemap = Http.get(server, "/sitemap.xml").body();
      assertThat(sitemap).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      assertThat(locs(sitemap)).containsExactly("https://editions.example.org/dossier/", "https://editions.example.org/dossier/cold-war",
          "https://editions.example.org/dossier/cold-war/51", "https://editions.example.org/dossier/cold-war/tel-7");
      assertThat(sitemap).contains("<loc>https://editions.example.org/dossier/cold-war/tel-7</loc><lastmod>" + written + "</lastmod>");
      assertThat(Http.get(server, "/sitemap-1.xml").statusCode()).as("one sitemap needs no parts").isEqualTo(404);
    }
  }

  @Test
  void aSiteOverTheLimitGetsASitemapIndexWhosePartsListEveryPageOnce() throws Exception {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 7; i++) docs.add(Document.builder("d" + i, "Document " + i).paragraphs(List.of(Block.paragraph(1, "Text."))).build());
    try (DossierServer server = DossierWeb.start(
        WebConfig.of(List.of(EditionSource.of(Fixtures.edition(), docs))).withPort(0).withBaseUrl(BASE), 4)) {
      String index = Http.get(server, "/sitemap.xml").body();
      assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      assertThat(locs(index)).containsExactly("https://editions.example.org/dossier/sitemap-1.xml",
          "https://editions.example.org/dossier/sitemap-2.xml", "https://editions.example.org/dossier/sitemap-3.xml");
      List<String> pages = new ArrayList<>();
      for (int n = 1; n <= 3; n++) {
        String part = Http.get(server, "/sitemap-" + n + ".xml").body();
        assertThat(part).contains("<urlset");
        assertThat(locs(part)).hasSizeLessThanOrEqualTo(4);
        pages.addAll(locs(part));
      }
      assertThat(pages).hasSize(9).doesNotHaveDuplicates().contains("https://editions.example.org/dossier/cold-war/d6");
      assertThat(Http.get(server, "/sitemap-4.xml").statusCode()).isEqualTo(404);
      assertThat(Http.get(server, "/sitemap-0.xml").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void atTheProtocolsLimitOf50000PagesTheSitemapBecomesAnIndex() throws Exception {
    List<Document> docs = new ArrayList<>();
    Block text = Block.paragraph(1, "Text.");
    for (int i = 0; i < 49_998; i++) docs.add(Document.builder("d" + i, "D").paragraphs(List.of(text)).build());
    try (DossierServer server = DossierWeb.start(
        WebConfig.of(List.of(EditionSource.of(Fixtures.edition(), docs))).withPort(0).withBaseUrl(BASE))) {
      assertThat(locs(Http.get(server, "/sitemap.xml").body())).as("home + edition + 49,998 documents").hasSize(50_000);
    }
    docs.add(Document.builder("d-last", "D").paragraphs(List.of(text)).build());
    try (DossierServer server = DossierWeb.start(
        WebConfig.of(List.of(EditionSource.of(Fixtures.edition(), docs))).withPort(0).withBaseUrl(BASE))) {
      assertThat(locs(Http.get(server, "/sitemap.xml").body())).hasSize(2);
      assertThat(locs(Http.get(server, "/sitemap-2.xml").body())).containsExactly("https://editions.example.org/dossier/cold-war/d-last");
    }
  }

  private static List<String> locs(String xml) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
    while (m.find()) found.add(m.group(1));
    return found;
  }
}
