package org.dossier.web.oai;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sitemap protocol's two documents: a {@code urlset} of pages with their {@code lastmod}, and a
 * {@code sitemapindex} of urlsets, for a site of more pages than one urlset may hold (50,000).
 */
final class Sitemap {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /**
   * One page.
   *
   * @param url its public address
   * @param lastmod when it last changed, or null when unknown
   */
  record Page(String url, @Nullable Instant lastmod) {}

  private Sitemap() {}

  /** Writes a {@code urlset} of {@code pages}. */
  static void urlset(List<Page> pages, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
    for (Page p : pages) entry("url", p, out);
    out.write("</urlset>\n");
  }

  /** Writes a {@code sitemapindex} of the urlsets at {@code urls}, each dated by its latest page. */
  static void index(List<Page> sitemaps, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
    for (Page p : sitemaps) entry("sitemap", p, out);
    out.write("</sitemapindex>\n");
  }

  /** {@code pages} cut into parts of at most {@code limit}. */
  static List<List<Page>> parts(List<Page> pages, int limit) {
    List<List<Page>> parts = new ArrayList<>();
    for (int i = 0; i < pages.size(); i += limit) parts.add(pages.subList(i, Math.min(pages.size(), i + limit)));
    return parts;
  }

  /** The latest {@code lastmod} of {@code pages}, or null when none has one. */
  static @Nullable Instant latest(List<Page> pages) {
    Instant latest = null;
    for (Page p : pages) if (p.lastmod() != null && (latest == null || p.lastmod().isAfter(latest))) latest = p.lastmod();
    return latest;
  }

  private static void entry(String element, Page p, Writer out) throws IOException {
    out.write("  <" + element + "><loc>");
    out.write(escape(p.url()));
    out.write("</loc>");
    if (p.lastmod() != null) out.write("<lastmod>" + p.lastmod() + "</lastmod>");
    out.write("</" + element + ">\n");
  }

  /** {@code s} escaped for XML text; a base URL may hold {@code &} in its path. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
