package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Examples, empty terms and random text through {@link HacekVariantFilter}. */
public class HacekVariantFilterTest extends BaseTokenStreamTestCase {
  private static Analyzer whitespace() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(t, new HacekVariantFilter(t));
      }
    };
  }

  public void testAddsTheEnglishSpellingAtTheSamePosition() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(
          a,
          "Gorbačev met Jakeš and Đilas",
          new String[] {"Gorbačev", "Gorbachev", "met", "Jakeš", "Jakesh", "and", "Đilas", "Djilas"},
          new int[] {0, 0, 9, 13, 13, 19, 23, 23},
          new int[] {8, 8, 12, 18, 18, 22, 28, 28},
          new int[] {1, 0, 1, 1, 0, 1, 1, 0});
    }
  }

  public void testLeavesWordsWithoutHacekAlone() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(a, "Gorbachev Wałęsa", new String[] {"Gorbachev", "Wałęsa"});
    }
  }

  public void testEmptyTerm() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new HacekVariantFilter(t));
          }
        };
    checkOneTerm(a, "", "");
    a.close();
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = whitespace()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
