package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void pairsConsecutiveLongerWordsLowerCasedEachOnce() {
    Vocabulary v = new Vocabulary();
    v.add("The Soviet delegation met the American delegation.");
    v.add("Soviet delegation, again; Горбачёв спросил.");
    assertThat(v.shuffled(1)).containsExactlyInAnyOrder("soviet delegation", "delegation american",
        "american delegation", "delegation again", "again горбачёв", "горбачёв спросил");
  }

  @Test
  void theOrderIsShuffledBySeedAlone() {
    Vocabulary v = new Vocabulary();
    v.add("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima");
    assertThat(v.shuffled(7)).isEqualTo(v.shuffled(7)).isNotEqualTo(v.shuffled(8));
    assertThat(v.size()).isEqualTo(11);
  }
}
