package org.dossier.ingest.internal.parla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSpacingTest {
  @Test
  void closingPunctuationJoinsThePreviousTokenAndOpeningBracketsTheNext() {
    TokenSpacing en = TokenSpacing.forLanguage("en-GB");
    for (char c : ",.;:!?)]…%".toCharArray()) assertThat(en.glueBefore(c)).as("%s", c).isTrue();
    for (char c : "([{„¿".toCharArray()) assertThat(en.glueAfter(c)).as("%s", c).isTrue();
    assertThat(en.glueBefore('a')).isFalse();
    assertThat(en.glueAfter('a')).isFalse();
  }

  @Test
  void quotesOpenAndCloseByTheLanguage() {
    TokenSpacing en = TokenSpacing.forLanguage("en");
    assertThat(en.glueAfter('“')).isTrue();
    assertThat(en.glueBefore('”')).isTrue();
    assertThat(en.glueAfter('«')).isTrue();
    TokenSpacing sl = TokenSpacing.forLanguage("sl");
    assertThat(sl.glueBefore('“')).isTrue();
    assertThat(sl.glueAfter('»')).isTrue();
    assertThat(sl.glueBefore('«')).isTrue();
  }

  @Test
  void straightQuotesAlternateWithinAParagraph() {
    TokenSpacing s = TokenSpacing.forLanguage(null);
    assertThat(s.glueBefore('"')).isFalse();
    assertThat(s.glueAfter('"')).isTrue();
    assertThat(s.glueBefore('"')).isTrue();
    assertThat(s.glueAfter('"')).isFalse();
    s.glueBefore('"');
    s.reset();
    assertThat(s.glueBefore('"')).as("a new paragraph opens again").isFalse();
  }

  @Test
  void frenchKeepsItsSpaceBeforeDoublePunctuation() {
    TokenSpacing fr = TokenSpacing.forLanguage("fr");
    assertThat(fr.glueBefore(';')).isFalse();
    assertThat(fr.glueBefore(',')).isTrue();
  }
}
