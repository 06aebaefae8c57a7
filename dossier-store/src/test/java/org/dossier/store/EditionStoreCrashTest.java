package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.store.Fixtures.FORMAT;
import static org.dossier.store.StoreAssertions.assertConsistent;
import static org.dossier.store.StoreAssertions.temporaryFiles;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 2, point 6): a writer killed with {@code kill -9} in the middle of a large
 * write leaves the old or the new document, never a half-written one, and the edition opens
 * cleanly afterwards.
 */
class EditionStoreCrashTest {
  private static final String ID = "big";
  private static final int PARAGRAPHS = 20_000;
  private static final int KILLS = 5;

  @TempDir Path tmp;

  @Test
  @Timeout(value = 400, unit = TimeUnit.SECONDS) // about 30 s on an idle machine; generous for loaded CI
  void aWriterKilledMidWriteLeavesTheOldOrTheNewDocumentNeverAHalfWrittenOne() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    System.out.println("EditionStoreCrashTest seed: " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
    Random random = new Random(seed);
    Path dir = tmp.resolve("ed");
    Document oldVersion = Fixtures.large(ID, "old", PARAGRAPHS).toBuilder().edition("crash").build();
    Document newVersion = Fixtures.large(ID, "new", PARAGRAPHS).toBuilder().edition("crash").build();
    try (EditionStore store = EditionStore.init(dir, "crash", "Crash test", FORMAT)) {
      store.put(oldVersion);
    }
    long fileSize = Files.size(dir.resolve("documents/" + ID + "." + FORMAT.extension()));
    assertThat(fileSize).as("the document is large").isGreaterThan(3_000_000);

    List<String> log = new ArrayList<>();
    int killedWhileWritingTheDocument = 0;
    long writeMillis = -1; // how long a fresh child takes for one write, measured in round 0
    String stored = "old";
    for (int round = 0; round < KILLS; round++) {
      // The child first writes the version that is not stored, so a kill shows which one survives.
      Process child = startWriter(dir, stored.equals("old") ? "new" : "old");
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        awaitLine(out, "writing ", child);
        if (writeMillis < 0) {
          writeMillis = Long.parseLong(awaitLine(out, "wrote ", child).split(" ")[2]);
          assertThrows(StoreLockedException.class, () -> EditionStore.open(dir, FORMAT),
              "a second process cannot write while the child holds the edition");
          awaitLine(out, "writing ", child);
        }
        // Anywhere in about two writes: mostly inside one, sometimes between a rename and edition.json.
        long delay = random.nextInt((int) Math.max(1, 2 * writeMillis));
        Thread.sleep(delay);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        boolean midWrite = temporaryFiles(dir).stream().anyMatch(p -> p.getParent().endsWith("documents"));
        if (midWrite) killedWhileWritingTheDocument++;

        try (EditionStore store = EditionStore.open(dir, FORMAT)) {
          Document found = store.expect(ID);
          boolean isOld = found.equals(oldVersion);
          boolean isNew = found.equals(newVersion);
          if (!isOld && !isNew) fail("round " + round + ": the stored document is neither version: " + found.title());
          stored = isOld ? "old" : "new";
          log.add("round " + round + ": a first write takes " + writeMillis + " ms; killed " + delay + " ms after it began"
              + (midWrite ? " (temporary file left)" : "") + "; found the " + (isOld ? "old" : "new")
              + " version; repairs " + store.repairs());
        }
        assertConsistent(dir);
      } finally {
        child.destroyForcibly();
      }
    }
    log.forEach(System.out::println);
    assertThat(killedWhileWritingTheDocument).as("kills that interrupted the document's write; log: %s", log)
        .isPositive();
  }

  private Process startWriter(Path dir, String firstVersion) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
        CrashingWriter.class.getName(), dir.toString(), ID, String.valueOf(PARAGRAPHS), firstVersion);
    pb.redirectError(tmp.resolve("child-stderr.txt").toFile());
    return pb.start();
  }

  /** Reads lines until one starts with {@code prefix}; fails with the child's stderr if it ends first. */
  private String awaitLine(BufferedReader out, String prefix, Process child) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) return line;
    }
    String err = Files.readString(tmp.resolve("child-stderr.txt"), StandardCharsets.UTF_8);
    throw new AssertionError("the writer process ended (" + child.isAlive() + ") before printing '" + prefix + "':\n" + err);
  }
}
