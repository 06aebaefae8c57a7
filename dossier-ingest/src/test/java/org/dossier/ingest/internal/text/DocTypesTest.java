package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Memorandum of Conversation at the Lakeside Residence | memcon",
      "Record of a Conversation between Minister Varga and the Trade Delegation | memcon",
      "Notes of a Meeting with Ambassadors to Neighbouring Countries | minutes",
      "Minutes of the Board Meeting on the New Quay | minutes",
      "Telegram from the Embassy on the Harvest | telegram",
      "Speech at the Harbour Festival | speech",
      "Report of the Trade Council on the Year's Shipments | report",
      "Note on a Visit to the Port Authority | -"})
  void guessesTheTypeFromTheTitle(String title, String type) {
    assertThat(DocTypes.fromTitle(title).orElse(null)).isEqualTo(type);
  }
}
