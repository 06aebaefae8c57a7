package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path tmp;

  @Test
  void helpListsEveryCommandWithOneLineEach() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    for (String command : new String[] {"init", "import", "export", "list", "remove", "check", "help"}) {
      assertThat(run.out()).containsPattern("(?m)^\\s+" + command + "\\s+\\S");
    }
    assertThat(run.out()).contains("Exit codes:");
  }

  @Test
  void helpOnACommandDescribesItsOptionsWithDefaults() {
    CliRun run = CliRun.of("help", "import");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--into", "--dry-run", "--max-bytes", "default: 52428800");
    assertThat(CliRun.of("import", "--help").out()).isEqualTo(run.out());
  }

  @Test
  void anUnknownCommandIsBadUsageWithExitCode2() {
    CliRun run = CliRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "'frobnicate'");
  }

  @Test
  void anUnknownOptionIsBadUsageWithExitCode2() {
    CliRun run = CliRun.of("import", "--frobnicate", "x.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'", "dossier import --help");
  }

  @Test
  void noCommandAtAllIsBadUsage() {
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
  }

  @Test
  void importNeedsADestinationOrDryRun() {
    CliRun run = CliRun.of("import", "x.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--into EDITION, or --dry-run");
  }

  @Test
  void initCreatesAnEditionThatListOpens() {
    Path ed = tmp.resolve("letters");
    CliRun init = CliRun.of("init", ed.toString(), "--title", "Letters of 1794");
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(ed.resolve("edition.json")).exists();
    CliRun list = CliRun.of("list", ed.toString());
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("Letters of 1794 (0 documents)");
  }

  @Test
  void initRefusesABadIdAsUsageError() {
    CliRun run = CliRun.of("init", tmp.resolve("x").toString(), "--title", "T", "--id", "../up");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--id must be URL-safe");
  }

  @Test
  void initRefusesAnEmptyTitleAsUsageErrorAndWritesNothing() {
    for (String blank : new String[] {"", "   "}) {
      CliRun run = CliRun.of("init", tmp.resolve("untitled").toString(), "--title", blank);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--title must not be empty").doesNotContain("internal error");
      assertThat(tmp.resolve("untitled")).doesNotExist();
    }
  }

  @Test
  void aFolderThatIsNotAnEditionIsAClearErrorWithoutStackTrace() {
    CliRun run = CliRun.of("list", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("not a Dossier edition").doesNotContain("Exception", "\tat ");
  }

  @Test
  void anEditionJsonThatIsNotJsonIsNamedWithItsPosition() throws Exception {
    Path ed = tmp.resolve("broken");
    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    Files.writeString(ed.resolve("edition.json"), "{\n  \"id\": \"broken\",\n  \"title\": \n}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("list", ed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("edition.json:4:1").doesNotContain("\tat ");
  }

  @Test
  void anUnwritableFolderIsAClearError() throws Exception {
    // Tests run as root, so permissions cannot make a folder unwritable: a file in the way can.
    Path file = tmp.resolve("plain-file");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("init", file.resolve("edition").toString(), "--title", "T");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("dossier: ").contains("plain-file").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsAClearError() throws Exception {
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    CliRun run = CliRun.of("import", tmp.resolve("nowhere.txt").toString(), "--into", ed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file or folder").contains("nowhere.txt").doesNotContain("\tat ");
  }
}
