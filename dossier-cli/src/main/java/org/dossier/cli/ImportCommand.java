package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.ImportReport;
import org.dossier.app.ImportRequest;
import org.dossier.ingest.ImportLimits;
import org.dossier.model.Document;
import org.dossier.tei.SourceException;
import org.dossier.tei.json.JsonForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import text pages, HTML pages and TEI files (FRUS volumes, Parla-CLARIN/ParlaMint debates).",
        "Every source is read and checked before anything is written: a bad file writes nothing.",
        "A summary (documents, persons, places and terms, issues by kind, time) goes to stderr.",
        "A register of persons, places or terms that a source declares but that yields no entry is warned of."})
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

  @Option(names = "--max-paragraph-chars", defaultValue = "1000000", paramLabel = "N",
      description = "Longest paragraph (or turn, or note) accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxParagraphChars;

  @Option(names = "--max-paragraphs", defaultValue = "100000", paramLabel = "N",
      description = "Most paragraphs in one document (default: ${DEFAULT-VALUE}).")
  int maxParagraphs;

  @Option(names = "--max-document-chars", defaultValue = "10000000", paramLabel = "N",
      description = "Most characters of text in one document (default: ${DEFAULT-VALUE}).")
  long maxDocumentChars;

  @Mixin IndexOptions index;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (into == null && !dryRun) {
      throw new ParameterException(spec.commandLine(), "say where the documents go: --into EDITION, or --dry-run");
    }
    if (into != null && dryRun) throw new ParameterException(spec.commandLine(), "--into and --dry-run exclude each other");
    if (maxBytes <= 0) throw new ParameterException(spec.commandLine(), "--max-bytes must be positive: " + maxBytes);
    if (maxIssues < 0) throw new ParameterException(spec.commandLine(), "--max-issues must be >= 0: " + maxIssues);
    positive("--max-paragraph-chars", maxParagraphChars);
    positive("--max-paragraphs", maxParagraphs);
    positive("--max-document-chars", maxDocumentChars);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DossierApp app = DossierApp.of(into == null ? AppConfig.defaults() : index.config(List.of(into)));
    ImportRequest request = new ImportRequest(sources, maxBytes, maxIssues, false,
        new ImportLimits(maxParagraphChars, maxParagraphs, maxDocumentChars));
    Consumer<Document> print = json ? d -> out.println(JsonForm.toJson(d)) : null;
    ImportReport r;
    try (ProgressOptions.Display display = progress.display(spec, json, "")) {
      r = into == null ? app.dryRun(request, print, display.listener())
          : app.importInto(into, request, print, display.listener());
    }
    out.flush();
    r.damaged().forEach(d -> err.println("dossier: warning: " + d.line()));
    if (!r.failures().isEmpty()) {
      for (SourceException e : r.failures()) err.println("dossier: " + e.getMessage());
      err.println("dossier: " + r.failureSummary());
      return 1;
    }
    if (showIssues) {
      r.issues().forEach(err::println);
    } else {
      r.emptyRegisters().forEach(i -> err.println("dossier: warning: " + i));
    }
    err.println(r.summary() + (r.issues().isEmpty() || showIssues ? "" : " (show them with --issues)"));
    if (r.indexNote() != null) err.println("dossier: note: " + r.indexNote());
    return 0;
  }

  private void positive(String option, long value) {
    if (value <= 0) throw new ParameterException(spec.commandLine(), option + " must be positive: " + value);
  }
}
