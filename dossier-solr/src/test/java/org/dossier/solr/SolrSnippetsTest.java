package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.search.Snippet;
import org.junit.jupiter.api.Test;

class SolrSnippetsTest {
  private static final String PRE = SolrSnippets.PRE;
  private static final String POST = SolrSnippets.POST;

  @Test
  void markersBecomeCodePointRangesOfThePlainText() {
    Snippet s = SolrSnippets.parse("The " + PRE + "Горбачёв" + POST + " note on 𝔉 " + PRE + "leasing" + POST + ".");
    assertThat(s.text()).isEqualTo("The Горбачёв note on 𝔉 leasing.");
    assertThat(s.highlights()).containsExactly(new Snippet.Range(4, 12), new Snippet.Range(23, 30));
  }

  @Test
  void markupInThePassageStaysText() {
    Snippet s = SolrSnippets.parse("<b> & " + PRE + "carry" + POST + " 𝔉/'\"");
    assertThat(s.text()).isEqualTo("<b> & carry 𝔉/'\"");
    assertThat(s.marked("[", "]")).isEqualTo("<b> & [carry] 𝔉/'\"");
  }

  @Test
  void textWithoutMarkersOrWithStrayOnesKeepsItsWords() {
    assertThat(SolrSnippets.parse("").text()).isEmpty();
    Snippet stray = SolrSnippets.parse("a" + POST + "b" + PRE + "c");
    assertThat(stray.text()).isEqualTo("abc");
    assertThat(stray.highlights()).isEmpty();
  }
}
