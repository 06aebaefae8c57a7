package org.dossier.search.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The text chain end to end: names across scripts, plurals, possessives, wildcard normalisation. */
public class AnalysisChainsTest extends BaseTokenStreamTestCase {
  public void testSpellingsOfGorbachevMeetInOneTerm() throws IOException {
    try (Analyzer a = AnalysisChains.TEXT.toAnalyzer()) {
      assertAnalyzesTo(a, "Горбачёв", new String[] {"gorbachev"});
      assertAnalyzesTo(a, "Gorbachev", new String[] {"gorbachev"});
      assertAnalyzesTo(a, "GORBACHEV", new String[] {"gorbachev"});
      assertAnalyzesTo(a, "Gorbačev", new String[] {"gorbacev", "gorbachev"}, new int[] {1, 0});
    }
  }

  public void testCzechNamesMatchTheirEnglishSpelling() throws IOException {
    try (Analyzer a = AnalysisChains.TEXT.toAnalyzer()) {
      assertAnalyzesTo(a, "Jakeš", new String[] {"jakes", "jake", "jakesh"}, new int[] {1, 0, 0});
      assertAnalyzesTo(a, "Jakes", new String[] {"jakes", "jake"}, new int[] {1, 0});
    }
  }

  public void testPluralsAreStemmedBesideTheOriginalAndPossessivesDropped() throws IOException {
    try (Analyzer a = AnalysisChains.TEXT.toAnalyzer()) {
      assertAnalyzesTo(
          a,
          "Soviet ambassadors heard Gorbachev’s and Reagan's plans",
          new String[] {"soviet", "ambassadors", "ambassador", "heard", "gorbachev", "and", "reagan", "plans", "plan"},
          new int[] {1, 1, 0, 1, 1, 1, 1, 1, 0});
    }
  }

  public void testWildcardTermsAreRomanisedAndFolded() {
    try (Analyzer a = AnalysisChains.TEXT.toAnalyzer()) {
      assertEquals("gorbach", a.normalize("text", "Горбач").utf8ToString());
      assertEquals("jakes", a.normalize("text", "Jakeš").utf8ToString());
      assertEquals("ambassadors", a.normalize("text", "Ambassadors").utf8ToString());
    }
  }

  public void testFoldedKeywordKeepsTheValueWhole() throws IOException {
    try (Analyzer a = AnalysisChains.FOLDED_KEYWORD.toAnalyzer()) {
      assertAnalyzesTo(a, "Memorandum of Conversation", new String[] {"memorandum of conversation"});
    }
  }

  public void testFactoriesRejectUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> new CyrillicLatinFilterFactory(new java.util.HashMap<>(Map.of("scheme", "iso9"))));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameter(s): {scheme=iso9}"));
    expectThrows(
        IllegalArgumentException.class,
        () -> new HacekVariantFilterFactory(new java.util.HashMap<>(Map.of("x", "y"))));
  }

  public void testTheSameChainIsASolrFieldType() {
    String xml = AnalysisChains.TEXT.toSolrFieldType();
    assertTrue(xml, xml.startsWith("<fieldType name=\"dossier_text\" class=\"solr.TextField\""));
    assertTrue(xml, xml.contains("<tokenizer name=\"icu\"/>"));
    assertTrue(xml, xml.contains("<filter name=\"dossierCyrillicLatin\"/>\n    <filter name=\"dossierHacekVariants\"/>"));
  }

  public void testRandomTextThroughTheWholeChain() throws IOException {
    try (Analyzer a = AnalysisChains.TEXT.toAnalyzer()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }
}
