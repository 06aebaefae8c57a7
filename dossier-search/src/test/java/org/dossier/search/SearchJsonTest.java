package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;

class SearchJsonTest {
  @Test
  void writesTheDocumentedShape() throws Exception {
    SearchResult r = new SearchResult(
        3,
        List.of(
            // 𝔊 is one code point but two UTF-16 units: "leasing" starts at code point 4.
            new Hit("doc51", "masterpieces", 4, "Aristov", "1989-03-03", "Notes",
                new Snippet("𝔊 a leasing & b </c>", List.of(new Snippet.Range(4, 11))), 2.5f),
            new Hit("doc51", "masterpieces", 5, null, null, "Notes", Snippet.of("c"), 1.25f, "note", 3, "51"),
            new Hit("doc51", "masterpieces", 0, null, null, "Notes", Snippet.of("Notes"), 1f, "title", null, "51")),
        Map.of("person", List.of(new FacetValue("p_GMS_1", 6, "Gorbachev, Mikhail S."), new FacetValue("p_X", 1))),
        "abc");
    Golden.assertMatches("search-result.json", SearchJson.write(r, true));
  }

  @Test
  void aRealSearchSerialisesWithFacetsAndSnippetsAsPlainTextWithRanges() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      for (var d : Fixtures.all()) index.index(d, "h");
      SearchResult r = index.search(SearchQuery.of("carry OR leasing").withFacets(Fields.FACETS));
      JsonNode json = new ObjectMapper().readTree(SearchJson.write(r, false));
      assertThat(json.get("total").asLong()).isEqualTo(3);
      assertThat(json.get("hits")).hasSize(3);
      assertThat(json.get("hits").get(0).get("permalink").asText()).startsWith("/masterpieces/doc51#p");
      assertThat(json.get("facets").get("speaker")).isNotEmpty();
      assertThat(json.get("facets").get("speaker").get(0).get("count").asLong()).isPositive();
      JsonNode carry = json.get("hits").findParents("snippet").stream().map(h -> h.get("snippet"))
          .filter(sn -> sn.get("text").asText().contains("carry")).findFirst().orElseThrow();
      assertThat(carry.get("text").asText()).isEqualTo("Write it down: <script>alert('x')</script> & carry on.");
      assertThat(carry.get("highlights").toString()).isEqualTo("[[45,50]]");
      assertThat(json.toString()).doesNotContain("<mark>", "&lt;", "&amp;", "&#x2F;");
      assertThat(json.get("groups")).hasSize(1);
      assertThat(json.get("next").isNull()).isTrue();
    }
  }
}
