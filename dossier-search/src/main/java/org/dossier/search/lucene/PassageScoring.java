package org.dossier.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score, computed without its per-passage {@code BytesRefHash}: that
 * hash allocates a 32 KB block for every passage scored, which made passage scoring a third of
 * the bytes a fresh search allocated. Terms are counted in the order they first occur, as the hash
 * numbers them, so the sum runs in the same order and the score is the same float.
 *
 * <p>Not thread-safe: the highlighter asks for one per field and search.
 */
final class PassageScoring extends PassageScorer {
  /** Above this many matches in one passage, the linear search for a term gives way to Lucene's. */
  private static final int LINEAR_LIMIT = 64;

  private BytesRef[] terms = new BytesRef[8];
  private int[] inPassage = new int[8];
  private int[] inDocument = new int[8];

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > LINEAR_LIMIT) return super.score(passage, contentLength);
    if (matches > terms.length) {
      terms = new BytesRef[matches];
      inPassage = new int[matches];
      inDocument = new int[matches];
    }
    BytesRef[] matchTerms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[t].bytesEquals(matchTerms[i])) t++;
      if (t == distinct) {
        terms[t] = matchTerms[i];
        inDocument[t] = freqsInDoc[i]; // the first occurrence's, as Lucene keeps it
        inPassage[t] = 0;
        distinct++;
      }
      inPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDocument[t]);
      terms[t] = null;
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
