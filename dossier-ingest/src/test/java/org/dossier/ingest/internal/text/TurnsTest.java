package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.internal.text.Turns.Role;
import org.dossier.model.RegisterEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, point 1: the rule that decides which labels start speaker turns. */
class TurnsTest {

  private static Role[] roles(String... paragraphs) {
    return Turns.classify(Arrays.stream(paragraphs).map(p -> Labels.find(p).orElse(null)).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sir", "Sirs", "Madam", "My Lord", "My Lords", "Dear Mr. Secretary", "Dear Sir", "Excellency",
      "Your Excellency", "Your Majesty", "Gentlemen", "Monsieur le Ministre", "Madame la Présidente", "Messieurs",
      "Cher Collègue", "Уважаемый Михаил Сергеевич", "Estimado Señor", "Egregio Signore", "Vážený Pane"})
  void takesGreetingsForSalutations(String label) {
    assertThat(Formulas.isGreeting(label)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gorbachev", "The President", "Secretary Shultz", "Mr. President", "Lomakin", "Mitterrand",
      "Gentile", "Caro", "Beste"})
  void doesNotTakeNamesOrHonorificsAloneForGreetings(String label) {
    assertThat(Formulas.isGreeting(label)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I have the honor to be, Sir, your obedient servant,", "I have the honour to remain, my Lord,",
      "Respectfully yours,", "Sincerely,", "Very truly yours,", "Yours faithfully,", "With best regards,",
      "Accept, Excellency, the renewed assurances of my highest consideration.",
      "Veuillez agréer, Monsieur le Ministre, l’assurance de ma haute considération.",
      "Mit freundlichen Grüßen", "С уважением,"})
  void recognisesClosings(String paragraph) {
    assertThat(Formulas.isClosing(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sincerely, the talks went badly for both sides, and we said so to the press in the evening.",
      "I have seen the minister.", "Yours is the better plan."})
  void doesNotTakeSentencesForClosings(String paragraph) {
    assertThat(Formulas.isClosing(paragraph)).isFalse();
  }

  @Test
  void makesTwoDifferentLabelsSpeakers() {
    assertThat(roles("Varga: Welcome.", "Okafor: Thank you.")).containsExactly(Role.SPEAKER, Role.SPEAKER);
  }

  @Test
  void makesALabelThatRecursAfterOtherTextASpeaker() {
    assertThat(roles("Q: Where were you?", "I was at home.", "Q: Alone?"))
        .containsExactly(Role.SPEAKER, null, Role.SPEAKER);
  }

  @Test
  void leavesALoneLabelAsText() {
    assertThat(roles("Varga: The talks have ended.", "The credits will be discussed again."))
        .containsExactly(Role.TEXT, null);
  }

  @Test
  void neverMakesASalutationASpeakerEvenAmongTurns() {
    assertThat(roles("Sir: I report a talk.", "The Minister: No.", "Mr. Halden: Then we shall see.", "Excellency: Again."))
        .containsExactly(Role.SALUTATION, Role.SPEAKER, Role.SPEAKER, Role.SALUTATION);
  }

  @Test
  void takesAnHonorificForASalutationOnlyAtTheHeadOfTheLetterAndWhenItIsNotUsedAgain() {
    assertThat(roles("Mr. President: I write to you.", "Gorbachev: Welcome.", "Reagan: Thank you."))
        .containsExactly(Role.SALUTATION, Role.SPEAKER, Role.SPEAKER);
    assertThat(roles("Mr. President: Welcome.", "Gorbachev: Thank you.", "Mr. President: Let us begin."))
        .containsExactly(Role.SPEAKER, Role.SPEAKER, Role.SPEAKER);
    assertThat(roles("Gorbachev: Welcome.", "Mr. President: Thank you.")).containsExactly(Role.SPEAKER, Role.SPEAKER);
  }

  @Test
  void makesALoneLabelASpeakerWhenTheRegisterNamesIt() {
    var surnames = Turns.surnames(List.of(new RegisterEntry("p1", "Varga, Andras", null),
        new RegisterEntry("p2", "George P. Shultz", null)));
    assertThat(surnames).containsExactlyInAnyOrder("varga", "shultz");
    List<Labels.Found> lone = List.of(Labels.find("Varga: The talks have ended.").orElseThrow());
    assertThat(Turns.classify(lone, surnames)).containsExactly(Role.SPEAKER);
    assertThat(Turns.classify(List.of(Labels.find("Secretary Shultz: We agree.").orElseThrow()), surnames))
        .containsExactly(Role.SPEAKER);
    assertThat(Turns.classify(List.of(Labels.find("Okafor: We agree.").orElseThrow()), surnames))
        .containsExactly(Role.TEXT);
    assertThat(Turns.classify(List.of(Labels.find("Sir: I report.").orElseThrow()), Set.of("sir")))
        .containsExactly(Role.SALUTATION);
  }

  @Test
  void classifiesNothingOnAPageWithoutLabels() {
    assertThat(roles(List.of().toArray(new String[0]))).isEmpty();
  }
}
