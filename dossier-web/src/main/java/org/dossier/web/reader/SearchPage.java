package org.dossier.web.reader;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.dossier.model.DocDate;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.HitGroup;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchResult;
import org.dossier.search.Snippet;
import org.dossier.web.BadRequestException;
import org.dossier.web.Library;
import org.dossier.web.SearchParams;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /search}: the search form, facets and results. A bad query is answered with the
 * page itself (status 400), the problem shown above the form so the reader can fix it.
 */
public final class SearchPage {
  /** Hits per page. */
  public static final int PAGE_SIZE = 20;
  private static final Map<String, String> LABELS = Map.of(
      Fields.EDITION, "Edition", Fields.YEAR, "Year", Fields.TYPE, "Document type", Fields.SPEAKER, "Speaker",
      Fields.PERSON, "Person", Fields.ARCHIVE, "Archive");

  /** Search pages are compressed at gzip's fastest level: most are asked once, some very often. */
  private static final int GZIP_LEVEL = 1;

  private final Library library;
  private final @Nullable SearchIndex index;
  private final CompressedPages pages;
  private final Supplier<String> site;

  /**
   * The page over {@code index} (null: the server has none), naming editions and persons from
   * {@code library}, keeping pages in {@code pages}.
   */
  public SearchPage(Library library, @Nullable SearchIndex index, CompressedPages pages) {
    this(library, index, pages, () -> "");
  }

  /**
   * The page as above, printing each result's address under {@code site} (the public base URL, else
   * the server's own address; no trailing slash), so a printed list can be followed.
   */
  public SearchPage(Library library, @Nullable SearchIndex index, CompressedPages pages, Supplier<String> site) {
    this.library = library;
    this.index = index;
    this.pages = Objects.requireNonNull(pages, "pages");
    this.site = Objects.requireNonNull(site, "site");
  }

  /** {@code GET /search}. */
  public void show(Context ctx) throws IOException {
    SearchParams params;
    try {
      params = SearchParams.of(ctx);
    } catch (BadRequestException e) {
      String q = ctx.queryParam("q");
      render(ctx, 400, empty(q == null ? "" : q, new SearchView.ErrorBox(e.getMessage(), null, null)));
      return;
    }
    if (index == null || params.isEmpty()) {
      render(ctx, 200, view(params, null, null, List.of()));
      return;
    }
    try {
      Object key = pageKey(ctx);
      if (key != null && pages.sendKept(ctx, key)) return;
      SearchResult result = index.search(params.toQuery(PAGE_SIZE));
      List<Link> removals = new ArrayList<>();
      Link suggestion = null;
      if (result.total() == 0) {
        String respelt = params.q().isEmpty() ? null : Suggestions.suggest(index, params.q());
        if (respelt != null) suggestion = new Link(respelt, href(params, respelt, null, false, null, 1));
        removals = removals(params);
      }
      SearchView v = view(params, result, suggestion, removals);
      pages.send(ctx, key, GZIP_LEVEL, () -> Templates.bytes("search.jte", v));
    } catch (QuerySyntaxException e) {
      String caret = e.column() > 0 ? " ".repeat(e.column() - 1) + "^" : null;
      render(ctx, 400, view(params, null, null, List.of(), new SearchView.ErrorBox(e.getMessage(), params.q(), caret)));
    }
  }

  /**
   * What determines the page: the index generation, the request and the editions served; or null
   * when the index cannot tell its generation. The generation is read before searching, so the
   * page kept under it is never older than it; a write makes the next request look for another key.
   */
  private @Nullable Object pageKey(Context ctx) throws IOException {
    OptionalLong generation = index == null ? OptionalLong.empty() : index.generation();
    if (generation.isEmpty()) return null;
    return List.of(generation.getAsLong(), String.valueOf(ctx.queryString()), library.editions());
  }

  private static void render(Context ctx, int status, SearchView view) {
    Templates.send(ctx.status(status), "search.jte", view);
  }

  private SearchView empty(String q, SearchView.ErrorBox error) {
    return new SearchView(new Page("Search — Dossier", "search", q), q, null, null, "relevance", index != null,
        false, error, 0, "", List.of(), List.of(), null, null, null, List.of(), List.of());
  }

  private SearchView view(SearchParams p, @Nullable SearchResult r, @Nullable Link suggestion, List<Link> removals) {
    return view(p, r, suggestion, removals, null);
  }

  private SearchView view(SearchParams p, @Nullable SearchResult r, @Nullable Link suggestion, List<Link> removals,
      SearchView.@Nullable ErrorBox error) {
    String title = p.q().isEmpty() ? "Search — Dossier" : p.q() + " — Search — Dossier";
    List<SearchView.Group> groups = new ArrayList<>();
    String range = "";
    String next = null;
    String first = null;
    if (r != null) {
      for (HitGroup g : r.groups()) groups.add(group(g));
      if (!r.hits().isEmpty() && (p.page() > 1 || r.total() > r.hits().size())) {
        long start = (long) (p.page() - 1) * PAGE_SIZE + 1;
        range = String.format(Locale.ROOT, "%,d–%,d", start, start + r.hits().size() - 1);
      }
      if (r.nextCursor() != null) next = href(p, p.q(), null, true, r.nextCursor(), p.page() + 1);
      if (p.after() != null) first = href(p, p.q(), null, true, null, 1);
    }
    return new SearchView(new Page(title, "search", p.q()), p.q(),
        p.from() == null ? null : p.from().toString(), p.to() == null ? null : p.to().toString(), p.sortName(),
        index != null, !p.isEmpty() && error == null, error, r == null ? 0 : r.total(), range,
        r == null ? List.of() : facets(p, r), groups, next, first, suggestion, removals, chips(p, r));
  }

  /** The active filters as links that drop each one; a person is named as the register names it. */
  private List<Link> chips(SearchParams p, @Nullable SearchResult r) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (r != null) for (FacetValue v : r.facet(Fields.PERSON)) if (v.label() != null) labels.put(v.value(), v.label());
    List<Link> out = new ArrayList<>();
    p.selections().forEach((dim, values) -> {
      for (String v : values) {
        String shown = dim.equals(Fields.PERSON) && labels.containsKey(v) ? labels.get(v) : label(dim, v);
        out.add(new Link(LABELS.getOrDefault(dim, dim) + ": " + shown, href(p, p.q(), dim + "=" + v, true, null, 1)));
      }
    });
    if (p.from() != null || p.to() != null) {
      String range = (p.from() == null ? "…" : p.from().toString()) + " – " + (p.to() == null ? "…" : p.to().toString());
      out.add(new Link("Dates: " + range, href(p, p.q(), null, false, null, 1)));
    }
    return out;
  }

  private SearchView.Group group(HitGroup g) {
    Hit top = g.hits().get(0);
    String edition = top.edition();
    if (edition == null) {
      edition = library.editions().stream().filter(s -> s.contains(g.document()))
          .map(s -> s.edition().id()).findFirst().orElse(null);
    }
    String base = (edition == null ? "" : "/" + edition) + "/" + g.document();
    String editionTitle = edition == null ? null : library.findEdition(edition).map(s -> s.edition().title()).orElse(null);
    List<SearchView.HitView> hits = new ArrayList<>();
    for (Hit h : g.hits()) {
      String href = base + anchor(h);
      hits.add(new SearchView.HitView(href, where(h), h.kind(), site.get() + href, parts(h.snippet())));
    }
    String date = null;
    if (top.date() != null) {
      try {
        date = Dates.display(DocDate.parse(top.date()));
      } catch (IllegalArgumentException e) {
        date = top.date();
      }
    }
    return new SearchView.Group(new Link(g.title(), base), g.number(), date, editionTitle, hits);
  }

  /** The place in the document page that {@code h} points at, as {@link Hit#permalink()} names it. */
  private static String anchor(Hit h) {
    String permalink = h.permalink();
    int hash = permalink.indexOf('#');
    return hash < 0 ? "" : permalink.substring(hash);
  }

  /** What matched, in the reader's words. */
  static String where(Hit h) {
    if (h.note() != null) return "Note " + h.note() + (h.paragraph() > 0 ? " · ¶ " + h.paragraph() : " · on the title");
    if (h.kind().equals(Fields.KIND_TITLE)) return "Title";
    if (h.kind().equals(Fields.KIND_SOURCE)) return "Source";
    if (h.kind().equals(Fields.KIND_SPEAKER)) return "Speaker · ¶ " + h.paragraph();
    return "¶ " + h.paragraph() + (h.speaker() == null ? "" : " · " + h.speaker());
  }

  /** The snippet's pieces as plain text: the template escapes them and marks the highlighted ones. */
  static List<SearchView.SnippetPart> parts(Snippet snippet) {
    return snippet.parts().stream().map(p -> new SearchView.SnippetPart(p.text(), p.highlighted())).toList();
  }

  private List<SearchView.Facet> facets(SearchParams p, SearchResult r) {
    List<SearchView.Facet> out = new ArrayList<>();
    for (String dim : Fields.FACETS) {
      List<String> chosen = p.selections().getOrDefault(dim, List.of());
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, String> given = new LinkedHashMap<>();
      for (FacetValue v : r.facet(dim)) {
        counts.put(v.value(), v.count());
        if (v.label() != null) given.put(v.value(), v.label());
      }
      for (String c : chosen) counts.putIfAbsent(c, 0L);
      if (counts.isEmpty() || (counts.size() == 1 && chosen.isEmpty() && dim.equals(Fields.EDITION)
          && library.editions().size() == 1)) {
        continue;
      }
      List<SearchView.Option> options = new ArrayList<>();
      int i = 0;
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        String shown = given.containsKey(e.getKey()) ? given.get(e.getKey()) : label(dim, e.getKey());
        options.add(new SearchView.Option("f-" + dim + "-" + i++, e.getKey(), shown, e.getValue(),
            chosen.contains(e.getKey())));
      }
      out.add(new SearchView.Facet(dim, LABELS.getOrDefault(dim, dim), options));
    }
    return out;
  }

  private String label(String dim, String value) {
    if (dim.equals(Fields.EDITION)) {
      return library.findEdition(value).map(s -> s.edition().title()).orElse(value);
    }
    if (dim.equals(Fields.PERSON)) return library.findPersonName(value).orElse(value);
    return value;
  }

  private static List<Link> removals(SearchParams p) {
    List<Link> out = new ArrayList<>();
    p.selections().forEach((dim, values) -> {
      for (String v : values) {
        out.add(new Link("Remove " + LABELS.getOrDefault(dim, dim).toLowerCase(Locale.ROOT) + ": " + v,
            href(p, p.q(), dim + "=" + v, true, null, 1)));
      }
    });
    if (p.from() != null || p.to() != null) out.add(new Link("Remove the date range", href(p, p.q(), null, false, null, 1)));
    return out;
  }

  /**
   * The address of a search like {@code p} with query {@code q}, without the facet value
   * {@code drop} ("dim=value"), keeping the dates when {@code keepDates}, at cursor {@code after}.
   */
  static String href(SearchParams p, String q, @Nullable String drop, boolean keepDates, @Nullable String after,
      int page) {
    StringBuilder s = new StringBuilder("/search?q=").append(enc(q));
    p.selections().forEach((dim, values) -> {
      for (String v : values) if (!(dim + "=" + v).equals(drop)) s.append('&').append(dim).append('=').append(enc(v));
    });
    if (keepDates && p.from() != null) s.append("&from=").append(p.from());
    if (keepDates && p.to() != null) s.append("&to=").append(p.to());
    if (!p.sortName().equals("relevance")) s.append("&sort=").append(p.sortName());
    if (after != null) s.append("&after=").append(enc(after)).append("&page=").append(page);
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
