package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Adds the singular of an English plural at the same position, keeping the word as written:
 * {@code ambassadors} → {@code ambassadors} + {@code ambassador}. The singular comes from
 * Lucene's {@link EnglishMinimalStemmer} (plural {@code -s}, {@code -es}, {@code -ies} only).
 *
 * <p>Why beside rather than instead: a name that happens to end in {@code s} ({@code Jakes},
 * {@code Chernenkos}, {@code Adams}) keeps its exact form, so exact matches still score best and
 * nothing is lost; the stem only adds matches ({@code Jakes} also finds {@code Jake}). This does what
 * {@code keywordRepeat} → {@code englishMinimalStem} → {@code removeDuplicates} does, several
 * times faster: only plurals have their state captured, not every token. Keyword tokens are left alone. Lower-cased input is expected.
 */
public final class EnglishPluralVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
  private char[] singular = new char[16];
  private int singularLength = -1;
  private AttributeSource.@Nullable State plural;

  /** Adds singulars to the plural tokens of {@code input}. */
  public EnglishPluralVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (singularLength >= 0) {
      restoreState(plural);
      term.copyBuffer(singular, 0, singularLength);
      increment.setPositionIncrement(0);
      singularLength = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) {
      int length = term.length();
      if (singular.length < length) singular = new char[length];
      System.arraycopy(term.buffer(), 0, singular, 0, length);
      int stemmed = stemmer.stem(singular, length);
      // The stemmer only ever shortens a word (-ies → -y included), so shorter means changed.
      if (stemmed < length) {
        singularLength = stemmed;
        plural = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    singularLength = -1;
    plural = null;
  }
}
