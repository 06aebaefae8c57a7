package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalBarTest {
  @Test
  void drawsEachStageWithItsNameCountAndRateAndLeavesTheFinishedBarOnScreen() {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (TerminalBar bar = TerminalBar.on(new PrintStream(screen, true, StandardCharsets.UTF_8), "demo: ")) {
      bar.stage("indexing", "documents", 3);
      bar.progress(1);
      bar.progress(3);
      bar.stageDone();
      bar.stage("reading", "documents", -1);
      bar.progress(7);
    }
    String drawn = screen.toString(StandardCharsets.UTF_8);
    // Redrawn in place with carriage returns; the last drawing of each stage stays.
    assertThat(drawn).contains("\r", "demo: indexing", "3/3 documents", "documents/s", "demo: reading", "7/? documents");
    assertThat(drawn).containsPattern("100%");
  }
}
