package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #15, points 5 and 8: hostile input gets one line on the terminal, never a stack trace. */
class HostileInputAnswersTest {
  @TempDir static Path tmp;
  static Path ed;

  @BeforeAll
  static void anEdition() {
    ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "Hostile").exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"soviet leader\"~-1", "/[/", "((((a"})
  void aHostileQueryIsOneLineNamingItsColumn(String query) {
    CliRun run = CliRun.of("search", ed.toString(), query);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString().startsWith("dossier: bad query: ")
        .containsPattern("at column \\d+ of the query").doesNotContain("internal error");
  }

  @Test
  void fiveThousandNestedParenthesesAreOneLineNotAStackOverflow() {
    CliRun run = CliRun.of("search", ed.toString(), "(".repeat(5000) + "a" + ")".repeat(5000));
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("dossier: bad query: the query nests parentheses more than 100 deep (at column 101 of the query)");
  }

  @Test
  void aFileNameWithALineBreakIsPrintedOnOneLine() throws Exception {
    Path evil = Files.writeString(tmp.resolve("evil\nname\u001b[2J.txt"), "");
    CliRun run = CliRun.of("import", evil.toString(), "--into", ed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("evil\\nname\\u001b[2J.txt").doesNotContain("\u001b");
    assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).startsWith("dossier: "));
    CliRun missing = CliRun.of("import", tmp.resolve("gone\r\nERROR forged.txt").toString(), "--into", ed.toString());
    assertThat(missing.err().lines()).singleElement().asString().contains("gone\\r\\nERROR forged.txt");
  }
}
