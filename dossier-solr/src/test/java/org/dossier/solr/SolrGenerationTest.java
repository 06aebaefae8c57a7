package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.search.Fixtures;
import org.dossier.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generation follows what searches see on every replica, whichever client wrote. */
class SolrGenerationTest {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  private static SolrSearchIndex open() throws Exception {
    return SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()).withCollection("generation").withLayout(2, 2));
  }

  @Test
  void theGenerationStaysWhileNothingChangesAndMovesWithOwnAndOtherClientsWrites() throws Exception {
    try (SolrSearchIndex reader = open(); SolrSearchIndex writer = open()) {
      long before = reader.generation().orElseThrow();
      Thread.sleep(1200);
      assertThat(reader.generation().orElseThrow()).as("nothing changed").isEqualTo(before);

      writer.index(Fixtures.many("g-1", "1991-01-01", 3, "glasnost"), "h1");
      assertThat(writer.search(SearchQuery.of("glasnost")).total()).isEqualTo(3); // visible now, on every replica
      Thread.sleep(1200);
      long afterOther = reader.generation().orElseThrow();
      assertThat(afterOther).as("another client's write").isNotEqualTo(before);
      assertThat(reader.search(SearchQuery.of("glasnost")).total()).isEqualTo(3);

      reader.index(Fixtures.undated().toBuilder().paragraphs(List.of(Block.paragraph(1, "glasnost again"))).build(), "h2");
      long afterOwn = reader.generation().orElseThrow();
      assertThat(afterOwn).as("its own write, at once").isNotEqualTo(afterOther);
      assertThat(reader.generation().orElseThrow()).isEqualTo(afterOwn);
      assertThat(reader.search(SearchQuery.of("glasnost")).total()).isEqualTo(4);
    }
  }
}
