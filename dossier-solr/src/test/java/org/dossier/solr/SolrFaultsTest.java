package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.SearchIndexContract;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the Solr engine does when nodes go away: replicas answer, writes fail loudly or land, nothing is lost. */
class SolrFaultsTest {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  @Test
  void withOneOfTwoNodesDownSearchesAnswerCompletelyAndNothingWrittenIsLost() throws Exception {
    List<String> urls = solr.nodeUrls();
    // Node 1 first: once it is down, every request must fail over to node 0.
    SolrOptions options = SolrOptions.of(List.of(urls.get(1), urls.get(0))).withCollection("faults").withLayout(2, 2);
    SearchQuery everything = SearchQuery.of("").withPageSize(1000).withFacets(Fields.FACETS);
    try (SolrSearchIndex index = SolrSearchIndex.open(options)) {
      index.indexAll(SearchIndexContract.entries());
      index.commit();
      SearchResult before = index.search(everything);
      Map<String, String> hashes = index.indexedHashes();

      solr.cloud().stopNode(1);
      try {
        SearchResult during = index.search(everything);
        assertThat(during.total()).isEqualTo(before.total());
        assertThat(SearchIndexContract.keys(during)).containsExactlyInAnyOrderElementsOf(SearchIndexContract.keys(before));
        assertThat(during.facets()).isEqualTo(before.facets());
        assertThat(index.search(SearchQuery.of("speaker:Aristov leasing")).total()).isEqualTo(1);
        assertThat(index.generation()).as("read from the replicas still up").isPresent();

        boolean accepted = writeWhileDown(index);
        if (accepted) assertThat(index.search(SearchQuery.of("document:written-while-down")).total()).isEqualTo(4); // three paragraphs and the title
      } finally {
        solr.cloud().startNode(1);
      }
      assertThat(index.indexedHashes()).containsAllEntriesOf(hashes);
      assertThat(SearchIndexContract.keys(index.search(everything)))
          .containsAll(SearchIndexContract.keys(before));
    }
  }

  /** A write with a node down is accepted, or fails with an exception that says what failed and where. */
  private static boolean writeWhileDown(SolrSearchIndex index) {
    try {
      index.index(Fixtures.many("written-while-down", "1991-08-19", 3, "putsch"), "h-down");
      index.commit();
      return true;
    } catch (IOException e) {
      assertThat(e.getMessage()).contains("faults").contains("http://");
      return false;
    }
  }

  @Test
  void aClusterThatCannotBeReachedIsATypedErrorOnOneLineNamingTheUrls() {
    SolrOptions nowhere = SolrOptions.of(List.of("http://127.0.0.1:1/solr", "http://127.0.0.1:2/solr"))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    SolrUnavailableException e = assertThrows(SolrUnavailableException.class, () -> SolrSearchIndex.open(nowhere));
    assertThat(e.getMessage())
        .startsWith("Solr is unreachable at http://127.0.0.1:1/solr, http://127.0.0.1:2/solr (")
        .doesNotContain("\n");
    assertThat(e.urls()).hasSize(2);
  }

  @Test
  void aMissingCollectionThatMayNotBeCreatedIsAnError() {
    SolrOptions options = SolrOptions.of(solr.nodeUrls()).withCollection("absent").withCreate(false);
    IOException e = assertThrows(IOException.class, () -> SolrSearchIndex.open(options));
    assertThat(e.getMessage()).contains("no collection 'absent'").contains(solr.nodeUrls().get(0));
  }
}
