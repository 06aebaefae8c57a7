package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.store.EditionStore;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  @TempDir static Path tmp;
  static Path ed;

  @BeforeAll
  static void importTheFoundingPage() {
    ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "Masterpieces").exitCode()).isZero();
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void importingUpdatesTheIndexSoSearchFindsTheSpeakerTurn() {
    CliRun run = CliRun.of("search", ed.toString(), "speaker:Aristov leasing");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("1 hits").contains("¶22", "Aristov:", "*leasing*", "/ed/masterpieces-of-history-51#p22");
  }

  @Test
  void jsonOutputHasTotalHitsAndFacets() throws Exception {
    CliRun run = CliRun.of("search", ed.toString(), "Горбачёв", "--json", "--facets", "--limit", "5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("total").asLong()).isPositive();
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("document").textValue()).isEqualTo("masterpieces-of-history-51");
    assertThat(hit.has("paragraph") && hit.has("snippet") && hit.has("score") && hit.has("date") && hit.has("title")).isTrue();
    assertThat(r.get("facets").get("speaker")).isNotNull();
  }

  @Test
  void snippetsShowSlashesAmpersandsAndAngleBracketsAsTextWithTheMatchMarked(@TempDir Path own) throws Exception {
    Path e = own.resolve("e");
    try (EditionStore store = EditionStore.init(e, "e", "T")) {
      store.put(Document.builder("d1", "Prices")
          .paragraphs(List.of(Block.paragraph(1, "𝔊 Steel & coal at 1/2 the <old> price, \"leasing\" said."))).build());
    }
    CliRun text = CliRun.of("search", e.toString(), "leasing");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("𝔊 Steel & coal at 1/2 the <old> price, \"*leasing*\" said.");
    CliRun json = CliRun.of("search", e.toString(), "leasing", "--json");
    JsonNode snippet = new ObjectMapper().readTree(json.out()).get("hits").get(0).get("snippet");
    assertThat(snippet.get("text").asText()).isEqualTo("𝔊 Steel & coal at 1/2 the <old> price, \"leasing\" said.");
    assertThat(snippet.get("highlights").toString()).isEqualTo("[[40,47]]");
  }

  @Test
  void aBadQueryIsAOneLineErrorWithItsPosition() {
    CliRun run = CliRun.of("search", ed.toString(), "speaker:(Gorbachev");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("dossier: bad query").contains("column").doesNotContain("\tat ");
  }

  @Test
  void reindexRebuildsFromTheStore() {
    CliRun run = CliRun.of("reindex", ed.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Indexed 1 documents");
    assertThat(CliRun.of("search", ed.toString(), "\"meat per capita\"").out()).contains("¶29");
  }

  @Test
  void removingADocumentRemovesItFromTheIndex(@TempDir Path own) {
    Path e2 = own.resolve("e2");
    assertThat(CliRun.of("init", e2.toString(), "--title", "T").exitCode()).isZero();
    assertThat(CliRun.of("import", SharedData.foundingPage().toString(), "--into", e2.toString()).exitCode()).isZero();
    assertThat(CliRun.of("search", e2.toString(), "perestroika").out()).doesNotStartWith("0 hits");
    assertThat(CliRun.of("remove", "masterpieces-of-history-51", "-e", e2.toString()).exitCode()).isZero();
    assertThat(CliRun.of("search", e2.toString(), "perestroika").out()).startsWith("0 hits");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.of("search", ed.toString(), "x", "--limit", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("search", ed.toString(), "x", "--sort", "colour").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("search", ed.toString(), "x", "--from", "March").exitCode()).isEqualTo(2);
  }
}
