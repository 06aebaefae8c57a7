package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/** Examples, empty terms and random text through {@link CyrillicLatinFilter} (JUnit 4, Lucene's framework). */
public class CyrillicLatinFilterTest extends FilterTestCase {
  @Override
  protected TokenStream filter(TokenStream input) {
    return new CyrillicLatinFilter(input);
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
}
