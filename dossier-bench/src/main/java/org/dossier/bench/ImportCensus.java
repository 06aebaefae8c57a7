package org.dossier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.dossier.tei.SourceException;

/**
 * What the importers make of each corpus of the shared data folder, as one table: documents,
 * paragraphs (headnote and body blocks), notes, speaker turns (blocks with a speaker), distinct
 * speakers, and the register entries (persons, places, terms) the corpus brings. Run it before
 * and after a change to an importer and compare the two tables.
 *
 * <p>Usage: {@code java -cp … org.dossier.bench.ImportCensus [SHARED] [--also DIR]… [--speed N]},
 * where {@code SHARED} is the shared data folder (default {@code ../shared}); {@code --also DIR}
 * adds a row for the files of a folder of one's own (say, the letters fixtures), each imported on
 * its own; {@code --speed N} adds a second table: each corpus imported N times on this thread, in
 * MB per CPU-second.
 *
 * <p>Every file goes through the {@link Importers} front door, as {@code dossier import} reads it.
 * A corpus with a root file ({@code teiCorpus}) is imported through its root, which pulls in its
 * sessions; a folder of separate files, file by file.
 */
public final class ImportCensus {
  private ImportCensus() {}

  /**
   * One corpus: its name, the files to import and the folder that bounds their includes.
   *
   * @param name the row's name
   * @param files the files, imported in order
   * @param root the folder {@code xi:include}s may reach
   */
  record Corpus(String name, List<Path> files, Path root) {}

  /** The counts of one corpus. */
  static final class Counts {
    int documents;
    int paragraphs;
    int notes;
    int turns;
    long bytes;
    int issues;
    final Set<String> speakers = new HashSet<>();
    final Set<String> persons = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> terms = new HashSet<>();

    void add(ImportResult r) {
      issues += r.issues().size();
      Edition e = r.edition();
      if (e != null) {
        e.persons().stream().map(RegisterEntry::id).forEach(persons::add);
        e.places().stream().map(RegisterEntry::id).forEach(places::add);
        e.terms().stream().map(RegisterEntry::id).forEach(terms::add);
      }
      for (Document d : r.documents()) {
        documents++;
        notes += d.notes().size();
        for (Block b : (Iterable<Block>) d.blocks()::iterator) {
          paragraphs++;
          Speaker s = b.speaker();
          if (s == null) continue;
          turns++;
          speakers.add(s.ref() != null ? "#" + s.ref() : s.name());
        }
      }
    }
  }

  /** Prints the census of the shared folder named by the first argument (default {@code ../shared}). */
  public static void main(String[] args) throws IOException, SourceException {
    Path shared = Path.of("../shared");
    int speed = 0;
    List<Path> also = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--speed")) {
        speed = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--also")) {
        also.add(Path.of(args[++i]));
      } else {
        shared = Path.of(args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Corpus> corpora = new ArrayList<>(corpora(shared.toAbsolutePath().normalize()));
    for (Path dir : also) {
      Path d = dir.toAbsolutePath().normalize();
      corpora.add(new Corpus(String.valueOf(d.getFileName()), files(d, ""), d));
    }
    out.println("| corpus | files | MB | documents | paragraphs | notes | speaker turns | speakers | persons | places | terms | issues |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Corpus c : corpora) {
      Counts n = census(c);
      out.println(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %d | %d | %d | %d | %d | %d | %d | %d |",
          c.name(), c.files().size(), n.bytes / 1e6, n.documents, n.paragraphs, n.notes, n.turns,
          n.speakers.size(), n.persons.size(), n.places.size(), n.terms.size(), n.issues));
    }
    if (speed > 0) {
      out.println();
      out.println("| corpus | MB per CPU-second (one thread) |");
      out.println("|---|--:|");
      for (Corpus c : corpora) {
        out.println(String.format(Locale.ROOT, "| %s | %.1f |", c.name(), megabytesPerCpuSecond(c, speed)));
      }
    }
  }

  /** The corpora of the shared folder, in a fixed order; missing ones are left out. */
  static List<Corpus> corpora(Path shared) throws IOException {
    List<Corpus> list = new ArrayList<>();
    Path seed = shared.resolve("seed/masterpieces-doc51.txt");
    if (Files.isRegularFile(seed)) list.add(new Corpus("seed page", List.of(seed), seed.getParent()));
    Path frus = shared.resolve("corpora/frus");
    for (Path volume : files(frus, ".xml")) {
      list.add(new Corpus("FRUS " + volume.getFileName(), List.of(volume), frus));
    }
    Path history = shared.resolve("corpora/frus-history/documents");
    if (Files.isDirectory(history)) list.add(new Corpus("frus-history documents", files(history, ".xml"), history));
    Path parlamint = shared.resolve("corpora/parlamint");
    for (String country : List.of("CZ", "GB")) {
      Path dir = parlamint.resolve("ParlaMint-" + country);
      Path root = dir.resolve("ParlaMint-" + country + ".xml");
      if (Files.isRegularFile(root)) list.add(new Corpus("ParlaMint-" + country, List.of(root), dir));
    }
    Path siparl = shared.resolve("corpora/parla-clarin/siParl2.0");
    Path siroot = siparl.resolve("SDT2-sample.xml");
    if (Files.isRegularFile(siroot)) list.add(new Corpus("siParl 2.0", List.of(siroot), siparl));
    return list;
  }

  /** The files of {@code dir} whose names end with {@code suffix}, in name order. */
  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static ImportOptions options(Corpus c) {
    return ImportOptions.defaults().withRoot(c.root());
  }

  static Counts census(Corpus c) throws IOException, SourceException {
    Counts n = new Counts();
    for (Path f : c.files()) {
      n.bytes += Files.size(f);
      n.add(Importers.read(f, options(c)));
    }
    return n;
  }

  /** Imports the corpus {@code times} times after as many warm-up rounds; bytes of its files per CPU-second. */
  private static double megabytesPerCpuSecond(Corpus c, int times) throws IOException, SourceException {
    long bytes = 0;
    for (Path f : c.files()) bytes += Files.size(f);
    long check = 0;
    for (int i = 0; i < times; i++) check += once(c);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < times; i++) check += once(c);
    double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    if (check < 0) throw new IllegalStateException("unreachable");
    return bytes * (double) times / 1e6 / seconds;
  }

  private static long once(Corpus c) throws IOException, SourceException {
    long documents = 0;
    for (Path f : c.files()) documents += Importers.read(f, options(c)).documents().size();
    return documents;
  }
}
