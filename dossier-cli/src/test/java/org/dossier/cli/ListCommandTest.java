package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.store.EditionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
  @TempDir Path tmp;

  private Path edition() throws Exception {
    Path e = tmp.resolve("e");
    try (EditionStore store = EditionStore.init(e, "e", "Letters")) {
      store.put(Document.builder("a", "Short").number("1").date(DocDate.of("1989")).build());
      store.put(Document.builder("a-very-long-document-identifier-that-runs-well-past-forty-characters", "Long id")
          .number("1234567").date(DocDate.range("1989-03-03T10:15:00", "1989-03-03T12:30:00")).type("memcon").build());
      store.put(Document.builder("gorbachev", "Горбачёв and Jakeš").date(DocDate.of("1989-11-17")).build());
    }
    return e;
  }

  @Test
  void theColumnsLineUpForAnyIdAndDate() throws Exception {
    CliRun run = CliRun.of("list", edition().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Letters (3 documents)");
    List<String> table = lines.subList(1, lines.size());
    assertThat(table).hasSize(4);
    assertThat(table.get(0)).startsWith("ID ");
    // Every date and title starts where its heading does, in every row, whatever the length of the id and date before it.
    int date = table.get(0).indexOf("DATE");
    int title = table.get(0).indexOf("TITLE");
    assertThat(table.get(1)).contains("1989").startsWith("a ");
    assertThat(table.get(2).substring(date)).startsWith("1989-03-03T10:15:00/1989-03-03T12:30:00");
    for (String row : table.subList(1, table.size())) {
      assertThat(row.substring(date - 1, date + 1)).as(row).matches(" 1");
      assertThat(row.substring(title - 2, title)).as(row).isEqualTo("  ");
      assertThat(row.charAt(title)).as(row).isIn('S', 'L', 'Г');
    }
  }

  @Test
  void aTitleWithCombiningMarksDoesNotShiftTheColumnsAfterIt() {
    assertThat(Table.width("Jakeš")).isEqualTo(5);
    assertThat(Table.width("Jakes\u030C")).isEqualTo(5);
    assertThat(Table.width("戈尔巴乔夫")).isEqualTo(10);
  }

  @Test
  void jsonListsEveryDocumentWithItsFields() throws Exception {
    CliRun run = CliRun.of("list", edition().toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("title").asText()).isEqualTo("Letters");
    assertThat(root.get("documents")).hasSize(3);
    assertThat(root.get("documents").findValuesAsText("id")).contains("gorbachev", "a");
  }
}
