package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {
  private long now;
  private final List<String> lines = new ArrayList<>();
  private final ProgressLines progress = new ProgressLines(lines::add, Duration.ofSeconds(5), () -> now);

  private void at(double seconds, long done) {
    now = Math.round(seconds * 1e9);
    progress.progress(done);
  }

  @Test
  void printsALineEveryIntervalWithCountShareRateAndTimeLeftThenAClosingLine() {
    progress.stage("indexing", "documents", 30_000);
    at(1, 2_000);
    at(5, 12_000);
    at(6, 14_000);
    at(10, 24_000);
    now = 12_500_000_000L;
    progress.stageDone();
    assertThat(lines).containsExactly(
        "indexing: 12,000 of 30,000 documents (40%), 2,400 documents/s, about 8 s left",
        "indexing: 24,000 of 30,000 documents (80%), 2,400 documents/s, about 3 s left",
        "indexing: 24,000 documents in 12.5 s (1,920 documents/s)");
  }

  @Test
  void aStageShorterThanTheIntervalPrintsNothing() {
    progress.stage("reading back", "documents", 10);
    at(1, 10);
    progress.stageDone();
    assertThat(lines).isEmpty();
  }

  @Test
  void withoutATotalItPrintsTheCountAndTheRate() {
    progress.stage("reading", "documents", -1);
    at(5, 500);
    assertThat(lines).containsExactly("reading: 500 documents, 100 documents/s");
  }

  @Test
  void longWaitsAreSaidInMinutesAndHours() {
    assertThat(ProgressLines.duration(8.4)).isEqualTo("8 s");
    assertThat(ProgressLines.duration(200)).isEqualTo("3 min 20 s");
    assertThat(ProgressLines.duration(3_900)).isEqualTo("1 h 05 min");
  }
}
