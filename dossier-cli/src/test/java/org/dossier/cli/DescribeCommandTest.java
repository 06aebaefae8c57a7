package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting what citations of an edition say, at init and later with describe. */
class DescribeCommandTest {
  @TempDir Path tmp;

  private String editionJson(Path ed) throws Exception {
    return Files.readString(ed.resolve("edition.json"), StandardCharsets.UTF_8);
  }

  @Test
  void initTakesTheCitationFacts() throws Exception {
    Path ed = tmp.resolve("quiet");
    CliRun run = CliRun.of("init", ed.toString(), "--title", "Papers of a Quiet Year", "--editor", "Ada Example",
        "--editor", "Boris Sample", "--publisher", "Example University Press", "--place", "Budapest",
        "--year", "2010", "--series", "Quiet Readers 4", "--licence", "CC BY 4.0", "--doi", "https://doi.org/10.5555/quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(editionJson(ed)).contains("\"editors\": [\n    \"Ada Example\",\n    \"Boris Sample\"\n  ]")
        .contains("\"publisher\": \"Example University Press\"").contains("\"place\": \"Budapest\"")
        .contains("\"year\": 2010").contains("\"series\": \"Quiet Readers 4\"").contains("\"licence\": \"CC BY 4.0\"")
        .contains("\"doi\": \"10.5555/quiet\"");
  }

  @Test
  void describeChangesOnlyWhatIsGivenAndAnEmptyValueRemovesIt() throws Exception {
    Path ed = tmp.resolve("quiet");
    CliRun.of("init", ed.toString(), "--title", "Papers", "--publisher", "Example University Press", "--year", "2010",
        "--doi", "10.5555/quiet");
    CliRun run = CliRun.of("describe", ed.toString(), "--year", "2011", "--translator", "Anna Translator", "--doi", "",
        "--handle", "hdl:20.500.1/77");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("publisher:   Example University Press").contains("year:        2011")
        .contains("translators: Anna Translator").contains("doi:         -").contains("handle:      20.500.1/77");
    assertThat(editionJson(ed)).contains("\"year\": 2011").contains("\"doi\": null");
  }

  @Test
  void describeWithoutOptionsShowsTheFactsAndWritesNothing() throws Exception {
    Path ed = tmp.resolve("quiet");
    CliRun.of("init", ed.toString(), "--title", "Papers", "--place", "Budapest");
    String before = editionJson(ed);
    CliRun run = CliRun.of("describe", ed.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("title:       Papers").contains("place:       Budapest").contains("year:        -");
    assertThat(editionJson(ed)).isEqualTo(before);
  }

  @Test
  void aBadYearOrDoiIsABadUsageNamingTheOption() throws Exception {
    Path ed = tmp.resolve("quiet");
    CliRun.of("init", ed.toString(), "--title", "Papers");
    CliRun year = CliRun.of("describe", ed.toString(), "--year", "MMX");
    assertThat(year.exitCode()).isEqualTo(2);
    assertThat(year.err()).contains("--year must be a year from 1 to 9999: 'MMX'");
    CliRun doi = CliRun.of("describe", ed.toString(), "--doi", "not a doi");
    assertThat(doi.exitCode()).isEqualTo(2);
    assertThat(doi.err()).contains("--doi: doi must look like 10.1234/suffix");
  }

  @Test
  void describeOnAFolderThatIsNotAnEditionSaysSo() {
    CliRun run = CliRun.of("describe", tmp.resolve("nothing").toString(), "--year", "2010");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nothing");
  }
}
