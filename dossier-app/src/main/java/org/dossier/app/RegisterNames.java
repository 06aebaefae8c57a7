package org.dossier.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dossier.search.analysis.AnalysisChains;

/**
 * Names as search sees them: the words of a name through the search module's own analysis (ICU
 * folding, Cyrillic romanisation, háček variants), each word a set of spellings. So "Горбачёв",
 * "Gorbačev" and "gorbachev" are one word here, as they are in the index; a last reduction
 * ({@code ch}, {@code sh}, {@code zh}, {@code kh} to their first letter) lets the plain-ASCII
 * "Gorbacev" that readers type without a háček meet them too.
 */
final class RegisterNames {
  /** One analyzer for the process: the chain is stateless between token streams. */
  private static final Analyzer TEXT = AnalysisChains.TEXT.toAnalyzer();

  private RegisterNames() {}

  /** The words of {@code text}, in order, each with every spelling the analysis gives it (reduced). */
  static List<Set<String>> words(String text) {
    return words(text, false);
  }

  /**
   * The words of running text as {@link #words(String)}, except that a word printed without a
   * capital has no spellings (matches nothing): a register's "Long" or "House" is a name only where
   * it is printed as one.
   */
  static List<Set<String>> capitalizedWords(String text) {
    return words(text, true);
  }

  private static List<Set<String>> words(String text, boolean capitalsOnly) {
    List<Set<String>> out = new ArrayList<>();
    try (TokenStream ts = TEXT.tokenStream("name", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      boolean capital = true;
      while (ts.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new LinkedHashSet<>());
          int start = offset.startOffset();
          capital = !capitalsOnly || start >= text.length() || !Character.isLowerCase(text.codePointAt(start));
        }
        if (capital) out.get(out.size() - 1).add(reduce(term.toString()));
      }
      ts.end();
    } catch (IOException e) {
      // A StringReader does not fail.
      throw new UncheckedIOException("cannot analyse a name", e);
    }
    return out;
  }

  /**
   * Whether every word of {@code query} begins some word of {@code name} (so a name is found as it
   * is typed: "Gorb" finds Gorbachev), in any of the spellings.
   */
  static boolean matches(List<Set<String>> query, List<Set<String>> name) {
    if (query.isEmpty()) return false;
    for (Set<String> q : query) {
      boolean found = false;
      for (Set<String> w : name) {
        if (startsAny(w, q)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  /** Whether {@code words} occur in {@code text} one after the other, as whole words. */
  static int occurrences(List<Set<String>> text, List<Set<String>> words) {
    if (words.isEmpty()) return 0;
    int count = 0;
    for (int i = 0; i + words.size() <= text.size(); i++) {
      boolean all = true;
      for (int j = 0; j < words.size() && all; j++) all = intersects(text.get(i + j), words.get(j));
      if (all) count++;
    }
    return count;
  }

  private static boolean startsAny(Set<String> words, Set<String> prefixes) {
    for (String w : words) for (String p : prefixes) if (w.startsWith(p)) return true;
    return false;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) if (b.contains(s)) return true;
    return false;
  }

  /** The folded spelling with {@code ch sh zh kh} reduced to one letter: gorbachev → gorbacev. */
  static String reduce(String folded) {
    String s = folded.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c);
      if ((c == 'c' || c == 's' || c == 'z' || c == 'k') && i + 1 < s.length() && s.charAt(i + 1) == 'h') i++;
    }
    return b.toString();
  }
}
