package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.dossier.model.RegisterEntry;
import org.junit.jupiter.api.Test;

class RegistersTest {
  private static Edition edition(String id, String title, List<String> editors, RegisterEntry... persons) {
    return new Edition(id, title, editors, null, null, List.of(persons), List.of(), List.of());
  }

  private static RegisterEntry person(String id, String name) {
    return new RegisterEntry(id, name, null);
  }

  @Test
  void mergingKeepsTheBaseIdAndTitleAndReplacesEntriesWithTheSameId() {
    Edition base = edition("ed", "Our Edition", List.of(), person("p1", "Old Name"), person("p2", "Kept"));
    Edition added = edition("vol", "A Volume", List.of("The Editor"), person("p1", "New Name"), person("p3", "Added"));
    Edition merged = Registers.merge(base, added);
    assertThat(merged.id()).isEqualTo("ed");
    assertThat(merged.title()).isEqualTo("Our Edition");
    assertThat(merged.editors()).containsExactly("The Editor");
    assertThat(merged.persons()).extracting(RegisterEntry::name).containsExactly("New Name", "Kept", "Added");
  }

  @Test
  void anImportFillsInImprintFactsTheEditionLacksAndKeepsThoseItHas() {
    Edition current = edition("ed", "Our Edition", List.of())
        .withImprint(new Imprint("Halifax", null, List.of(), null, "10.5555/ours", null));
    Edition imported = edition("vol", "A Volume", List.of())
        .withImprint(new Imprint("Washington", 1932, List.of(), "A Series", null, null));
    Edition after = Registers.afterImport(current, imported, List.of(), false);
    assertThat(after.imprint()).isEqualTo(new Imprint("Halifax", 1932, List.of(), "A Series", "10.5555/ours", null));
  }

  @Test
  void afterAnImportTheEditionKeepsItsOwnEditorsAndTakesTheSourcesTitleOnlyWhenAsked() {
    Edition current = edition("ed", "Our Edition", List.of("Our Editor"));
    Edition imported = edition("vol", "A Volume", List.of());
    assertThat(Registers.afterImport(current, imported, List.of("Page Editor"), false))
        .isEqualTo(edition("ed", "Our Edition", List.of("Our Editor")));
    assertThat(Registers.afterImport(current, imported, List.of(), true).title()).isEqualTo("A Volume");
    Edition bare = edition("ed", "Our Edition", List.of());
    assertThat(Registers.afterImport(bare, null, List.of("Page Editor"), true))
        .isEqualTo(edition("ed", "Our Edition", List.of("Page Editor")));
  }
}
