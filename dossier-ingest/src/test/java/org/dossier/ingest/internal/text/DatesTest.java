package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.dossier.model.DocDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "March 3, 1989 | 1989-03-03", "Mar. 3, 1989 | 1989-03-03", "3 March 1989 | 1989-03-03",
      "Friday, March 3, 1989 | 1989-03-03", "March 3rd, 1989 | 1989-03-03", "3 mars 1989 | 1989-03-03",
      "1er mars 1989 | 1989-03-01", "vendredi 3 mars 1989 | 1989-03-03", "1989-03-03 | 1989-03-03",
      "March 1989 | 1989-03", "December 30, 1988. | 1988-12-30", "17 août 1991 | 1991-08-17"})
  void readsCommonEnglishAndFrenchDates(String text, String iso) {
    assertThat(Dates.parse(text)).contains(DocDate.of(iso));
  }

  @Test
  void readsADayRangeAsAnUncertainDate() {
    assertThat(Dates.parse("March 3–4, 1989")).contains(DocDate.range("1989-03-03", "1989-03-04"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"February 30, 1989", "Smarch 3, 1989", "March", "Texte intégral", "3 4 1989"})
  void refusesWhatIsNotADate(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @Test
  void splitsADateOffTheEndOfATitleLine() {
    var t = Dates.trailing("Talks in Moscow, June 5, 1988").orElseThrow();
    assertThat(t.title()).isEqualTo("Talks in Moscow");
    assertThat(t.date()).isEqualTo(DocDate.of("1988-06-05"));
    assertThat(Dates.trailing("Record of Talks (5 June 1988)").orElseThrow().title()).isEqualTo("Record of Talks");
    assertThat(Dates.trailing("Notes of a Meeting with Soviet Ambassadors")).isEmpty();
  }

  @Test
  void splitsTheDateOffAVeryLongTitleLineInLinearTime() {
    // The lazy title group once backtracked over every separator: 8,000 colons took seconds
    // (issue #11: found by ImporterContractTest).
    String colons = ":".repeat(100_000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Dates.trailing("Minutes" + colons + "x")))
        .isEmpty();
    var t = Dates.trailing("Minutes of a Long Meeting " + "and more ".repeat(10_000) + "- June 5, 1988").orElseThrow();
    assertThat(t.title()).startsWith("Minutes of a Long Meeting and more").endsWith("and more");
    assertThat(t.date()).isEqualTo(DocDate.of("1988-06-05"));
  }
}
