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
}
