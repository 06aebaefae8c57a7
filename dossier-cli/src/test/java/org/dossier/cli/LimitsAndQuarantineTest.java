package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, points 1–4 on the command line: limits while reading, one line for everything, damaged files set aside. */
class LimitsAndQuarantineTest {
  @TempDir Path tmp;

  private Path edition() {
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "Letters of a Consul").exitCode()).isZero();
    return ed;
  }

  private Path page(String name, String text) throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    return Files.writeString(tmp.resolve("in").resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String words(int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) sb.append("grain tariff ");
    return sb.substring(0, chars);
  }

  /** A generic TEI document of {@code paragraphs} short paragraphs, one a line: 15 MB for a million. */
  private Path manyParagraphs(int paragraphs) throws IOException {
    Path file = tmp.resolve("debate.xml");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n");
      for (int i = 1; i <= paragraphs; i++) w.write("<p>p " + i + "</p>\n");
      w.write("</body></text></TEI>\n");
    }
    return file;
  }

  @Test
  void aPageWithAParagraphOverTheLimitIsRefusedInOneLineAndWritesNothing() throws Exception {
    Path ed = edition();
    Path good = page("a-good-page.txt", "The harbour was closed at dawn.\n");
    Path bad = page("b-long-page.txt", "A first paragraph.\n\n" + words(3_000) + "\n");
    CliRun dry = CliRun.of("import", bad.toString(), "--dry-run", "--max-paragraph-chars", "2000");
    assertThat(dry.exitCode()).isEqualTo(1);
    CliRun run = CliRun.of("import", good.toString(), bad.toString(), "--into", ed.toString(), "--max-paragraph-chars", "2000");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.contains("--max-paragraph-chars")).toList()).singleElement().asString()
        .startsWith("dossier: paragraph 2 of document ").contains("is 3,000 characters long, over the limit of 2,000")
        .endsWith("(at b-long-page.txt)");
    assertThat(run.err()).contains("nothing was written").doesNotContain("\tat ");
    try (var files = Files.list(ed.resolve("documents"))) {
      assertThat(files.toList()).isEmpty();
    }
    // The edition is not poisoned: the good page alone imports, and every command works.
    assertThat(CliRun.of("import", good.toString(), "--into", ed.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", ed.toString()).exitCode()).isZero();
    assertThat(CliRun.of("search", ed.toString(), "harbour").exitCode()).isZero();
    assertThat(CliRun.of("reindex", ed.toString()).exitCode()).isZero();
  }

  @Test
  void theLimitOptionsRefuseNonPositiveValues() {
    CliRun run = CliRun.of("import", "x.txt", "--dry-run", "--max-paragraphs", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-paragraphs must be positive: 0");
  }

  @Test
  void aDocumentOfAMillionParagraphsIsRefusedInA256MegabyteHeapWithOneLineNamingTheLimit() throws Exception {
    Path ed = edition();
    Path tei = manyParagraphs(1_000_000);
    assertThat(Files.size(tei)).isGreaterThan(14L << 20);
    Child run = child("-Xmx256m", "import", tei.toString(), "--into", ed.toString());
    assertThat(run.exitCode).as(run.err).isEqualTo(1);
    assertThat(run.err.lines().toList()).as(run.err).containsExactly(
        "dossier: too many paragraphs in one document, over the limit of 100,000 paragraphs (raise it with --max-paragraphs)"
            + " (at debate.xml:100003:1)",
        "dossier: 1 of 1 file could not be imported; nothing was written to " + ed);
    assertThat(CliRun.of("list", ed.toString(), "--json").out()).contains("\"documents\":[]");
  }

  @Test
  void runningOutOfMemoryIsOneLineNotAStackTrace() throws Exception {
    // The limit raised far beyond what a 16 MB heap holds: the import runs out of memory.
    Path tei = manyParagraphs(200_000);
    Child run = child("-Xmx16m", "import", tei.toString(), "--dry-run", "--max-paragraphs", "10000000");
    assertThat(run.exitCode).as(run.err).isEqualTo(1);
    assertThat(run.err.lines().toList()).as(run.err).singleElement().asString()
        .startsWith("dossier: out of memory (the heap is ").contains("DOSSIER_JAVA_OPTS=-Xmx2g", "--max-paragraphs");
  }

  @Test
  void aTruncatedDocumentIsReportedByEveryCommandAndQuarantinedByCheck() throws Exception {
    Path ed = edition();
    Path a = page("a.txt", "The harbour was closed at dawn by order of the governor.\n");
    Path b = page("b.txt", "Grain prices rose again; the merchants blame the tariff.\n");
    assertThat(CliRun.of("import", a.toString(), b.toString(), "--into", ed.toString()).exitCode()).isZero();
    Path damaged;
    try (var files = Files.list(ed.resolve("documents"))) {
      damaged = files.filter(f -> f.getFileName().toString().startsWith("grain")).findFirst().orElseThrow();
    }
    String name = damaged.getFileName().toString();
    byte[] bytes = Files.readAllBytes(damaged);
    Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    CliRun search = CliRun.of("search", ed.toString(), "harbour");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.err()).startsWith("dossier: warning: documents/" + name + " is damaged and left out: ");
    assertThat(search.err().lines()).hasSize(1);

    CliRun check = CliRun.of("check", ed.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err().lines().toList()).singleElement().asString()
        .startsWith("dossier: quarantined: documents/" + name + ": cannot read the document: ")
        .containsPattern(java.util.regex.Pattern.quote(name) + ":\\d+:\\d+")
        .contains("moved to .quarantine/" + name);
    // The search's sync already took the damaged document out of the index.
    assertThat(check.out()).contains("1 documents read back, 1 quarantined", "Index in step");
    assertThat(ed.resolve(".quarantine").resolve(name)).exists();

    assertThat(CliRun.of("reindex", ed.toString()).exitCode()).isZero();
    String id = name.replaceFirst("\\.xml$", "");
    assertThat(CliRun.of("remove", id, "-e", ed.toString()).exitCode()).isZero();
    CliRun again = CliRun.of("check", ed.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Index in step");
  }

  private record Child(int exitCode, String err) {}

  /** Runs the command line in a JVM of its own with {@code heap}; only its stderr is kept. */
  private Child child(String heap, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, heap, "-Duser.language=tr", "-Duser.country=TR", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path err = tmp.resolve("child-stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Child(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }
}
