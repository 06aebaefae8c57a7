package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from one source, for callers that can hold it in memory.
 *
 * @param edition the edition metadata the source carries, or null
 * @param documents the documents, in source order
 * @param issues the issues, in the order found
 */
public record ImportResult(@Nullable Edition edition, List<Document> documents, List<ImportIssue> issues) {
  public ImportResult {
    documents = List.copyOf(documents);
    issues = List.copyOf(issues);
  }

  /** The one document of a single-document source. @throws IllegalStateException if there are more or none */
  public Document single() {
    if (documents.size() != 1) throw new IllegalStateException("expected one document, found " + documents.size());
    return documents.get(0);
  }

  /** A sink that collects into an {@link ImportResult}. */
  public static final class Collector implements ImportSink {
    private @Nullable Edition edition;
    private final List<Document> documents = new ArrayList<>();
    private final List<ImportIssue> issues = new ArrayList<>();

    @Override public void edition(Edition e) { edition = e; }
    @Override public void document(Document d) { documents.add(d); }
    @Override public void issue(ImportIssue i) { issues.add(i); }

    /** What was handed over so far. */
    public ImportResult result() {
      return new ImportResult(edition, documents, issues);
    }
  }
}
