package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.net.URI;
import java.util.List;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.app.IndexConfig;
import org.dossier.search.SearchQuery;
import org.dossier.testkit.SharedData;
import org.dossier.web.EditionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoAndServeTest {
  @TempDir Path tmp;

  @Test
  void demoBuildsEverySampleEditionFromTheSharedFolder() {
    Path dir = tmp.resolve("demo");
    CliRun run = CliRun.of("demo", "--shared", SharedData.root().toString(), "--dir", dir.toString(), "--build-only");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("masterpieces: Imported 1 document", "frus1918Russiav03: Imported 478 documents",
        "frus1872p2v5: Imported 149 documents", "frus-history: Imported 38 documents", "siparl: Imported 3 documents");
    assertThat(run.out()).containsPattern("Built \\d+ documents in 7 editions");
    // Issue #17: the demo once said "show them with --issues", an option only import has.
    ReadmeAndHelpTest.suggestsOnlyItsOwnOptions("demo", run.out() + run.err());
    CliRun list = CliRun.of("list", dir.resolve("masterpieces").toString());
    assertThat(list.out()).contains("Masterpieces of History");
    // A second run reuses what was built.
    CliRun again = CliRun.of("demo", "--shared", SharedData.root().toString(), "--dir", dir.toString(), "--build-only");
    assertThat(again.out()).doesNotContain("Imported");
  }

  @Test
  void demoWithoutSharedDataSaysWhereItLooked() {
    CliRun run = CliRun.of("demo", "--shared", tmp.toString(), "--build-only");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no shared data at " + tmp);
  }

  @Test
  void servedEditionsSeeAnImportMadeByTheImportCommandWithoutRestart() throws Exception {
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    DossierApp server = DossierApp.of(AppConfig.defaults().withIndex(IndexConfig.embedded(tmp.resolve("index"))));
    try (EditionSet served = server.open(List.of(ed))) {
      served.sync();
      assertThat(served.index().search(SearchQuery.of("perestroika")).total()).isZero();
      CliRun run = CliRun.of("import", SharedData.foundingPage().toString(), "--into", ed.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(served.refresh()).hasValueSatisfying(r -> assertThat(r.added()).containsExactly("masterpieces-of-history-51"));
      assertThat(served.index().search(SearchQuery.of("perestroika")).total()).isPositive();
      EditionSource page = EditionSource.of(served.editions().get(0));
      assertThat(page.find("masterpieces-of-history-51")).isPresent();
      // The table of contents comes from edition.json, type included, without parsing documents.
      assertThat(page.documents()).singleElement().satisfies(s -> assertThat(s.type()).isEqualTo("minutes"));
      assertThat(served.refresh()).isEmpty();
    }
  }

  @Test
  void serveRefusesABadPort() {
    assertThat(CliRun.of("serve", tmp.toString(), "--port", "70000").exitCode()).isEqualTo(2);
  }

  @Test
  void serveRefusesANegativeSearchCache() {
    CliRun run = CliRun.of("serve", tmp.toString(), "--search-cache", "-1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--search-cache must be 0 or more");
  }

  private static ServeCommand.CacheBudgets budgets(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve.budgets();
  }

  @Test
  void serveKeepsSearchesDocumentsAndPagesWithinDefaultBudgetsInMegabytes() {
    assertThat(budgets("ed")).isEqualTo(new ServeCommand.CacheBudgets(64L << 20, 128L << 20, 160L << 20));
    assertThat(budgets("ed", "--search-cache-mb", "8", "--document-cache-mb", "1", "--page-cache-mb", "0"))
        .isEqualTo(new ServeCommand.CacheBudgets(8L << 20, 1L << 20, 0));
  }

  @Test
  void serveStillAcceptsTheOldSearchCacheCountAsAboutThatManyResults() {
    assertThat(budgets("ed", "--search-cache", "1000").searches()).isEqualTo(1000 * ServeCommand.BYTES_PER_COUNTED_RESULT);
    assertThat(budgets("ed", "--search-cache", "0").searches()).isZero();
    CliRun both = CliRun.of("serve", tmp.toString(), "--search-cache", "10", "--search-cache-mb", "10");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give one of them");
  }

  @Test
  void serveRefusesABudgetOutOfRange() {
    for (String option : List.of("--search-cache-mb", "--document-cache-mb", "--page-cache-mb")) {
      CliRun negative = CliRun.of("serve", tmp.toString(), option, "-1");
      assertThat(negative.exitCode()).as(option).isEqualTo(2);
      assertThat(negative.err()).contains(option + " must be 0 to 1048576: -1");
      assertThat(CliRun.of("serve", tmp.toString(), option, "9999999999").exitCode()).as(option).isEqualTo(2);
    }
  }

  private static ServeCommand.Publishing publishing(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve.publishing();
  }

  @Test
  void serveTakesThePublicBaseUrlWithoutItsTrailingSlash() {
    assertThat(publishing("ed")).isEqualTo(new ServeCommand.Publishing(null, 100));
    assertThat(publishing("ed", "--base-url", "HTTPS://editions.example.org/cold-war/", "--oai-batch", "7"))
        .isEqualTo(new ServeCommand.Publishing(URI.create("https://editions.example.org/cold-war"), 7));
  }

  @Test
  void serveRefusesABaseUrlThatIsNotAPublicAddress() {
    for (String bad : List.of("editions.example.org", "ftp://example.org", "https://example.org/?q=1",
        "https://user@example.org", "https://exa mple.org")) {
      CliRun run = CliRun.of("serve", tmp.toString(), "--base-url", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("--base-url");
    }
    CliRun zero = CliRun.of("serve", tmp.toString(), "--oai-batch", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--oai-batch must be 1 to 10000: 0");
  }
}
