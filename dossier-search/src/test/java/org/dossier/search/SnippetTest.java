package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dossier.search.Snippet.Part;
import org.dossier.search.Snippet.Range;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void rangesCountCodePointsSoAstralCharactersBeforeAHighlightDoNotShiftIt() {
    // 𝔊 and 😀 are one code point each but two UTF-16 units.
    Snippet s = new Snippet("𝔊😀 <a> & leasing / 𝔊", List.of(new Range(2, 3), new Range(9, 16), new Range(19, 20)));
    assertThat(s.parts()).containsExactly(
        new Part("𝔊😀", false), new Part(" ", true), new Part("<a> & ", false), new Part("leasing", true),
        new Part(" / ", false), new Part("𝔊", true));
    assertThat(s.marked("«", "»")).isEqualTo("𝔊😀« »<a> & «leasing» / «𝔊»");
  }

  @Test
  void thePartsJoinToTheText() {
    Snippet s = new Snippet("ab \"cd\" 'ef'", List.of(new Range(0, 2), new Range(3, 7)));
    assertThat(String.join("", s.parts().stream().map(Part::text).toList())).isEqualTo(s.text());
    assertThat(s.parts()).extracting(Part::highlighted).containsExactly(true, false, true, false);
  }

  @Test
  void adjacentHighlightsStaySeparate() {
    Snippet s = new Snippet("leasing", List.of(new Range(0, 3), new Range(3, 7)));
    assertThat(s.marked("[", "]")).isEqualTo("[lea][sing]");
  }

  @Test
  void anEmptySnippetHasNoParts() {
    assertThat(Snippet.of("").parts()).isEmpty();
    assertThat(Snippet.of("plain").parts()).containsExactly(new Part("plain", false));
  }

  @Test
  void rejectsAHighlightBeyondTheTextCountedInCodePoints() {
    // Four UTF-16 units, but only two code points.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Snippet("𝔊𝔊", List.of(new Range(1, 3))));
    assertThat(e).hasMessageContaining("[1, 3)").hasMessageContaining("2 code points");
    assertThat(new Snippet("𝔊𝔊", List.of(new Range(1, 2))).parts()).last().isEqualTo(new Part("𝔊", true));
  }

  @Test
  void rejectsOverlappingOrUnsortedHighlights() {
    assertThrows(IllegalArgumentException.class, () -> new Snippet("abcdef", List.of(new Range(0, 3), new Range(2, 4))));
    assertThrows(IllegalArgumentException.class, () -> new Snippet("abcdef", List.of(new Range(3, 4), new Range(0, 1))));
  }

  @Test
  void rejectsEmptyOrNegativeRanges() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new Range(2, 2))).hasMessage("invalid range [2, 2)");
    assertThrows(IllegalArgumentException.class, () -> new Range(-1, 2));
  }
}
