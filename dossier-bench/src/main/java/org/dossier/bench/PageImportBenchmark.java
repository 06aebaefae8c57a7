package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports scraped document pages from memory, so that the numbers measure parsing and not the
 * disk: the founding page (found in {@code ../shared/seed} beside the repository, or under
 * {@code $DOSSIER_SHARED}) and a 40-note page of the same layout. Results are pages per second
 * on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PageImportBenchmark {
  private final ImportOptions options =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private byte[] foundingPage = new byte[0];
  private byte[] fortyNotes = new byte[0];
  private byte[] meetingHtml = new byte[0];

  /** Loads the pages once. */
  @Setup
  public void load() throws IOException {
    foundingPage = Files.readAllBytes(foundingPagePath());
    fortyNotes = Files.readAllBytes(ingestFixture("forty-notes.txt"));
    meetingHtml = Files.readAllBytes(ingestFixture("meeting.html"));
  }

  /** The founding page, as text. */
  @Benchmark
  public ImportResult foundingPage() throws SourceException {
    return Importers.readPage("text", "masterpieces-doc51.txt", foundingPage, options);
  }

  /** A page with forty notes and their previews, as text. */
  @Benchmark
  public ImportResult fortyNotes() throws SourceException {
    return Importers.readPage("text", "forty-notes.txt", fortyNotes, options);
  }

  /** A short page as HTML, through jsoup. */
  @Benchmark
  public ImportResult htmlPage() throws SourceException {
    return Importers.readPage("html", "meeting.html", meetingHtml, options);
  }

  /**
   * A page of dossier-ingest's test fixtures, read in the repository (the benchmark runs from a
   * checkout; a copy in this module would drift from the pages the importer tests pin).
   */
  static Path ingestFixture(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("dossier-ingest/src/test/resources/fixtures/text").resolve(name);
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new IllegalStateException("no dossier-ingest/src/test/resources/fixtures/text/" + name + " in "
        + Path.of("").toAbsolutePath() + " or its parents; run the benchmark from the repository");
  }

  static Path foundingPagePath() {
    String env = System.getenv("DOSSIER_SHARED");
    if (env != null && !env.isBlank()) return Path.of(env, "seed", "masterpieces-doc51.txt");
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("seed").resolve("masterpieces-doc51.txt");
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new IllegalStateException("no shared/seed/masterpieces-doc51.txt beside " + Path.of("").toAbsolutePath()
        + " or its parents; set DOSSIER_SHARED");
  }
}
