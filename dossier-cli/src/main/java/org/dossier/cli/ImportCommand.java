package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.ingest.ImportException;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.ingest.json.JsonForm;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import text pages, HTML pages and TEI files (FRUS volumes, Parla-CLARIN/ParlaMint debates).",
        "Every source is read and checked before anything is written: a bad file writes nothing.",
        "A summary (documents, persons, issues by kind, time) goes to stderr."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (folders are imported recursively).")
  List<Path> sources;

  @Option(names = "--into", paramLabel = "EDITION", description = "Store the documents in this edition folder.")
  Path into;

  @Option(names = "--dry-run", description = "Read and check only; store nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print each document's JSON form, one per line (JSON Lines), on stdout.")
  boolean json;

  @Option(names = "--issues", description = "Print every import issue (file:line:column: kind: message) on stderr.")
  boolean showIssues;

  @Option(names = "--max-bytes", defaultValue = "52428800",
      description = "Largest file accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--max-issues", defaultValue = "100", description = "Issues kept per file (default: ${DEFAULT-VALUE}).")
  int maxIssues;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (into == null && !dryRun) {
      throw new ParameterException(spec.commandLine(), "say where the documents go: --into EDITION, or --dry-run");
    }
    if (into != null && dryRun) throw new ParameterException(spec.commandLine(), "--into and --dry-run exclude each other");
    if (maxBytes <= 0) throw new ParameterException(spec.commandLine(), "--max-bytes must be positive: " + maxBytes);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    EditionStore store = into == null ? null : Stores.open(into);
    try {
      List<Path> files = expand(sources);
      ImportOptions options = new ImportOptions(maxBytes, maxIssues, java.time.Clock.systemUTC(), commonRoot(files));
      // Read everything first: one bad file means nothing is written.
      Map<Path, ImportResult> results = new LinkedHashMap<>();
      int failures = 0;
      for (Path file : files) {
        try {
          results.put(file, Importers.read(file, options));
        } catch (ImportException e) {
          err.println("dossier: " + e.getMessage());
          failures++;
        }
      }
      if (failures > 0) {
        err.println("dossier: " + failures + " of " + files.size() + " files could not be imported; nothing was "
            + (store == null ? "printed" : "written to " + into));
        return 1;
      }
      Map<String, Document> documents = new LinkedHashMap<>();
      List<ImportIssue> issues = new ArrayList<>();
      Edition edition = null;
      for (ImportResult r : results.values()) {
        r.documents().forEach(d -> documents.put(d.id(), d));
        issues.addAll(r.issues());
        if (r.edition() != null) edition = edition == null ? r.edition() : Registers.merge(edition, r.edition());
      }
      if (json) documents.values().forEach(d -> out.println(JsonForm.toJson(d)));
      out.flush();
      if (store != null) {
        try {
          if (edition != null) store.setEdition(Registers.merge(store.edition(), edition));
          store.putAll(documents.values());
        } catch (StoreException e) {
          throw new CliException(e.getMessage(), 1, e);
        }
      }
      if (store != null) {
        store.close();
        store = null;
        IndexSync.afterWrite(into, err);
      }
      if (showIssues) issues.forEach(i -> err.println(i));
      err.println(summary(files.size(), documents.size(), edition, issues, System.nanoTime() - start));
      return 0;
    } finally {
      if (store != null) store.close();
    }
  }

  private String summary(int files, int docs, Edition edition, List<ImportIssue> issues, long nanos) {
    Map<String, Integer> byKind = new TreeMap<>();
    issues.forEach(i -> byKind.merge(i.kind(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %s from %s",
        into == null ? "Read" : "Imported", plural(docs, "document"), plural(files, "file")));
    if (edition != null && (!edition.persons().isEmpty() || !edition.terms().isEmpty())) {
      sb.append(String.format(Locale.ROOT, ", %d persons, %d terms", edition.persons().size(), edition.terms().size()));
    }
    sb.append(String.format(Locale.ROOT, " in %.2f s", nanos / 1e9));
    sb.append(issues.isEmpty() ? "; no issues" : "; issues: " + byKind.toString().replaceAll("[{}]", ""));
    if (!issues.isEmpty() && !showIssues) sb.append(" (show them with --issues)");
    return sb.toString();
  }

  private static String plural(int n, String noun) {
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
        walk.filter(Files::isRegularFile).filter(ImportCommand::importable).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static boolean importable(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xml");
  }

  /** The deepest folder that holds all files: the bound for xi:include resolution. */
  private static Path commonRoot(List<Path> files) {
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
