package org.dossier.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The public JSON form of a {@link SearchResult}, as {@code dossier search --json} and the web API
 * emit it:
 *
 * <pre>{@code
 * {"total": 2,
 *  "hits": [{"document": "doc51", "edition": "masterpieces", "paragraph": 22,
 *            "permalink": "/masterpieces/doc51#p22", "speaker": "Aristov", "date": "1989-03-03",
 *            "title": "…", "snippet": {"text": "We will advocate leasing …", "highlights": [[17, 24]]},
 *            "score": 3.41, "kind": "paragraph", "note": null, "number": "51"},
 *           {"document": "doc51", …, "paragraph": 7, "permalink": "/masterpieces/doc51#n3",
 *            "kind": "note", "note": 3, …}],
 *  "groups": [{"document": "doc51", "title": "…", "number": "51", "date": "1989-03-03",
 *              "paragraphs": [7, 22]}],
 *  "facets": {"person": [{"value": "p_GMS_1", "label": "Gorbachev, Mikhail S.", "count": 6}]},
 *  "next": "opaque cursor or null"}
 * }</pre>
 *
 * Absent values ({@code speaker}, {@code date}, {@code edition}, {@code note}, {@code number}) are
 * {@code null}. {@code kind} says what matched: a block kind ({@code paragraph}, {@code opener}…),
 * {@code title}, {@code note} or {@code source}; a note's {@code paragraph} is the one it hangs from,
 * and a title's or source line's {@code paragraph} is {@code null}. A group lists its hits'
 * paragraphs in reading order. A facet value's {@code label} is the register's name for an id, else
 * the value itself. A snippet is plain text (never HTML) with its highlights as {@code [start, end)}
 * pairs of Unicode code points into that text, as in {@link Snippet}.
 */
public final class SearchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchJson() {}

  /** {@code result} as a JSON tree. */
  public static ObjectNode tree(SearchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    for (Hit h : result.hits()) {
      ObjectNode o = hits.addObject();
      o.put("document", h.document());
      o.put("edition", h.edition());
      paragraph(o, h.paragraph());
      o.put("permalink", h.permalink());
      o.put("speaker", h.speaker());
      o.put("date", h.date());
      o.put("title", h.title());
      snippet(o.putObject("snippet"), h.snippet());
      o.put("score", h.score());
      o.put("kind", h.kind());
      o.put("note", h.note());
      o.put("number", h.number());
    }
    ArrayNode groups = root.putArray("groups");
    for (HitGroup g : result.groups()) {
      ObjectNode o = groups.addObject();
      o.put("document", g.document());
      o.put("title", g.title());
      o.put("number", g.number());
      o.put("date", g.date());
      ArrayNode paragraphs = o.putArray("paragraphs");
      g.hits().forEach(h -> {
        if (h.paragraph() == 0) paragraphs.addNull();
        else paragraphs.add(h.paragraph());
      });
    }
    ObjectNode facets = root.putObject("facets");
    for (Map.Entry<String, List<FacetValue>> e : result.facets().entrySet()) {
      ArrayNode values = facets.putArray(e.getKey());
      for (FacetValue v : e.getValue()) {
        values.addObject().put("value", v.value()).put("label", v.labelOrValue()).put("count", v.count());
      }
    }
    root.put("next", result.nextCursor());
    return root;
  }

  /** 0 (a title or a source line) is written as null: there is no paragraph to point at. */
  private static void paragraph(ObjectNode o, int n) {
    if (n == 0) o.putNull("paragraph");
    else o.put("paragraph", n);
  }

  private static void snippet(ObjectNode o, Snippet s) {
    o.put("text", s.text());
    ArrayNode highlights = o.putArray("highlights");
    for (Snippet.Range r : s.highlights()) highlights.addArray().add(r.start()).add(r.end());
  }

  /** {@code result} as JSON text, indented when {@code pretty}. */
  public static String write(SearchResult result, boolean pretty) {
    try {
      return pretty
          ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(result)) + "\n"
          : MAPPER.writeValueAsString(tree(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e); // cannot happen for a tree
    }
  }
}
