package org.dossier.ingest.internal.frus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.testkit.SharedData;

/**
 * Counts what the FRUS importer finds in each shared FRUS volume (documents, paragraphs, notes,
 * blocks with a speaker, distinct sections, blocks with a printed page, page-break, margin and
 * italic marks, typed and undated documents) and times it on one thread by CPU time. Not a test;
 * run: {@code java -cp <test classpath> org.dossier.ingest.internal.frus.FrusCensus [rounds]}.
 */
public final class FrusCensus {
  private FrusCensus() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    FrusImporter importer = new FrusImporter();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : List.of("frus1918Russiav03.xml", "frus1872p2v5.xml", "frus1981-88v05-excerpt.xml",
        "frus1981-88v06-shell.xml")) {
      Path v = SharedData.path("corpora/frus/" + name);
      Counts c = new Counts();
      importer.read(v, ImportOptions.defaults(), c);
      ImportSink none = new ImportSink() {
        @Override public void document(Document d) { }
      };
      for (int i = 0; i < 3; i++) importer.read(v, ImportOptions.defaults(), none); // warm-up
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) importer.read(v, ImportOptions.defaults(), none);
      double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double mb = rounds * Files.size(v) / (1024.0 * 1024.0);
      System.out.println(String.format(Locale.ROOT,
          "%-28s docs %4d  paragraphs %6d  notes %5d  speakers %4d  sections %3d  paged %6d  page breaks %4d"
              + "  margins %4d  italics %5d  typed %4d  undated %3d  title italics %3d  cpu %.1f MB/s",
          name, c.documents, c.paragraphs, c.notes, c.speakers, c.sections.size(), c.paged, c.count[0],
          c.count[1], c.count[2], c.typed, c.undated, c.titleItalics, mb / cpuS));
    }
  }

  private static final class Counts implements ImportSink {
    int documents;
    int paragraphs;
    int notes;
    int speakers;
    int paged;
    int typed;
    int undated;
    int titleItalics;
    final int[] count = new int[3];
    final Set<List<String>> sections = new HashSet<>();

    @Override
    public void document(Document d) {
      documents++;
      notes += d.notes().size();
      if (!d.sections().isEmpty()) sections.add(d.sections());
      if (d.type() != null) typed++;
      if (d.date() == null) undated++;
      if (!d.titleMarks().isEmpty()) titleItalics++;
      for (Block b : (Iterable<Block>) d.blocks()::iterator) {
        paragraphs++;
        if (b.speaker() != null) speakers++;
        if (b.page() != null) paged++;
        for (Mark m : b.marks()) {
          if (m.type() == MarkType.PAGE_BREAK) count[0]++;
          else if (m.type() == MarkType.MARGIN) count[1]++;
          else if (m.type() == MarkType.ITALIC) count[2]++;
        }
      }
    }
  }
}
