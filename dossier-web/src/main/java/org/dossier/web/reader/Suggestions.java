package org.dossier.web.reader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.search.Hit;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.Snippet;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": respells a query of plain words that found nothing, using the words of the
 * index itself. Each word is searched fuzzily; the highlighted words of the hits are the index's
 * spellings, and each query word is replaced by the nearest of them.
 */
final class Suggestions {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}'’-]+(\\s+[\\p{L}\\p{M}'’-]+){0,4}");

  private Suggestions() {}

  /** A respelt query, or null when the query is not plain words or nothing close is in the index. */
  static @Nullable String suggest(SearchIndex index, String q) {
    if (!PLAIN.matcher(q).matches()) return null;
    String[] words = q.split("\\s+");
    StringBuilder fuzzy = new StringBuilder();
    for (String w : words) fuzzy.append(fuzzy.length() == 0 ? "" : " ").append(w.replaceAll("['’-]", " ").strip()).append('~');
    List<Hit> hits;
    try {
      hits = index.search(SearchQuery.of(fuzzy.toString()).withPageSize(30)).hits();
    } catch (QuerySyntaxException | IOException | IllegalArgumentException e) {
      return null;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Hit h : hits) {
      for (Snippet.Part p : h.snippet().parts()) {
        if (p.highlighted()) seen.merge(p.text().strip(), 1, Integer::sum);
      }
    }
    if (seen.isEmpty()) return null;
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String w : words) {
      String best = nearest(w, seen);
      if (best == null) return null;
      changed |= !best.toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT));
      out.add(best);
    }
    return changed ? String.join(" ", out) : null;
  }

  private static @Nullable String nearest(String word, Map<String, Integer> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : candidates.entrySet()) {
      int d = distance(lower, e.getKey().toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && e.getValue() > bestCount)) {
        best = e.getKey();
        bestDistance = d;
        bestCount = e.getValue();
      }
    }
    return bestDistance <= Math.max(2, lower.length() / 3) ? best : null;
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) prev[j] = j;
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }
}
