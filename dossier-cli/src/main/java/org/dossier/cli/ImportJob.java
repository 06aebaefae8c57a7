package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.jspecify.annotations.Nullable;

/**
 * Reads a set of sources completely before anything is stored, so that one bad file means
 * nothing is written. Folders are walked recursively; a document id met twice keeps the last.
 */
final class ImportJob {
  /** What was read: documents by id, the edition metadata the sources carry, issues, and failures. */
  record Outcome(List<Path> files, Map<String, Document> documents, @Nullable Edition edition,
      List<ImportIssue> issues, List<SourceException> failures, long nanos) {
    String summary(boolean stored, boolean issuesShown) {
      Map<String, Integer> byKind = new TreeMap<>();
      issues.forEach(i -> byKind.merge(i.kind(), 1, Integer::sum));
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %s from %s",
          stored ? "Imported" : "Read", plural(documents.size(), "document"), plural(files.size(), "file")));
      if (edition != null && (!edition.persons().isEmpty() || !edition.terms().isEmpty())) {
        sb.append(String.format(Locale.ROOT, ", %d persons, %d terms", edition.persons().size(), edition.terms().size()));
      }
      sb.append(String.format(Locale.ROOT, " in %.2f s", nanos / 1e9));
      sb.append(issues.isEmpty() ? "; no issues" : "; issues: " + byKind.toString().replaceAll("[{}]", ""));
      if (!issues.isEmpty() && !issuesShown) sb.append(" (show them with --issues)");
      return sb.toString();
    }
  }

  private ImportJob() {}

  static Outcome read(List<Path> sources, long maxBytes, int maxIssues) throws IOException {
    long start = System.nanoTime();
    List<Path> files = expand(sources);
    ImportOptions options = new ImportOptions(maxBytes, maxIssues, Clock.systemUTC(), commonRoot(files));
    Map<String, Document> documents = new LinkedHashMap<>();
    List<ImportIssue> issues = new ArrayList<>();
    List<SourceException> failures = new ArrayList<>();
    Edition edition = null;
    for (Path file : files) {
      ImportResult r;
      try {
        r = Importers.read(file, options);
      } catch (SourceException e) {
        failures.add(e);
        continue;
      }
      r.documents().forEach(d -> documents.put(d.id(), d));
      issues.addAll(r.issues());
      if (r.edition() != null) edition = edition == null ? r.edition() : Registers.merge(edition, r.edition());
    }
    return new Outcome(files, documents, edition, issues, failures, System.nanoTime() - start);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Files as given, folders walked recursively in name order, keeping only importable files. */
  private static List<Path> expand(List<Path> sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : sources) {
      if (!Files.exists(p)) throw new CliException("no such file or folder: " + p);
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(ImportJob::importable).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static boolean importable(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xml");
  }

  /** The deepest folder that holds all files: the bound for xi:include resolution. */
  private static @Nullable Path commonRoot(List<Path> files) {
    Path root = null;
    for (Path f : files) {
      Path dir = f.toAbsolutePath().normalize().getParent();
      if (root == null) {
        root = dir;
      } else {
        while (!dir.startsWith(root)) root = root.getParent();
      }
    }
    return root;
  }
}
