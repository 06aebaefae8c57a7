package org.dossier.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Romanises tokens that contain Cyrillic letters the way English texts spell Russian names
 * ({@code Горбачёв} → {@code gorbachev}, {@code Щербицкий} → {@code shcherbitsky}); see {@link
 * Romanization}. Tokens without Cyrillic and keyword tokens are left alone. Offsets are not
 * changed, so highlights still cover the original word.
 */
public final class CyrillicLatinFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Transliterator transliterator = Romanization.cyrillicToLatin();

  /** Romanises the Cyrillic tokens of {@code input}. */
  public CyrillicLatinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword() && hasCyrillic(term.buffer(), term.length())) {
      String latin = transliterator.transliterate(term.toString());
      term.setEmpty().append(latin);
    }
    return true;
  }

  private static boolean hasCyrillic(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (Romanization.isCyrillic(buffer[i])) return true;
    }
    return false;
  }
}
