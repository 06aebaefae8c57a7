package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.search.Query;
import org.dossier.search.Fixtures;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.query.DossierQueryParser;
import org.junit.jupiter.api.Test;

/** Snippets are highlighted with the text words of the query only, expanded once. */
class SnippetQueryTest {
  private static Query parse(String q) throws Exception {
    return DossierQueryParser.parse(q, LuceneSearchIndex.analyzer(), BlockDocuments::dateOverlapping);
  }

  @Test
  void dateSpeakerAndExcludedClausesAreLeftOut() throws Exception {
    Query text = BlockSearch.textPart(parse("date:[1985-01-01 TO 1986-12-31] speaker:Aristov leasing NOT steel"));
    assertThat(text).isNotNull();
    assertThat(text.toString()).isEqualTo("text:leasing");
  }

  @Test
  void allTextWordsAreKeptAsAlternatives() throws Exception {
    Query text = BlockSearch.textPart(parse("(leasing AND \"collective farms\") OR title:memorandum"));
    assertThat(text).isNotNull();
    assertThat(text.toString()).contains("text:leasing").contains("text:\"collective (farms farm)\"").doesNotContain("title");
  }

  @Test
  void aQueryWithoutTextWordsHasNoTextPart() throws Exception {
    assertThat(BlockSearch.textPart(parse("speaker:Lomakin date:1989"))).isNull();
  }

  @Test
  void snippetsMarkTheWordsAFuzzyOrDateFilteredQueryMatched() throws IOException, Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      index.indexAll(Fixtures.all().stream().map(d -> new IndexEntry(d, "h")).toList());
      assertThat(index.search(SearchQuery.of("leasng~1 date:1989")).hits())
          .isNotEmpty()
          .allSatisfy(h -> assertThat(h.snippet().marked("[", "]")).contains("[leasing]"));
      assertThat(index.search(SearchQuery.of("speaker:Lomakin")).hits())
          .singleElement()
          .satisfies(h -> assertThat(h.snippet().text()).isNotEmpty())
          .satisfies(h -> assertThat(h.snippet().highlights()).isEmpty());
    }
  }
}
