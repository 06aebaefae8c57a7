package org.dossier.web.oai;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.oai.HarvestRecord;
import org.dossier.oai.OaiConfig;
import org.dossier.oai.OaiProvider;
import org.dossier.web.EditionSource;
import org.dossier.web.Library;
import org.dossier.web.WebConfig;
import org.jspecify.annotations.Nullable;

/**
 * The harvesting routes: {@code /oai} (OAI-PMH 2.0, GET or POST), {@code /sitemap.xml} (a sitemap,
 * or a sitemap index over {@code /sitemap-N.xml} when the site has more pages than one sitemap may
 * list) and {@code /robots.txt}. Every address is built on the public base URL, or on the address
 * the server is bound to; never on the request's Host header, which a client chooses.
 */
public final class Harvesting {
  /** The most pages one sitemap may list (the sitemap protocol's limit). */
  public static final int SITEMAP_LIMIT = 50_000;

  private final Library library;
  private final WebConfig config;
  private final int sitemapLimit;
  private volatile @Nullable URI site;
  private volatile @Nullable OaiProvider provider;

  /**
   * The routes over {@code library}, published at {@code config}'s base URL, with at most
   * {@code sitemapLimit} pages in one sitemap.
   */
  public Harvesting(Library library, WebConfig config, int sitemapLimit) {
    if (sitemapLimit < 1) throw new IllegalArgumentException("sitemapLimit must be >= 1: " + sitemapLimit);
    this.library = Objects.requireNonNull(library, "library");
    this.config = Objects.requireNonNull(config, "config");
    this.sitemapLimit = sitemapLimit;
    this.site = config.baseUrl();
  }

  /** Called once the server listens: without a base URL, addresses name the server's own address and port. */
  public void listening(int port) {
    if (config.baseUrl() != null) return;
    String host = config.host();
    if ("0.0.0.0".equals(host) || "::".equals(host)) host = "localhost";
    if (host.contains(":")) host = "[" + host + "]";
    site = URI.create("http://" + host + ":" + port);
  }

  /** {@code GET|POST /oai}: an OAI-PMH response, errors included (always status 200, as the protocol has it). */
  public void oai(Context ctx) throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    if ("POST".equals(ctx.method().name())) ctx.formParamMap().forEach((k, v) -> params.merge(k, v, Harvesting::concat));
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    provider().respond(params, out);
    ctx.contentType(OaiProvider.CONTENT_TYPE);
    ctx.result(out.toByteArray());
  }

  /** {@code GET /sitemap.xml}: every page, or the index of the parts when there are too many. */
  public void sitemap(Context ctx) throws IOException {
    List<Sitemap.Page> pages = pages();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (Writer out = writer(bytes)) {
      if (pages.size() <= sitemapLimit) {
        Sitemap.urlset(pages, out);
      } else {
        List<Sitemap.Page> parts = new ArrayList<>();
        List<List<Sitemap.Page>> cut = Sitemap.parts(pages, sitemapLimit);
        for (int i = 0; i < cut.size(); i++) {
          parts.add(new Sitemap.Page(site() + "/sitemap-" + (i + 1) + ".xml", Sitemap.latest(cut.get(i))));
        }
        Sitemap.index(parts, out);
      }
    }
    send(ctx, bytes);
  }

  /** {@code GET /sitemap-{n}.xml}: part n (from 1) of a sitemap too large for one file. */
  public void sitemapPart(Context ctx) throws IOException {
    List<List<Sitemap.Page>> cut = Sitemap.parts(pages(), sitemapLimit);
    int n = part(ctx.pathParam("n"));
    if (cut.size() < 2 || n < 1 || n > cut.size()) throw new NotFoundResponse();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (Writer out = writer(bytes)) {
      Sitemap.urlset(cut.get(n - 1), out);
    }
    send(ctx, bytes);
  }

  /** {@code GET /robots.txt}: crawlers welcome, except on the endless search pages and the API; the sitemap named. */
  public void robots(Context ctx) {
    ctx.contentType("text/plain; charset=UTF-8");
    ctx.result("User-agent: *\nDisallow: /search\nDisallow: /api/\nAllow: /\n\nSitemap: " + site() + "/sitemap.xml\n");
  }

  /** The home page, each edition's page, and each document's page dated by its datestamp; an edition by its latest document. */
  private List<Sitemap.Page> pages() {
    String base = site().toString();
    List<Sitemap.Page> editions = new ArrayList<>();
    List<Sitemap.Page> documents = new ArrayList<>();
    for (EditionSource s : library.editions()) {
      String edition = base + "/" + s.edition().id();
      int first = documents.size();
      for (HarvestRecord r : s.records()) {
        if (!r.deleted()) documents.add(new Sitemap.Page(edition + "/" + r.id(), r.datestamp()));
      }
      editions.add(new Sitemap.Page(edition, Sitemap.latest(documents.subList(first, documents.size()))));
    }
    List<Sitemap.Page> pages = new ArrayList<>(1 + editions.size() + documents.size());
    pages.add(new Sitemap.Page(base + "/", Sitemap.latest(editions)));
    pages.addAll(editions);
    pages.addAll(documents);
    return pages;
  }

  private OaiProvider provider() {
    OaiProvider p = provider;
    if (p != null) return p;
    synchronized (this) {
      if (provider == null) {
        List<EditionRecords> sources = library.editions().stream().map(EditionRecords::new).toList();
        provider = OaiProvider.of(OaiConfig.of(site(), repositoryName(), config.oaiBatch()), sources);
      }
      return Objects.requireNonNull(provider);
    }
  }

  private String repositoryName() {
    List<EditionSource> editions = library.editions();
    if (editions.isEmpty()) return "Dossier";
    return editions.stream().map(s -> s.edition().title()).collect(Collectors.joining("; "));
  }

  private URI site() {
    URI s = site;
    if (s == null) throw new IllegalStateException("the server has no base URL and is not listening yet");
    return s;
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void send(Context ctx, ByteArrayOutputStream xml) {
    ctx.contentType("application/xml; charset=UTF-8");
    ctx.result(xml.toByteArray());
  }

  private static int part(String n) {
    if (!n.matches("[1-9][0-9]{0,8}")) return -1;
    return Integer.parseInt(n);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
