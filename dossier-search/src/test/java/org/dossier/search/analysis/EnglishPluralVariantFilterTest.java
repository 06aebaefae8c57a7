package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;

/** Examples, keywords, empty terms and random text through {@link EnglishPluralVariantFilter}. */
public class EnglishPluralVariantFilterTest extends FilterTestCase {
  @Override
  protected TokenStream filter(TokenStream input) {
    return new EnglishPluralVariantFilter(input);
  }

  public void testAddsTheSingularAfterThePluralAtTheSamePosition() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(
          a,
          "ambassadors met policies and gorbachev",
          new String[] {"ambassadors", "ambassador", "met", "policies", "policy", "and", "gorbachev"},
          new int[] {0, 0, 12, 16, 16, 25, 29},
          new int[] {11, 11, 15, 24, 24, 28, 38},
          new int[] {1, 0, 1, 1, 0, 1, 1});
    }
  }

  public void testLeavesWordsThatAreNotPluralsAlone() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(a, "glass status is", new String[] {"glass", "status", "is"});
    }
  }

  public void testLeavesKeywordsAlone() throws IOException {
    CharArraySet names = new CharArraySet(java.util.List.of("jakes"), false);
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new WhitespaceTokenizer();
            return new TokenStreamComponents(t, new EnglishPluralVariantFilter(new SetKeywordMarkerFilter(t, names)));
          }
        }) {
      assertAnalyzesTo(a, "jakes plans", new String[] {"jakes", "plans", "plan"});
    }
  }
}
