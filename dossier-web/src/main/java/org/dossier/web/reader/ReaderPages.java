package org.dossier.web.reader;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dossier.tei.export.MarkdownWriter;
import org.dossier.tei.json.JsonForm;
import org.dossier.tei.DossierTei;
import org.dossier.app.RegisterBook;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.web.BadRequestException;
import org.dossier.web.DocumentSummary;
import org.dossier.web.EditionSource;
import org.dossier.web.Library;
import org.jspecify.annotations.Nullable;

/** The handlers of the reader's pages: each reads the request, builds a view, renders a template. */
public final class ReaderPages {
  /** Document pages are compressed once per edition revision, so at gzip's default level. */
  private static final int GZIP_LEVEL = 6;

  private final Library library;
  private final Citations citations;
  /** Kept document pages: reading is most of a site's traffic. */
  private final CompressedPages documentPages;

  /** Pages over the editions of {@code library}, cited by {@code citations}, document pages kept in {@code pages}. */
  public ReaderPages(Library library, Citations citations, CompressedPages pages) {
    this.library = Objects.requireNonNull(library, "library");
    this.citations = Objects.requireNonNull(citations, "citations");
    this.documentPages = Objects.requireNonNull(pages, "pages");
  }

  /** {@code GET /}: the editions with their document counts. */
  public void home(Context ctx) {
    List<HomeView.Entry> entries = new ArrayList<>();
    for (EditionSource s : library.editions()) {
      Edition e = s.edition();
      entries.add(new HomeView.Entry(new Link(e.title(), "/" + e.id()),
          e.editors().isEmpty() ? null : Citations.names(e.editors()), e.publisher(), s.documents().size()));
    }
    Templates.send(ctx, "home.jte", new HomeView(Page.of("Dossier", "home"), entries));
  }

  /** {@code GET /{edition}[?year=1989]}: the table of contents. */
  public void edition(Context ctx) {
    EditionSource s = library.expectEdition(ctx.pathParam("edition"));
    Edition e = s.edition();
    Integer year = parseYear(ctx.queryParam("year"));
    Map<Integer, Integer> years = new TreeMap<>();
    List<EditionView.Row> rows = new ArrayList<>();
    List<String> open = List.of();
    for (DocumentSummary d : s.documents()) {
      Integer y = Dates.year(d.date());
      if (y != null) years.merge(y, 1, Integer::sum);
      if (year != null && !year.equals(y)) continue;
      rows.add(new EditionView.Row(d.number(), Dates.display(d.date()), Dates.iso(d.date()),
          new Link(d.title(), "/" + e.id() + "/" + d.id()), DocTypeNames.label(d.type()), Contents.opening(open, d.sections())));
      open = d.sections();
    }
    List<EditionView.YearLink> yearLinks = new ArrayList<>();
    years.forEach((y, n) -> yearLinks.add(new EditionView.YearLink(y, n, y.equals(year))));
    String title = e.title() + (year == null ? "" : " — " + year);
    Templates.send(ctx, "edition.jte", new EditionView(Page.of(title, "edition"), e.id(), e.title(),
        e.editors().isEmpty() ? null : Citations.names(e.editors()), e.publisher(), e.licence(),
        yearLinks, year, rows, s.documents().size(), registers(e)));
  }

  /**
   * {@code GET /{edition}/{doc}[?p=38][&cite=mla]}: the document page, citing paragraph 38 in MLA style; {@code {doc}.tei.xml},
   * {@code {doc}.json} and {@code {doc}.md} download it.
   */
  public void document(Context ctx) throws IOException {
    String edition = ctx.pathParam("edition");
    String name = ctx.pathParam("doc");
    EditionSource s = library.expectEdition(edition);
    Library.checkId(name, "document");
    if (!s.contains(name)) {
      if (name.endsWith(".tei.xml")) {
        tei(ctx, library.expectDocument(edition, strip(name, ".tei.xml")));
        return;
      }
      if (name.endsWith(".md")) {
        ctx.contentType("text/markdown; charset=utf-8")
            .result(MarkdownWriter.write(library.expectDocument(edition, strip(name, ".md"))));
        return;
      }
      if (name.endsWith(".json")) {
        ctx.contentType("application/json; charset=utf-8")
            .result(JsonForm.toPrettyJson(library.expectDocument(edition, strip(name, ".json"))));
        return;
      }
    }
    int selected = parseParagraph(ctx.queryParam("p"));
    String style = parseStyle(ctx.queryParam("cite"));
    // Every address on the page is built on the site's public address, never on the request's Host.
    ctx.header("Link", "<" + citations.site() + "/" + s.edition().id() + "/" + name + ">; rel=\"cite-as\"");
    // The page is a function of these alone.
    PageKey key = new PageKey(s, s.revision(), name, style, selected);
    if (documentPages.sendKept(ctx, key)) return;
    Document d = library.expectDocument(edition, name);
    DocumentView view = DocumentViews.of(s.edition(), d, citations, selected, style, true, Contents.position(s, name));
    documentPages.send(ctx, key, GZIP_LEVEL, () -> Templates.bytes("document.jte", view));
  }

  private record PageKey(EditionSource source, long revision, String document, String style, int selected) {}

  /** The edition's registers that have entries, as links to their pages. */
  private static List<Link> registers(Edition e) {
    List<Link> out = new ArrayList<>();
    for (RegisterBook.Kind k : RegisterBook.Kind.values()) {
      if (!k.of(e).isEmpty()) out.add(new Link(RegisterPages.heading(k), "/" + e.id() + "/" + k.jsonName()));
    }
    return out;
  }

  private static void tei(Context ctx, Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(d, out);
    ctx.contentType("application/tei+xml; charset=utf-8").result(out.toByteArray());
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  private static @Nullable Integer parseYear(@Nullable String text) {
    if (text == null || text.isBlank()) return null;
    if (!text.matches("\\d{1,4}")) throw new BadRequestException("year must be a number such as 1989");
    return Integer.valueOf(text);
  }

  /** The Cite box's style: chicago (the default), mla or apa. */
  private static String parseStyle(@Nullable String text) {
    if (text == null || text.isBlank()) return "chicago";
    for (Link s : Citations.BOX_STYLES) if (s.href().equals(text)) return text;
    throw new BadRequestException("cite must be chicago, mla or apa");
  }

  static int parseParagraph(@Nullable String text) {
    if (text == null || text.isBlank()) return 0;
    if (!text.matches("\\d{1,6}")) throw new BadRequestException("p must be a paragraph number such as 38");
    return Integer.parseInt(text);
  }

}
