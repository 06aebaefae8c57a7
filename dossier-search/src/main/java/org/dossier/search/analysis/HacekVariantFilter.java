package org.dossier.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Gives a word spelt with a háček (or its South Slavic relatives) a second, English-style spelling
 * at the same position: {@code č}/{@code ć} → {@code ch}, {@code š} → {@code sh}, {@code ž} →
 * {@code zh}, {@code đ} → {@code dj}.
 *
 * <p>Why two spellings rather than one: scholarly romanisation writes {@code Gorbačev} where
 * English writes {@code Gorbachev}, so the English spelling must be there; but a Czech name such
 * as {@code Jakeš} is written {@code Jakes} in English, which only the original (later folded to
 * {@code jakes}) matches. The original token comes first, unchanged; the variant follows with a
 * position increment of 0. Keyword tokens are left alone.
 */
public final class HacekVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder variant = new StringBuilder();
  private AttributeSource.@Nullable State pending;
  private boolean hasPending;

  /** Adds English-style variants to the tokens of {@code input}. */
  public HacekVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (hasPending) {
      restoreState(pending);
      term.setEmpty().append(variant);
      increment.setPositionIncrement(0);
      hasPending = false;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword() && englishVariant(term.buffer(), term.length(), variant)) {
      pending = captureState();
      hasPending = true;
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    hasPending = false;
    pending = null;
  }

  /** Writes the English-style spelling into {@code out}; false if the word has no such letter. */
  static boolean englishVariant(char[] buffer, int length, StringBuilder out) {
    int first = 0;
    while (first < length && replacement(buffer[first]) == null) first++;
    if (first == length) return false; // the usual case: nothing copied
    out.setLength(0);
    out.append(buffer, 0, first);
    for (int i = first; i < length; i++) {
      String replacement = replacement(buffer[i]);
      if (replacement == null) {
        out.append(buffer[i]);
      } else {
        out.append(replacement);
      }
    }
    return true;
  }

  private static @Nullable String replacement(char c) {
    return switch (c) {
      case 'č', 'ć' -> "ch";
      case 'Č', 'Ć' -> "Ch";
      case 'š' -> "sh";
      case 'Š' -> "Sh";
      case 'ž' -> "zh";
      case 'Ž' -> "Zh";
      case 'đ' -> "dj";
      case 'Đ' -> "Dj";
      default -> null;
    };
  }
}
