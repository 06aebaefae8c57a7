package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolrSnippetsTest {
  private static final String PRE = SolrSnippets.PRE;
  private static final String POST = SolrSnippets.POST;

  @Test
  void markersBecomeCodePointRangesOfThePlainText() {
    SolrSnippets.Marked m = SolrSnippets.parse("The " + PRE + "Горбачёв" + POST + " note on 𝔉 " + PRE + "leasing" + POST + ".");
    assertThat(m.text()).isEqualTo("The Горбачёв note on 𝔉 leasing.");
    assertThat(m.highlights()).containsExactly(new int[] {4, 12}, new int[] {23, 30});
  }

  @Test
  void htmlEscapesTheTextAndMarksTheRanges() {
    SolrSnippets.Marked m = SolrSnippets.parse("<b> & " + PRE + "carry" + POST + " 𝔉/'\"");
    assertThat(SolrSnippets.html(m)).isEqualTo("&lt;b&gt; &amp; <mark>carry</mark> 𝔉&#x2F;&#x27;&quot;");
  }

  @Test
  void textWithoutMarkersOrWithStrayOnesKeepsItsWords() {
    assertThat(SolrSnippets.parse("").text()).isEmpty();
    SolrSnippets.Marked stray = SolrSnippets.parse("a" + POST + "b" + PRE + "c");
    assertThat(stray.text()).isEqualTo("abc");
    assertThat(stray.highlights()).isEmpty();
  }
}
