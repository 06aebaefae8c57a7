package org.dossier.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Snippet;
import org.jspecify.annotations.Nullable;

/**
 * One {@link SearchQuery} as Solr request parameters, and Solr's answer as a {@link SearchResult}:
 * the embedded engine's semantics in Solr's terms.
 *
 * <ul>
 *   <li>the query text is read by Dossier's own parser, run inside Solr from the plugin jar
 *       ({@code defType=dossier}), so it becomes the Lucene query the embedded engine builds;
 *   <li>metadata entries are filtered out, dates filter by overlap;
 *   <li>facet selections are tagged filters, and each dimension is counted without its own
 *       selection ({@code {!ex}}), as drill-sideways counts;
 *   <li>sorts end with document id and reading order (then the unique id Solr's cursors need),
 *       and pages follow {@code cursorMark};
 *   <li>snippets come from the unified highlighter with the embedded engine's passage settings.
 * </ul>
 */
final class SolrSearch {
  private static final String FIELDS =
      String.join(",", Fields.DOCUMENT, Fields.EDITION, Fields.PARAGRAPH, Fields.SPEAKER, Fields.DATE_TEXT, Fields.TITLE,
          Fields.KIND, Fields.NOTE, Fields.NUMBER, SolrSchema.ID, "score");
  private static final int SNIPPET_CHARS = 200;
  /**
   * Where shard requests go when followers copy their leader's segments (TLOG replicas): the
   * leader, which has every write a soft commit made visible, then a replica on the receiving node.
   */
  static final String LEADERS_FIRST = "replica.leader:true,replica.location:local";

  private SolrSearch() {}

  static ModifiableSolrParams params(SearchQuery q, SolrCursors.@Nullable Position from, int maxExpansions) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("defType", SolrConfigset.QUERY_PARSER);
    p.set(SolrConfigset.MAX_EXPANSIONS, maxExpansions);
    p.set("q", q.query().isBlank() ? "*:*" : q.query());
    p.add("fq", "-" + Fields.RECORD + ":" + Fields.RECORD_DOCUMENT);
    if (q.from() != null || q.to() != null) {
      p.add("fq", Fields.DATE + ":[" + (q.from() == null ? "*" : q.from()) + " TO " + (q.to() == null ? "*" : q.to()) + "]");
    }
    q.selections().forEach((dim, values) -> {
      List<String> terms = new ArrayList<>();
      for (String v : values) terms.add(ClientUtils.escapeQueryChars(v));
      p.add("fq", "{!tag=" + tag(dim) + "}" + SolrSchema.facetField(dim) + ":(" + String.join(" OR ", terms) + ")");
    });
    if (!q.facets().isEmpty()) {
      p.set("facet", true);
      for (String dim : q.facets()) p.add("facet.field", "{!ex=" + tag(dim) + " key=" + dim + "}" + SolrSchema.facetField(dim));
      p.set("facet.limit", q.facetLimit());
      p.set("facet.mincount", 1);
      p.set("facet.sort", "count");
    }
    p.set("sort", sort(q.sort()));
    p.set("rows", q.pageSize());
    p.set(CursorMarkParams.CURSOR_MARK_PARAM, from == null ? CursorMarkParams.CURSOR_MARK_START : from.mark());
    p.set("fl", FIELDS);
    // One pass over the shards returns fields and snippets with the ids: a round trip fewer per search.
    p.set("distrib.singlePass", true);
    highlight(p);
    return p;
  }

  private static String tag(String dim) {
    return "sel_" + dim;
  }

  static String sort(SearchQuery.Sort sort) {
    String ties = Fields.DOCUMENT + " asc," + Fields.ORDER + " asc," + SolrSchema.ID + " asc";
    return switch (sort) {
      case RELEVANCE -> "score desc," + ties;
      case DATE -> Fields.DATE_SORT + " asc," + ties;
      case DATE_DESC -> Fields.DATE_SORT + " desc," + ties;
    };
  }

  /** The embedded engine's snippet: one passage of about 200 characters, cut at sentences, matches marked. */
  private static void highlight(ModifiableSolrParams p) {
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", Fields.TEXT);
    p.set("hl.snippets", 1);
    p.set("hl.fragsize", SNIPPET_CHARS);
    p.set("hl.fragsizeIsMinimum", false);
    p.set("hl.fragAlignRatio", "0.5");
    p.set("hl.bs.type", "SENTENCE");
    p.set("hl.defaultSummary", true);
    p.set("hl.requireFieldMatch", true);
    p.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
    p.set("hl.tag.pre", SolrSnippets.PRE);
    p.set("hl.tag.post", SolrSnippets.POST);
    p.set("hl.tag.ellipsis", " … ");
  }

  static SearchResult result(SearchQuery q, QueryResponse r, SolrCursors.@Nullable Position from) {
    Map<String, Map<String, List<String>>> highlighting = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      List<String> passages = highlighting.getOrDefault((String) d.getFieldValue(SolrSchema.ID), Map.of()).get(Fields.TEXT);
      Snippet snippet = passages == null || passages.isEmpty() ? Snippet.of("") : SolrSnippets.parse(passages.get(0));
      Object score = d.getFieldValue("score");
      hits.add(new Hit(
          (String) d.getFieldValue(Fields.DOCUMENT),
          (String) d.getFieldValue(Fields.EDITION),
          ((Number) d.getFieldValue(Fields.PARAGRAPH)).intValue(),
          (String) d.getFirstValue(Fields.SPEAKER),
          (String) d.getFieldValue(Fields.DATE_TEXT),
          (String) d.getFieldValue(Fields.TITLE),
          snippet,
          score instanceof Number n ? n.floatValue() : 0f,
          (String) d.getFieldValue(Fields.KIND),
          d.getFieldValue(Fields.NOTE) instanceof Number note ? note.intValue() : null,
          (String) d.getFieldValue(Fields.NUMBER)));
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : q.facets()) {
      FacetField field = r.getFacetField(dim);
      List<FacetValue> values = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        for (FacetField.Count c : field.getValues()) if (c.getCount() > 0) values.add(new FacetValue(c.getName(), c.getCount()));
      }
      facets.put(dim, values);
    }
    long total = r.getResults().getNumFound();
    long seen = (from == null ? 0 : from.seen()) + hits.size();
    String next = null;
    if (hits.size() == q.pageSize() && total > seen && r.getNextCursorMark() != null) {
      next = SolrCursors.encode(q.sort(), r.getNextCursorMark(), seen);
    }
    return new SearchResult(total, hits, facets, next);
  }

  private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile(" \\(at column (\\d+) of the query\\)$");

  /**
   * Solr's message for a query it rejected, as a syntax error: Dossier's own problem when the
   * plugin's parser rejected it (a pattern that expands too far), with its column; otherwise
   * Solr's words, without a column.
   */
  static QuerySyntaxException rejected(SearchQuery q, String message, Exception cause) {
    String m = message.replace('\n', ' ').strip();
    int at = m.indexOf(SolrConfigset.PROBLEM);
    if (at < 0) return new QuerySyntaxException("the query cannot be run: " + m, q.query(), 0, cause);
    String problem = m.substring(at + SolrConfigset.PROBLEM.length()).strip();
    java.util.regex.Matcher column = COLUMN.matcher(problem);
    if (!column.find()) return new QuerySyntaxException(problem, q.query(), 0, cause);
    return new QuerySyntaxException(problem.substring(0, column.start()), q.query(), Integer.parseInt(column.group(1)), cause);
  }
}
