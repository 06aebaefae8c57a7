package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.search.SearchQuery;
import org.dossier.search.Snippet;
import org.dossier.search.Snippet.Range;
import org.junit.jupiter.api.Test;

/** Snippets come out of the highlighter as text and code-point ranges, never as HTML (issue #11). */
class SnippetFormatterTest {
  private static Passage passage(int start, int end, int... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) p.addMatch(matches[i], matches[i + 1], new BytesRef("t"), 1);
    return p;
  }

  @Test
  void keepsTheTextAsItIsAndCountsRangesInCodePoints() {
    String content = "𝔊 <b>&amp;</b> / \"quoted\" leasing";
    int at = content.indexOf("leasing"); // 27 UTF-16 units, 26 code points
    Snippet s = new SnippetFormatter().format(new Passage[] {passage(0, content.length(), at, at + 7)}, content);
    assertThat(s.text()).isEqualTo(content);
    assertThat(s.highlights()).containsExactly(new Range(at - 1, at + 6));
    assertThat(s.marked("[", "]")).endsWith("[leasing]");
  }

  @Test
  void mergesOverlappingMatchesIntoOneHighlight() {
    String content = "Gorbachev spoke";
    Snippet s = new SnippetFormatter().format(new Passage[] {passage(0, 15, 0, 9, 0, 5, 3, 9)}, content);
    assertThat(s.highlights()).containsExactly(new Range(0, 9));
  }

  @Test
  void cutsAMatchThatStraddlesThePassageEnd() {
    String content = "one two three";
    Snippet s = new SnippetFormatter().format(new Passage[] {passage(0, 6, 4, 13)}, content);
    assertThat(s.text()).isEqualTo("one tw");
    assertThat(s.highlights()).containsExactly(new Range(4, 6));
  }

  @Test
  void separatesPassagesThatAreNotAdjacentWithAnEllipsis() {
    String content = "First part. Middle. Last 𝔊 part.";
    int last = content.indexOf("Last");
    Snippet s = new SnippetFormatter().format(
        new Passage[] {passage(0, 11, 0, 5), passage(last, content.length(), last + 8, last + 12)}, content);
    assertThat(s.text()).isEqualTo("First part. … Last 𝔊 part.");
    assertThat(s.marked("[", "]")).isEqualTo("[First] part. … Last 𝔊 [part].");
  }

  @Test
  void aSearchGivesTheParagraphTextWithMarkupCharactersAndAstralLettersAsTheyAre() throws Exception {
    String text = "😀 𝔊othic <b>type</b> & \"quotes\" at 1/2 price: leasing & more.";
    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
      index.index(Document.builder("d", "T").paragraphs(List.of(Block.paragraph(1, text))).build(), "h");
      Snippet s = index.search(SearchQuery.of("leasing")).hits().get(0).snippet();
      assertThat(s.text()).isEqualTo(text);
      int start = text.codePointCount(0, text.indexOf("leasing"));
      assertThat(s.highlights()).containsExactly(new Range(start, start + 7));
      assertThat(s.parts()).filteredOn(Snippet.Part::highlighted).extracting(Snippet.Part::text).containsExactly("leasing");
    }
  }
}
