package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Examples, empty terms and random text through {@link CyrillicLatinFilter} (JUnit 4, Lucene's framework). */
public class CyrillicLatinFilterTest extends BaseTokenStreamTestCase {
  private static Analyzer whitespace() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(t, new CyrillicLatinFilter(t));
      }
    };
  }

  public void testRomanisesRussianNamesAsEnglishTextsSpellThem() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(
          a,
          "Горбачёв Щербицкий Хрущёв Ельцин Жуков Цой Юрий Яковлев Васильев подъезд Шеварднадзе",
          new String[] {
            "gorbachev", "shcherbitsky", "khrushchev", "yeltsin", "zhukov", "tsoy", "yury", "yakovlev",
            "vasilyev", "podyezd", "shevardnadze"
          });
    }
  }

  public void testLeavesLatinAndDigitsAlone() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(a, "Gorbachev 1989 Jakeš", new String[] {"Gorbachev", "1989", "Jakeš"});
    }
  }

  public void testKeepsOffsetsOfTheOriginalWord() throws IOException {
    try (Analyzer a = whitespace()) {
      assertAnalyzesTo(a, "о Горбачёве", new String[] {"o", "gorbacheve"}, new int[] {0, 2}, new int[] {1, 11});
    }
  }

  public void testEmptyTerm() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new CyrillicLatinFilter(t));
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
