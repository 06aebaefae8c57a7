package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same documents in the embedded index and in SolrCloud, the same queries on both: the
 * answers must be the same, hit for hit — totals, order (relevance included: Solr scores with
 * the collection's statistics, not a shard's), snippets, groups, facet counts and pages.
 */
class SameResultsAsEmbeddedTest {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);
  private static SearchIndex embedded;
  private static SearchIndex cloud;

  @BeforeAll
  static void indexBoth() throws Exception {
    embedded = LuceneSearchIndex.inMemory();
    cloud = SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()).withCollection("same").withLayout(2, 2));
    embedded.indexAll(SearchIndexContract.entries());
    cloud.indexAll(SearchIndexContract.entries());
  }

  @AfterAll
  static void close() throws Exception {
    try (SearchIndex c = cloud; SearchIndex e = embedded) {
      // closed in reverse order
    }
  }

  static List<String> queries() {
    return List.of(
        "", "Gorbachev", "Горбачёв", "Gorbačev", "Горбач*", "gorb*", "*asing", "leasing OR steel", "ambassadors",
        "ambassador's", "\"bloody methods\"", "\"leasing ruined\"~3", "specialsts~1", "speaker:Gorbachev",
        "speaker:\"Stephen Kinnock\" steel", "person:p_GMS_1", "title:meeting", "type:minutes OR type:debate",
        "place:moscow", "edition:frus1981-88v05", "date:1989", "date:[1985-01 TO 1986-06]", "date:[* TO 1987]",
        "year:1990 perestroika", "archive:\"Gorbachev Foundation\"", "kind:paragraph AND NOT perestroika",
        "(leasing OR Prague) AND speaker:(Aristov OR Lomakin)", "perestroika", "paragraph speaks", "the");
  }

  @ParameterizedTest(name = "[{index}] query «{0}»")
  @MethodSource("queries")
  void eachQueryGivesTheSameAnswerOnBothEngines(String query) throws Exception {
    for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
      SearchQuery q = SearchQuery.of(query).withSort(sort).withPageSize(200).withFacets(Fields.FACETS).withFacetLimit(5);
      SearchResult expected = embedded.search(q);
      SearchResult actual = cloud.search(q);
      assertThat(actual.total()).as("total, sort %s", sort).isEqualTo(expected.total());
      assertThat(SearchIndexContract.keys(actual)).as("hits, sort %s", sort).isEqualTo(SearchIndexContract.keys(expected));
      assertThat(actual.hits()).extracting(Hit::snippet).as("snippets").isEqualTo(expected.hits().stream().map(Hit::snippet).toList());
      assertThat(actual.hits()).extracting(Hit::speaker, Hit::date, Hit::edition, Hit::title)
          .isEqualTo(expected.hits().stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.speaker(), h.date(), h.edition(), h.title())).toList());
      assertThat(actual.facets()).as("facets").isEqualTo(expected.facets());
      assertThat(actual.groups()).extracting(g -> g.document() + ":" + g.hits().size())
          .isEqualTo(expected.groups().stream().map(g -> g.document() + ":" + g.hits().size()).toList());
    }
  }

  @Test
  void scoresAgreeToFloatPrecision() throws Exception {
    for (String query : List.of("Gorbachev", "leasing OR steel", "\"bloody methods\"", "perestroika")) {
      List<Hit> expected = embedded.search(SearchQuery.of(query).withPageSize(100)).hits();
      List<Hit> actual = cloud.search(SearchQuery.of(query).withPageSize(100)).hits();
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i).score()).as("%s, hit %d", query, i)
            .isCloseTo(expected.get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.01));
      }
    }
  }

  @Test
  void pagingWithCursorsVisitsTheSameHitsInTheSameOrder() throws Exception {
    for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
      SearchQuery q = SearchQuery.of("perestroika OR Gorbachev").withSort(sort).withPageSize(6);
      assertThat(pages(cloud, q)).as("sort %s", sort).isEqualTo(pages(embedded, q));
    }
  }

  private static List<List<String>> pages(SearchIndex index, SearchQuery first) throws Exception {
    List<List<String>> pages = new ArrayList<>();
    for (SearchQuery q = first; q != null; ) {
      SearchResult r = index.search(q);
      pages.add(SearchIndexContract.keys(r));
      q = r.nextCursor() == null ? null : q.withAfter(r.nextCursor());
    }
    return pages;
  }
}
