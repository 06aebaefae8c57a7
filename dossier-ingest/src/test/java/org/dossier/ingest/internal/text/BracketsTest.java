package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BracketsTest {

  @Test
  void classifiesEachKindOfBracketAndMeasuresTheSpanInCodePoints() {
    String text = "𝔄 [Kurt] said [tied up] […] [sic] [prosto tak] [...] [illegible] [And]";
    assertThat(Brackets.marks(text)).extracting(Mark::type, Mark::offset, Mark::length, Mark::text, Mark::lang)
        .containsExactly(
            tuple(MarkType.SUPPLIED, 2, 6, "Kurt", null),
            tuple(MarkType.SUPPLIED, 14, 9, "tied up", null),
            tuple(MarkType.OMISSION, 24, 3, "…", null),
            tuple(MarkType.SIC, 28, 5, "sic", null),
            tuple(MarkType.FOREIGN, 34, 12, "prosto tak", "ru-Latn"),
            tuple(MarkType.OMISSION, 47, 5, "...", null),
            tuple(MarkType.OMISSION, 53, 11, "illegible", null),
            tuple(MarkType.SUPPLIED, 65, 5, "And", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"prosto tak", "nichego", "na vsyakiy sluchay", "khorosho", "vot tak"})
  void takesLowerCaseNonEnglishPhrasesForOriginalWording(String phrase) {
    assertThat(Brackets.isForeign(phrase)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tied up", "in the room", "for us", "rubles", "follow", "our", "Kurt", "And",
      "the minister's", "reform-oriented", "signed", "Ligachev", "quickly"})
  void takesEnglishWordsAndNamesForSuppliedText(String phrase) {
    assertThat(Brackets.isForeign(phrase)).isFalse();
  }
}
