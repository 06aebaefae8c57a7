package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.dossier.search.SearchIndex;
import org.dossier.testkit.FrusLikeVolume;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the largest document, not by the volume, through the whole import: a
 * FRUS-like volume built by repeating the real documents of {@code frus1918Russiav03.xml} under
 * new ids is read, stored in a new edition and indexed in a child JVM with a fixed small heap, and
 * every document ends up in the index with its stored hash. By default the volume is 12 MB (3,824
 * documents) and the heap 64 MB, which keeps {@code mvn verify} within a minute; with {@code
 * -Ddossier.bigtests} it is 100 MB and at least 30,000 documents in 192 MB. Run alone with {@code
 * mvn -pl dossier-app -am verify -Dit.test=BigImportIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class BigImportIT {
  @TempDir Path dir;

  @Test
  void aFrusLikeVolumeIsImportedAndIndexedInASmallFixedHeap() throws Exception {
    boolean big = System.getProperty("dossier.bigtests") != null;
    String heap = big ? "-Xmx192m" : "-Xmx64m";
    Path volume = dir.resolve("frus-like.xml");
    long documents = FrusLikeVolume.write(SharedData.path("corpora/frus/frus1918Russiav03.xml"), volume,
        big ? 100L << 20 : 12L << 20, big ? 30_000 : 0);
    long size = Files.size(volume);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, heap, "-Duser.language=tr", "-Duser.country=TR",
        "-cp", System.getProperty("java.class.path"), Child.class.getName(), volume.toString(), dir.resolve("ed").toString())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
    System.out.println("BigImportIT: " + size / (1 << 20) + " MB volume; child JVM " + heap + ": " + out.strip());
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("documents=" + documents + " ", "stored=" + documents + " ", "indexed=" + documents + " ",
        "indexMatchesStore=true");
  }

  /** The child process: imports the volume into a new edition, then compares the index with the store. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      Path volume = Path.of(args[0]);
      Path edition = Path.of(args[1]);
      HeapWatch heap = HeapWatch.start();
      long start = System.nanoTime();
      DossierApp app = DossierApp.of(AppConfig.defaults());
      app.init(edition, "frus-like", "A FRUS-like volume");
      ImportReport r = app.importInto(edition, ImportRequest.of(List.of(volume)).withMaxBytes(Long.MAX_VALUE), null);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!r.stored()) throw new AssertionError("not stored: " + r.failures());
      Map<String, String> stored = app.read(edition).documents().stream()
          .collect(Collectors.toMap(ListedDocument::id, ListedDocument::sha256));
      Map<String, String> indexed;
      try (SearchIndex index = app.openIndex(List.of(edition), IndexAccess.READ_ONLY)) {
        indexed = index.indexedHashes();
      }
      heap.stop();
      System.out.println(String.format(Locale.ROOT,
          "documents=%d stored=%d indexed=%d indexMatchesStore=%b importSeconds=%.1f MB/s=%.1f peakHeapMB=%d "
              + "peakAfterGcMB=%d maxHeapMB=%d",
          r.documents(), stored.size(), indexed.size(), stored.equals(indexed), seconds,
          Files.size(volume) / (1024.0 * 1024.0) / seconds, heap.peak() >> 20, heap.peakAfterGc() >> 20,
          Runtime.getRuntime().maxMemory() >> 20));
    }
  }

  /**
   * Watches the heap every 20 ms: the most in use at once, garbage included, and the most still in
   * use right after a collection (what the import really holds).
   */
  private static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "heap-watch");

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      w.thread.setDaemon(true);
      w.thread.start();
      return w;
    }

    private void sample() {
      while (running) {
        inUse.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
          if (p.getCollectionUsage() != null) sum += p.getCollectionUsage().getUsed();
        }
        afterGc.accumulateAndGet(sum, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peak() {
      return inUse.get();
    }

    long peakAfterGc() {
      return afterGc.get();
    }
  }
}
