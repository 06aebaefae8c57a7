package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.Fixtures.FORMAT;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation facts of {@code edition.json}: kept, and optional in files written before they existed. */
class EditionImprintTest {
  @TempDir Path tmp;

  private static final String OLD_FILE = """
      {
        "dossier": 1,
        "id": "consul-letters",
        "title": "Letters of a Consul",
        "editors": ["A. Editor"],
        "publisher": "Harbour Press",
        "licence": null,
        "persons": [],
        "places": [],
        "terms": [],
        "documents": []
      }
      """;

  private Path oldEdition() throws Exception {
    Path dir = tmp.resolve("old");
    Files.createDirectories(dir.resolve("documents"));
    Files.writeString(dir.resolve("edition.json"), OLD_FILE, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void anEditionJsonWrittenBeforeImprintsOpensWithNoImprint() throws Exception {
    try (EditionStore store = EditionStore.open(oldEdition(), FORMAT)) {
      assertThat(store.edition().publisher()).isEqualTo("Harbour Press");
      assertThat(store.edition().imprint()).isEqualTo(Imprint.NONE);
    }
  }

  @Test
  void theImprintIsSavedAndReadBack() throws Exception {
    Imprint imprint = new Imprint("Halifax", 2019, List.of("C. Translator"), "Consular Papers 3",
        "10.5555/consul-letters", "20.500.1/77");
    Path dir = oldEdition();
    try (EditionStore store = EditionStore.open(dir, FORMAT)) {
      store.setEdition(store.edition().withImprint(imprint));
    }
    try (EditionStore store = EditionStore.open(dir, FORMAT)) {
      Edition e = store.edition();
      assertThat(e.imprint()).isEqualTo(imprint);
      assertThat(e.editors()).containsExactly("A. Editor");
    }
    assertThat(Files.readString(dir.resolve("edition.json"), StandardCharsets.UTF_8))
        .contains("\"year\": 2019").contains("\"doi\": \"10.5555/consul-letters\"");
  }

  /** Opening the old file with {@code line} added after the licence, which must fail. */
  private CorruptEditionException openWith(String line) throws Exception {
    Path dir = oldEdition();
    Files.writeString(dir.resolve("edition.json"), OLD_FILE.replace("\"licence\": null,", "\"licence\": null,\n  " + line),
        StandardCharsets.UTF_8);
    return assertThrows(CorruptEditionException.class, () -> EditionStore.open(dir, FORMAT));
  }

  @Test
  void aYearThatIsNotANumberIsReportedWhereItStands() throws Exception {
    CorruptEditionException e = openWith("\"year\": \"2010\",");
    assertThat(e).hasMessageStartingWith("year: 'year' must be a whole number from 1 to 9999");
    assertThat(e.line()).isEqualTo(8);
  }

  @Test
  void aDoiWithAResolverIsRefusedWithTheFile() throws Exception {
    CorruptEditionException e = openWith("\"doi\": \"https://doi.org/10.1/x\",");
    assertThat(e).hasMessageContaining("doi must look like 10.1234/suffix").hasMessageContaining("edition.json");
  }
}
