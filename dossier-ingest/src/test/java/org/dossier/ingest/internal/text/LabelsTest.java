package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Gorbachev: Nothing is easy. | Gorbachev | - | Nothing is easy.",
      "The President: Let us begin. | The President | - | Let us begin.",
      "Secretary Shultz: We agree. | Secretary Shultz | - | We agree.",
      "Mitterrand : Je pense que non. | Mitterrand | - | Je pense que non.",
      "[Raisa] Gorbachev: Thank you. | Raisa Gorbachev | - | Thank you.",
      "Lomakin: (ambassador to Hungary). The issue is old. | Lomakin | ambassador to Hungary | The issue is old.",
      "Keller (interpreter): He said yes. | Keller | interpreter | He said yes.",
      "Helmut von Berg: Good morning. | Helmut von Berg | - | Good morning."})
  void findsTheSpeakerRoleAndWhereTheTextStarts(String paragraph, String name, String role, String rest) {
    Labels.Found found = Labels.find(paragraph).orElseThrow();
    assertThat(found.speaker()).isEqualTo(Speaker.of(name, role));
    assertThat(paragraph.substring(found.end())).isEqualTo(rest);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Note: the text is damaged.", "Yes, there are many mistakes.", "The people believe: we must go on.",
      "Subject: Grain deliveries", "we said: no", "Take Cuba. They are worried.", "Ibid.: p. 4"})
  void doesNotTakeOrdinarySentencesForLabels(String paragraph) {
    assertThat(Labels.find(paragraph)).isEmpty();
  }
}
