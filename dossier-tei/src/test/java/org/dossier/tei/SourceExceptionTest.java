package org.dossier.tei;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceExceptionTest {
  @Test
  void endsWithThePlace() {
    assertThat(new SourceException("not well-formed XML: oops", "a.xml", 3, 7, null))
        .hasMessage("not well-formed XML: oops (at a.xml:3:7)");
    assertThat(new SourceException("the file is empty", "a.xml")).hasMessage("the file is empty (at a.xml)");
  }

  @Test
  void isOneLineEvenWhenItQuotesALineBreakOfTheSource() {
    // A damaged id quoted with its line break made a message of two lines (issue #11: found by ImporterContractTest).
    assertThat(new SourceException("edition id must be URL-safe: 'salt-\noad'", "a.xml", 2, 1, null))
        .hasMessage("edition id must be URL-safe: 'salt-\\noad' (at a.xml:2:1)");
  }

  @Test
  void takesANegativePositionFromTheParserAsUnknown() {
    // Woodstox gives column -132 for a NUL in some states (issue #15: found by ImporterFuzzTest#dossierTei).
    SourceException e = new SourceException("not well-formed XML: Illegal character", "a.xml", 7, -132, null);
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isZero();
    assertThat(e).hasMessage("not well-formed XML: Illegal character (at a.xml:7)");
    assertThat(new SourceException("bad", "a.xml", -1, -1, null).line()).isZero();
  }
}
