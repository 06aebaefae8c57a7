package org.dossier.ingest.internal.frus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.model.Document;
import org.dossier.testkit.FrusLikeVolume;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the largest document, not the volume: a FRUS-like volume built by
 * repeating the real documents of {@code frus1918Russiav03.xml} under new ids (about 60 MB, or
 * 500 MB with {@code -Ddossier.bigtests}) is imported in a child JVM limited to
 * {@code -Xmx256m}. Run with {@code mvn -o -pl dossier-ingest -am test -Dtest=FrusStreamingIT
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Ddossier.bigtests} for 500 MB).
 */
class FrusStreamingIT {
  @TempDir Path dir;

  @Test
  void importsAHugeVolumeInAQuarterGigabyteHeap() throws Exception {
    long target = System.getProperty("dossier.bigtests") != null ? 500L << 20 : 60L << 20;
    Path volume = dir.resolve("frus-huge.xml");
    long documents = FrusLikeVolume.write(SharedData.path("corpora/frus/frus1918Russiav03.xml"), volume, target, 0);
    long size = Files.size(volume);
    assertThat(size).isGreaterThanOrEqualTo(target);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Child.class.getName(), volume.toString())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
    System.out.println("FrusStreamingIT: " + size / (1 << 20) + " MB volume; child JVM -Xmx256m: " + out.strip());
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("documents=" + documents + " ");
  }

  /** The child process: imports the volume into a sink that counts and discards documents. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      Path file = Path.of(args[0]);
      long[] count = {0};
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      new FrusImporter().read(file, ImportOptions.defaults().withMaxBytes(Long.MAX_VALUE), new ImportSink() {
        @Override public void document(Document d) {
          count[0]++;
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double mb = Files.size(file) / (1024.0 * 1024.0);
      Runtime rt = Runtime.getRuntime();
      System.out.println(String.format(Locale.ROOT,
          "documents=%d seconds=%.1f MB/s=%.1f docs/s=%.0f cpuSeconds=%.1f MB/s-per-cpu=%.1f maxHeapMB=%d",
          count[0], seconds, mb / seconds, count[0] / seconds, cpu, mb / cpu, rt.maxMemory() >> 20));
    }
  }
}
