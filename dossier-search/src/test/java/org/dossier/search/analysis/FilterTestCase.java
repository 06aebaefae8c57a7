package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * What every one of Dossier's token filters must do (STYLE rule 9): keep an empty term and survive
 * random text. A subclass names its filter and adds its examples (JUnit 4, Lucene's framework).
 */
public abstract class FilterTestCase extends BaseTokenStreamTestCase {
  /** The filter under test, over {@code input}. */
  protected abstract TokenStream filter(TokenStream input);

  /** Whitespace-separated words through the filter. */
  protected Analyzer whitespace() {
    return analyzer(false);
  }

  private Analyzer analyzer(boolean whole) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = whole ? new KeywordTokenizer() : new WhitespaceTokenizer();
        return new TokenStreamComponents(t, filter(t));
      }
    };
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = analyzer(true)) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = whitespace()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
