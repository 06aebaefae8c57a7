package org.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches drawn from an edition's own text: pairs of consecutive words (of four letters or more)
 * of one of its paragraphs, each pair once. Every query then finds something, and none repeats, so a result
 * cache cannot answer any of them: the load measures searching, not remembering.
 */
final class Vocabulary {
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private final Set<String> pairs = new LinkedHashSet<>();

  /** Adds the word pairs of {@code text} (words of four letters or more, lower-cased). */
  void add(String text) {
    Matcher m = WORD.matcher(text);
    String previous = null;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (previous != null) pairs.add(previous + " " + word);
      previous = word;
    }
  }

  /** How many distinct pairs are known. */
  int size() {
    return pairs.size();
  }

  /** The distinct pairs in an order shuffled with {@code seed}. */
  List<String> shuffled(long seed) {
    List<String> out = new ArrayList<>(pairs);
    Collections.shuffle(out, new Random(seed));
    return out;
  }
}
