package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportTest {
  @TempDir Path tmp;

  private Path edition() {
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "Cold War Documents").exitCode()).isZero();
    return ed;
  }

  @Test
  void dryRunPrintsOneJsonDocumentPerLineAndTheSummaryOnStderr() throws Exception {
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--dry-run", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode doc = new ObjectMapper().readTree(lines.get(0));
    assertThat(doc.get("number").textValue()).isEqualTo("51");
    assertThat(doc.get("date").textValue()).isEqualTo("1989-03-03");
    assertThat(run.err()).contains("Read 1 document from 1 file").contains("hyphenation=1");
  }

  @Test
  void theSummarySuggestsOnlyImportsOwnOptions() {
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--dry-run");
    assertThat(run.err()).contains("(show them with --issues)");
    ReadmeAndHelpTest.suggestsOnlyItsOwnOptions("import", run.err());
  }

  @Test
  void aDeclaredRegisterThatComesOutEmptyIsWarnedOfWithoutAskingForIssues() throws Exception {
    // The shared ParlaMint sample includes its list of persons, which is not shipped beside it.
    Path corpus = SharedData.path("corpora/parlamint/ParlaMint-GB/ParlaMint-GB.xml");
    CliRun run = CliRun.of("import", corpus.toString(), "--into", edition().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("dossier: warning: ParlaMint-GB.xml: empty-register: the list of persons")
        .containsPattern("Imported \\d+ documents? from 1 file, 0 persons, 0 places, 0 terms")
        .doesNotContain("reference:");
  }

  @Test
  void issuesArePrintedWithLineAndColumn() {
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--dry-run", "--issues");
    assertThat(run.err()).containsPattern("masterpieces-doc51\\.txt:\\d+:\\d+: hyphenation: .*per-estroika");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void importIntoAnEditionStoresTeiThatExportsBackAsJsonTeiMarkdownAndText() throws Exception {
    Path ed = edition();
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Imported 1 document");
    CliRun list = CliRun.of("list", ed.toString());
    assertThat(list.out()).contains("masterpieces-of-history-51").contains("1989-03-03");

    CliRun json = CliRun.of("export", "masterpieces-of-history-51", "-e", ed.toString(), "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.get("edition").textValue()).isEqualTo("ed");
    assertThat(doc.get("paragraphs")).hasSize(42);

    CliRun tei = CliRun.of("export", "masterpieces-of-history-51", "-e", ed.toString(), "--format", "tei");
    assertThat(tei.out()).contains("<TEI", "<sp", "place=\"foot\"");

    CliRun md = CliRun.of("export", "masterpieces-of-history-51", "-e", ed.toString(), "--format", "md");
    assertThat(md.out()).contains("# ", "Aristov", "[^1]", "ambassador to Poland");

    CliRun txt = CliRun.of("export", "masterpieces-of-history-51", "-e", ed.toString(), "--format", "txt");
    assertThat(txt.out()).contains("Aristov", "Anna Melyakova").doesNotContain("[^1]", "<p");
  }

  @Test
  void aFolderIsImportedRecursively() {
    Path ed = edition();
    CliRun run = CliRun.of("import", SharedData.path("corpora/parla-clarin/siParl2.0/SDT2").toString(), "--into", ed.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Imported 3 documents from 3 files");
  }

  @Test
  void oneBadFileMeansNothingIsWritten() throws Exception {
    Path ed = edition();
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7});
    Path badUtf8 = Files.write(tmp.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), empty.toString(), binary.toString(),
        badUtf8.toString(), "--into", ed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> errors = run.err().lines().toList();
    assertThat(errors).anyMatch(l -> l.contains("empty.txt") && l.contains("empty"));
    assertThat(errors).anyMatch(l -> l.contains("binary.txt"));
    assertThat(errors).anyMatch(l -> l.contains("latin1.txt:1:4") && l.contains("UTF-8"));
    assertThat(errors).last().asString().contains("nothing was written");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(CliRun.of("list", ed.toString()).out()).contains("(0 documents)");
  }

  @Test
  void aFileOverTheSizeLimitIsRefused() {
    Path ed = edition();
    CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString(), "--max-bytes", "1000");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("over the limit of 1,000 bytes");
    assertThat(CliRun.of("list", ed.toString()).out()).contains("(0 documents)");
  }

  @Test
  void exportingAnUnknownDocumentIsAClearError() {
    Path ed = edition();
    CliRun run = CliRun.of("export", "nope", "-e", ed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no document 'nope'");
  }

  @Test
  void checkReadsEveryDocumentBackAndBringsTheIndexInStep() throws Exception {
    Path ed = edition();
    assertThat(CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString()).exitCode()).isZero();
    CliRun clean = CliRun.of("check", ed.toString());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).isEqualTo("1 documents read back, 0 quarantined\nIndex in step: it holds exactly the edition's documents\n");
    try (Stream<Path> index = Files.walk(ed.resolve("index"))) {
      for (Path p : index.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
    CliRun repaired = CliRun.of("check", ed.toString());
    assertThat(repaired.out()).contains("1 documents read back, 0 quarantined",
        "Index mended: 1 missing indexed, 0 stale re-indexed, 0 gone deleted");
  }

  @Test
  void anImportBesideAServerSaysTheServerWillCatchUp() throws Exception {
    Path ed = edition();
    try (EditionSet served = DossierApp.of(AppConfig.defaults()).open(List.of(ed))) {
      CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains("Imported 1 document", "dossier: note: the search index " + ed.toAbsolutePath().resolve("index"),
          "in use by another dossier process", "it will catch up by itself");
      assertThat(served.refresh()).hasValueSatisfying(r -> assertThat(r.added()).containsExactly("masterpieces-of-history-51"));
    }
  }

  @Test
  void removeDeletesADocument() {
    Path ed = edition();
    assertThat(CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString()).exitCode()).isZero();
    assertThat(CliRun.of("remove", "masterpieces-of-history-51", "-e", ed.toString()).exitCode()).isZero();
    assertThat(CliRun.of("list", ed.toString()).out()).contains("(0 documents)");
    assertThat(CliRun.of("remove", "masterpieces-of-history-51", "-e", ed.toString()).exitCode()).isEqualTo(1);
  }
}
