package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocDateTest {
  @Test
  void aDayIsItsOwnEarliestAndLatest() {
    DocDate d = DocDate.parse("1989-03-03");
    assertThat(d.isRange()).isFalse();
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1989, 3, 3));
    assertThat(d.latest()).isEqualTo(LocalDate.of(1989, 3, 3));
  }

  @Test
  void aYearOrMonthSpansAllItsDays() {
    assertThat(DocDate.of("1989").latest()).isEqualTo(LocalDate.of(1989, 12, 31));
    assertThat(DocDate.of("1988-02").latest()).isEqualTo(LocalDate.of(1988, 2, 29));
  }

  @Test
  void aDateTimeWithOffsetIsAccepted() {
    assertThat(DocDate.of("1985-03-12T15:19:00-05:00").earliest()).isEqualTo(LocalDate.of(1985, 3, 12));
  }

  @Test
  void anUncertainDateIsAnExplicitRangeThatRoundTripsAsAnInterval() {
    DocDate d = DocDate.parse("1985-03-01/1986-10-31");
    assertThat(d).isEqualTo(DocDate.range("1985-03-01", "1986-10-31"));
    assertThat(d.toString()).isEqualTo("1985-03-01/1986-10-31");
    assertThat(DocDate.parse("../1986").notBefore()).isNull();
    assertThat(DocDate.parse(DocDate.range(null, "1986").toString())).isEqualTo(DocDate.range(null, "1986"));
  }

  @Test
  void rejectsWhatIsNotIso8601() {
    assertThatThrownBy(() -> DocDate.of("March 3, 1989")).hasMessageContaining("'March 3, 1989'");
    assertThatThrownBy(() -> DocDate.of("1989-02-30")).hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> DocDate.parse("1990/1989")).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> new DocDate(null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DocDate("1989", "1988", null)).hasMessageContaining("not both");
  }
}
