package org.dossier.search.lucene;

import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;

/** The engine contract on the embedded index, in memory. */
class LuceneContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex openEmpty(int maxExpansions) throws Exception {
    return LuceneSearchIndex.inMemory(maxExpansions);
  }
}
