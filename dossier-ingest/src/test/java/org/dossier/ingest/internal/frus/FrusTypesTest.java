package org.dossier.ingest.internal.frus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrusTypesTest {
  @Test
  void aBracketedSourceLineNamesItsKindWhereverTheWordSits() {
    assertThat(FrusTypes.of("[Telegram]")).isEqualTo("telegram");
    assertThat(FrusTypes.of("[Paraphrase of telegram]")).isEqualTo("telegram");
    assertThat(FrusTypes.of("[Extract—Despatch]")).isEqualTo("despatch");
    assertThat(FrusTypes.of("[Dispatch]")).isEqualTo("despatch");
    assertThat(FrusTypes.of("[Circular telegram]")).isEqualTo("circular");
    assertThat(FrusTypes.of("[Memorandum of a conversation]")).isEqualTo("memcon");
    assertThat(FrusTypes.of("[Memorandum]")).isEqualTo("memorandum");
    assertThat(FrusTypes.of("[Note verbale]")).isEqualTo("note");
    assertThat(FrusTypes.of("[Aide-mémoire]")).isEqualTo("aide-mémoire");
    assertThat(FrusTypes.of("[Instruction]")).isEqualTo("instruction");
    assertThat(FrusTypes.of("[Letter]")).isEqualTo("letter");
    assertThat(FrusTypes.of("[Translation]")).isNull();
    assertThat(FrusTypes.of("[Enclosure]")).isNull();
  }

  @Test
  void aTitleNamesAKindOnlyWithItsOpeningWords() {
    assertThat(FrusTypes.ofTitle("Telegram From the Embassy in the Soviet Union to the Department of State"))
        .isEqualTo("telegram");
    assertThat(FrusTypes.ofTitle("Memorandum of Conversation")).isEqualTo("memcon");
    assertThat(FrusTypes.ofTitle("Letter From President Reagan to General Secretary Gorbachev")).isEqualTo("letter");
    assertThat(FrusTypes.ofTitle("Editorial Note")).isEqualTo("editorial note");
    assertThat(FrusTypes.ofTitle("Paraphrase of a Telegram From the Ambassador")).isEqualTo("telegram");
    assertThat(FrusTypes.ofTitle("The Ambassador in Russia to the Secretary of State")).isNull();
    assertThat(FrusTypes.ofTitle("Reply to the memorandum of May 2")).isNull();
    assertThat(FrusTypes.ofTitle("Talking Points Prepared by the Department")).isNull();
  }
}
