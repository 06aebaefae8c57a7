package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.SuppressForbidden;
import org.dossier.search.Fields;
import org.dossier.search.Snippet;
import org.dossier.search.query.DossierQueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The snippet highlighter allocates a fraction of what Lucene's stock highlighter does, and gives
 * exactly the snippets Lucene's, configured alike, gives: on an index of several segments, for
 * words, alternatives, phrases, fuzzy and pattern terms, and words some segments lack.
 */
class SnippetHighlighterTest {
  private static final Analyzer ANALYZER = LuceneSearchIndex.analyzer();
  private static final String[] SENTENCES = {
    "The harbour board met at dawn to count the grain barges.",
    "Leasing of the northern farms was postponed until the spring thaw.",
    "A delegate asked whether the collective farms would keep their tractors.",
    "Grain prices rose twice before the harbour froze over.",
    "Nobody at the board objected to leasing, but nobody signed either.",
    "The minister's note on farm credit was read aloud and filed.",
    "Steel quotas and grain quotas were argued over for an hour.",
  };
  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void indexParagraphsInThreeSegments() throws IOException {
    FieldType text = new FieldType(TextField.TYPE_STORED);
    text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    text.freeze();
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int segment = 0; segment < 3; segment++) {
        for (int p = 0; p < 12; p++) {
          StringBuilder paragraph = new StringBuilder();
          // Segments draw on different sentences, so some words are missing from some segments.
          for (int s = 0; s < 2 + p % 5; s++) paragraph.append(SENTENCES[(segment * 2 + p + s * 3) % SENTENCES.length]).append(' ');
          if (p % 4 == 0) paragraph.append("Grain, grain and more grain: leasing the farms again.");
          Document d = new Document();
          d.add(new Field(Fields.TEXT, paragraph.toString(), text));
          writer.addDocument(d);
        }
        writer.commit();
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "grain", "leasing farms", "farms farm tractors quotas", "grain grain harbour", "\"collective farms\"", "leasng~1", "harb*",
      "steel OR tractors OR thaw", "leasing \"grain barges\"", "board -steel", "farm^3 credit"})
  void snippetsAreLucenesOwn(String q) throws Exception {
    Query text = textPart(q);
    TopDocs top = searcher.search(text, 40);
    assertThat(top.scoreDocs).isNotEmpty();
    assertThat(ours(text, top)).containsExactly(lucenes(text, top));
  }

  @Test
  void wordsTheirVariantsAndAlternativesTakeTheWordsOnlyPath() throws Exception {
    assertThat(SharedWeightOffsets.wordsOnly(searcher.rewrite(textPart("leasing grain")), Fields.TEXT)).hasSize(2);
    assertThat(SharedWeightOffsets.wordsOnly(searcher.rewrite(textPart("farms")), Fields.TEXT))
        .singleElement().isInstanceOf(org.apache.lucene.search.SynonymQuery.class);
    assertThat(SharedWeightOffsets.wordsOnly(searcher.rewrite(textPart("\"grain barges\"")), Fields.TEXT)).isNull();
  }

  @Test
  void passagesScoreExactlyAsLucenesScorerScoresThem() {
    Passage passage = new Passage();
    passage.setStartOffset(40);
    passage.setEndOffset(180);
    String[] terms = {"grain", "farm", "grain", "leasing", "farm", "grain"};
    for (int i = 0; i < terms.length; i++) passage.addMatch(50 + 10 * i, 55 + 10 * i, new BytesRef(terms[i]), 3 + i);
    assertThat(new PassageScoring().score(passage, 900)).isEqualTo(new PassageScorer().score(passage, 900));
  }

  @Test
  void aPageOfSnippetsAllocatesUnderAThirdOfWhatLucenesHighlighterDoes() throws Exception {
    Query text = textPart("grain leasing harbour");
    TopDocs top = searcher.search(text, 20);
    long ours = 0;
    long lucenes = 0;
    for (int round = 0; round < 30; round++) { // the last 20 rounds count; the first warm up
      long start = allocated();
      ours(text, top);
      long middle = allocated();
      lucenes(text, top);
      long end = allocated();
      if (round >= 10) {
        ours += middle - start;
        lucenes += end - middle;
      }
    }
    assertThat(ours).isLessThan(lucenes / 3);
  }

  private static Query textPart(String q) throws Exception {
    Query parsed = DossierQueryParser.parse(q, ANALYZER, BlockDocuments::dateOverlapping);
    Query text = BlockSearch.textPart(searcher.rewrite(parsed));
    assertThat(text).as(q).isNotNull();
    return text;
  }

  private static List<Snippet> ours(Query text, TopDocs top) throws IOException {
    Map<Integer, Document> docs = new HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) docs.put(sd.doc, searcher.storedFields().document(sd.doc));
    return List.of(new SnippetHighlighter(searcher, ANALYZER, docs).snippets(text, top));
  }

  private static Snippet[] lucenes(Query text, TopDocs top) throws IOException {
    return new LuceneOnly(searcher).snippets(text, top);
  }

  /** Lucene's highlighter with the same configuration and nothing else changed. */
  private static final class LuceneOnly extends UnifiedHighlighter {
    LuceneOnly(IndexSearcher searcher) {
      super(SnippetHighlighter.configured(searcher, ANALYZER));
    }

    Snippet[] snippets(Query text, TopDocs top) throws IOException {
      int[] ids = new int[top.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
      Object[] formatted = highlightFieldsAsObjects(new String[] {Fields.TEXT}, text, ids, new int[] {1}).get(Fields.TEXT);
      Snippet[] out = new Snippet[ids.length];
      for (int i = 0; i < ids.length; i++) out[i] = (Snippet) formatted[i];
      return out;
    }
  }

  @SuppressForbidden(reason = "HotSpot's per-thread allocation counter is the measurement itself")
  private static long allocated() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return threads.getCurrentThreadAllocatedBytes();
  }
}
