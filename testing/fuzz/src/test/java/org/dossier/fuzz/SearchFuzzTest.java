package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dossier.search.Fields;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The query parser, through the embedded {@link SearchIndex} on a small in-memory edition: any
 * text a user can type either answers or is a {@link QuerySyntaxException}; nothing else, no
 * hang. A query that answers with a next page is paged once, so its cursor is checked too.
 */
class SearchFuzzTest {
  private static SearchIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallEdition.index(SmallEdition.documents());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @FuzzTest(maxDuration = "10m")
  void query(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    SearchQuery query = SearchQuery.of(text).withFacets(Fields.FACETS).withPageSize(2);
    try {
      SearchResult first = index.search(query);
      if (first.nextCursor() != null) index.search(query.withAfter(first.nextCursor()));
      index.search(query.withSort(SearchQuery.Sort.DATE_DESC));
    } catch (QuerySyntaxException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("a syntax error without a message", e);
    }
  }
}
