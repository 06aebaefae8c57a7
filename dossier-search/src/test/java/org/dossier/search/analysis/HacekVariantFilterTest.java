package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/** Examples, empty terms and random text through {@link HacekVariantFilter}. */
public class HacekVariantFilterTest extends FilterTestCase {
  @Override
  protected TokenStream filter(TokenStream input) {
    return new HacekVariantFilter(input);
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
}
