package org.dossier.web.reader;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.dossier.cite.Cited;
import org.dossier.cite.Citer;
import org.dossier.cite.Pinpoint;
import org.dossier.cite.UnknownStyleException;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.web.BadRequestException;
import org.dossier.web.Library;
import org.jspecify.annotations.Nullable;

/**
 * Citing for the reader: the Cite box's texts and {@code GET /{edition}/{doc}/cite}, both from one
 * {@link Citer}, with every address built on the site's public address (never the request's Host).
 */
public final class Citations {
  /** The styles the Cite box offers, by short name and label. */
  static final List<Link> BOX_STYLES = List.of(
      new Link("Chicago", "chicago"), new Link("MLA", "mla"), new Link("APA", "apa"));
  /** The export formats a click away, by label and format name. */
  static final List<Link> EXPORTS = List.of(
      new Link("BibTeX", "bibtex"), new Link("RIS", "ris"), new Link("CSL-JSON", "csl-json"));

  private final Library library;
  private final Citer citer;
  private final Supplier<String> site;

  /**
   * Citations of the documents of {@code library}.
   *
   * @param site the site's public address without a trailing slash, asked for on each use (a server
   *     on port 0 knows its port only once it listens)
   */
  public Citations(Library library, Citer citer, Supplier<String> site) {
    this.library = Objects.requireNonNull(library, "library");
    this.citer = Objects.requireNonNull(citer, "citer");
    this.site = Objects.requireNonNull(site, "site");
  }

  /** The site's public address, without a trailing slash. */
  public String site() {
    return site.get();
  }

  /** The public address of document {@code d} of {@code e}. */
  String documentUrl(Edition e, Document d) {
    return site() + "/" + e.id() + "/" + d.id();
  }

  /**
   * {@code GET /{edition}/{doc}/cite?format=chicago|mla|apa|bibtex|ris|csl-json|STYLE-ID[&p=N][&page=N]}:
   * a style's citation as text, BibTeX and RIS as downloads, CSL-JSON as JSON.
   */
  public void cite(Context ctx) {
    String edition = ctx.pathParam("edition");
    Edition e = library.expectEdition(edition).edition();
    Document d = library.expectDocument(edition, Library.checkId(ctx.pathParam("doc"), "document"));
    Cited c = pinpointed(Cited.document(e, d, documentUrl(e, d)), d,
        ReaderPages.parseParagraph(ctx.queryParam("p")), ctx.queryParam("page"));
    String format = ctx.queryParam("format");
    format = format == null || format.isBlank() ? "chicago" : format.strip().toLowerCase(Locale.ROOT);
    String file = e.id() + "-" + d.id() + (c.pinpoint() != null && c.pinpoint().paragraph() > 0
        ? "-p" + c.pinpoint().paragraph() : "");
    ctx.header("Link", "<" + documentUrl(e, d) + ">; rel=\"cite-as\"");
    switch (format) {
      case "bibtex" -> download(ctx, "application/x-bibtex; charset=utf-8", file + ".bib", citer.bibtex(c));
      case "ris" -> download(ctx, "application/x-research-info-systems; charset=utf-8", file + ".ris", citer.ris(c));
      case "csl-json", "csl" -> ctx.contentType("application/vnd.citationstyles.csl+json; charset=utf-8")
          .result(citer.cslJson(c));
      default -> ctx.contentType("text/plain; charset=utf-8").result(text(c, format) + "\n");
    }
  }

  /** The citation of {@code c} in style {@code style} as a reader copies it. */
  String text(Cited c, String style) {
    try {
      return citer.text(c, style);
    } catch (UnknownStyleException x) {
      throw new BadRequestException(x.getMessage() + " (the cite route also takes bibtex, ris and csl-json)");
    }
  }

  /**
   * {@code c} pinpointed at paragraph {@code p} (0: none) and printed page {@code page} (null: none).
   *
   * @throws org.dossier.web.NotFoundException if the document has no paragraph {@code p}
   * @throws BadRequestException if {@code page} is not a page number
   */
  static Cited pinpointed(Cited c, Document d, int p, @Nullable String page) {
    Cited out = c;
    if (p > 0) {
      if (d.findBlock(p).isEmpty()) {
        throw new org.dossier.web.NotFoundException("document " + d.id() + " has no paragraph " + p);
      }
      out = out.atParagraph(p);
    }
    if (page != null && !page.isBlank()) {
      if (!Pinpoint.isPage(page.strip())) throw new BadRequestException("page must be a page number such as 112 or xiv");
      out = out.atPage(page.strip());
    }
    return out;
  }

  private static void download(Context ctx, String type, String file, String body) {
    ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(body);
  }

  /** "A", "A and B", "A, B, and C". */
  static String names(List<String> names) {
    if (names.size() == 1) return names.get(0);
    if (names.size() == 2) return names.get(0) + " and " + names.get(1);
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
  }
}
