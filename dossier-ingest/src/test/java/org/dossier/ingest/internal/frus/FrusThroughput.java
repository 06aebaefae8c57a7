package org.dossier.ingest.internal.frus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.model.Document;
import org.dossier.testkit.SharedData;

/**
 * Measures the FRUS importer on one thread over the shared FRUS volumes: MB/s and documents/s,
 * by wall clock and by the thread's CPU time (the machine may be shared). Not a test; run:
 * {@code java -cp <test classpath> org.dossier.ingest.internal.frus.FrusThroughput [rounds]}.
 */
public final class FrusThroughput {
  private FrusThroughput() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<Path> volumes = List.of(SharedData.path("corpora/frus/frus1918Russiav03.xml"),
        SharedData.path("corpora/frus/frus1872p2v5.xml"), SharedData.path("corpora/frus/frus1981-88v05-excerpt.xml"));
    long bytes = 0;
    for (Path v : volumes) bytes += Files.size(v);
    FrusImporter importer = new FrusImporter();
    long[] documents = {0};
    ImportSink sink = new ImportSink() {
      @Override public void document(Document d) {
        documents[0]++;
      }
    };
    for (int i = 0; i < 3; i++) for (Path v : volumes) importer.read(v, ImportOptions.defaults(), sink); // warm-up
    documents[0] = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < rounds; i++) for (Path v : volumes) importer.read(v, ImportOptions.defaults(), sink);
    double wallS = (System.nanoTime() - wall) / 1e9;
    double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double mb = rounds * bytes / (1024.0 * 1024.0);
    System.out.println(String.format(Locale.ROOT,
        "FRUS import, 1 thread, %d rounds of %d volumes (%.1f MB, %d documents):%n"
            + "  wall: %.2f s = %.1f MB/s, %.0f documents/s%n  cpu:  %.2f s = %.1f MB/s, %.0f documents/s",
        rounds, volumes.size(), mb, documents[0], wallS, mb / wallS, documents[0] / wallS, cpuS, mb / cpuS,
        documents[0] / cpuS));
  }
}
