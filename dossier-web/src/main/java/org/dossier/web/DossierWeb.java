package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.dossier.cite.Citer;
import org.dossier.web.api.ApiError;
import org.dossier.web.api.ApiHandlers;
import org.dossier.web.api.Json;
import org.dossier.web.api.RegisterApi;
import org.dossier.web.api.SearchApi;
import org.dossier.web.oai.Harvesting;
import org.dossier.search.QuerySyntaxException;
import org.dossier.web.reader.Citations;
import org.dossier.web.reader.CompressedPages;
import org.dossier.web.reader.ErrorView;
import org.dossier.web.reader.ReaderPages;
import org.dossier.web.reader.RegisterPages;
import org.dossier.web.reader.SearchPage;
import org.dossier.web.reader.Templates;

/**
 * The web front door: serves editions to readers (HTML pages that work without JavaScript) and
 * to programs (the JSON API of {@code docs/api.md}).
 *
 * <pre>{@code
 * try (DossierServer server = DossierWeb.start(WebConfig.of(List.of(EditionSource.of(edition, docs))))) {
 *   System.out.println("Reading room open at " + server.url());
 *   ...
 * }
 * }</pre>
 */
public final class DossierWeb {
  /** Scripts and styles come only from this site; no inline script, no framing, no plugins. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Sent with every answer, Jetty's own errors included ({@link JettyErrors}). */
  static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");

  /** One per process: a CSL style takes hundreds of milliseconds to load, and is then kept. */
  private static final Citer CITER = Citer.create();

  private DossierWeb() {}

  /**
   * Starts a server for {@code config} and returns once it listens.
   *
   * @throws IllegalArgumentException if two editions share an id
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static DossierServer start(WebConfig config) {
    return start(config, Harvesting.SITEMAP_LIMIT);
  }

  /** Starts a server whose sitemaps list at most {@code sitemapLimit} pages each (tests use a small one). */
  static DossierServer start(WebConfig config, int sitemapLimit) {
    Objects.requireNonNull(config, "config");
    Library library = new Library(config.editions());
    Harvesting harvesting = new Harvesting(library, config, sitemapLimit);
    Javalin app = create(config, library, harvesting);
    app.start(config.host(), config.port());
    harvesting.listening(app.port());
    return new DossierServer(app, config.host());
  }

  private static Javalin create(WebConfig config, Library library, Harvesting harvesting) {
    // One budget for document and search pages: whichever readers ask for more keeps more room.
    CompressedPages kept = new CompressedPages(config.pageCacheBytes());
    // Citations, canonical links and meta tags name the public base URL, else the server's own
    // address once it listens; never the request's Host header, which any client can forge.
    AtomicReference<Javalin> self = new AtomicReference<>();
    URI base = config.baseUrl();
    Supplier<String> site = base != null ? base::toString
        : () -> DossierServer.address(config.host(), self.get() == null ? config.port() : self.get().port());
    Citations citations = new Citations(library, CITER, site);
    ReaderPages pages = new ReaderPages(library, citations, kept);
    ApiHandlers api = new ApiHandlers(library);
    RegisterBooks books = new RegisterBooks(library);
    RegisterPages registerPages = new RegisterPages(books);
    RegisterApi registerApi = new RegisterApi(books);
    SearchPage search = new SearchPage(library, config.search(), kept, site);
    SearchApi searchApi = new SearchApi(config.search(), library);
    Assets assets = new Assets();
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.router.ignoreTrailingSlashes = true;
      // Pages are compressed for browsers at gzip's fastest level: 13% more bytes than the default
      // level for half the CPU, which under load is the scarcer of the two (see docs/api.md).
      c.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
      RoutesConfig r = c.routes;
      r.before(DossierWeb::securityHeaders);
      r.before(ctx -> RequestTarget.check(ctx.path(), ctx.queryString()));
      getAndHead(r, "/static/{name}", assets::serve);
      getAndHead(r, "/api/editions", api::editions);
      getAndHead(r, "/api/editions/{edition}/documents", api::documents);
      getAndHead(r, "/api/documents/{id}", api::document);
      getAndHead(r, "/api/editions/{edition}/registers/{register}", registerApi::register);
      getAndHead(r, "/api/editions/{edition}/registers/{register}/{id}", registerApi::entry);
      getAndHead(r, "/api/search", searchApi::search);
      getAndHead(r, "/oai", harvesting::oai);
      r.post("/oai", harvesting::oai);
      getAndHead(r, "/sitemap.xml", harvesting::sitemap);
      getAndHead(r, "/sitemap-{n}.xml", harvesting::sitemapPart);
      getAndHead(r, "/robots.txt", harvesting::robots);
      getAndHead(r, "/", pages::home);
      getAndHead(r, "/search", search::show);
      getAndHead(r, "/{edition}", pages::edition);
      for (String register : List.of("persons", "places", "terms")) {
        getAndHead(r, "/{edition}/" + register, ctx -> registerPages.register(ctx, register));
        getAndHead(r, "/{edition}/" + register + "/{id}", ctx -> registerPages.entry(ctx, register));
      }
      getAndHead(r, "/{edition}/{doc}", pages::document);
      getAndHead(r, "/{edition}/{doc}/cite", citations::cite);
      mapErrors(r);
      // Jetty's own errors (bad request line, 414, 431, 505) answered like ours.
      c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    });
    self.set(app);
    return app;
  }

  /**
   * Registers {@code handler} for GET and HEAD alike, so that HEAD answers the status GET would
   * (Javalin's default answers 200 to any HEAD whose path matches a GET route); Jetty sends no
   * body for HEAD.
   */
  private static void getAndHead(RoutesConfig r, String path, io.javalin.http.Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }

  /** The one place where exceptions become HTTP answers: JSON under /api, a page elsewhere. */
  private static void mapErrors(RoutesConfig r) {
    r.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, "not_found", e.getMessage(), 0));
    r.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, "bad_request", e.getMessage(), e.column()));
    r.exception(QuerySyntaxException.class, (e, ctx) -> answer(ctx, 400, "bad_query", e.getMessage(), e.column()));
    r.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
        e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), 0));
    r.exception(Exception.class, (e, ctx) -> {
      RequestLog.fault(ctx.method().name(), ctx.path(), e);
      answer(ctx, 500, "internal", "The server could not answer this request. The error has been logged.", 0);
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) answer(ctx, 404, "not_found", "There is no page at this address.", 0);
    });
  }

  private static void answer(Context ctx, int status, String code, String message, int column) {
    if (status < 500) RequestLog.userError(ctx.method().name(), ctx.path(), status, message);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Json.send(ctx, new ApiError(status, code, message, column > 0 ? column : null));
    } else {
      Templates.send(ctx, "error.jte", ErrorView.of(status, message));
    }
  }

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }
}
