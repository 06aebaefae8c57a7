package org.dossier.testkit;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Document;

/**
 * What one import of one source gave, as {@link ImporterContractTest} sees it: the documents and
 * issues, or the importer's typed refusal. An importer under test never turns anything else into
 * an outcome: an unchecked exception escapes the adapter and fails the contract.
 */
public sealed interface ImportOutcome {

  /** The documents, in source order. */
  static ImportOutcome imported(List<Document> documents, List<String> issues) {
    return new Imported(documents, issues);
  }

  /** The importer's checked, typed error for a source it cannot import (the cause is kept). */
  static ImportOutcome rejected(String file, Exception error) {
    return new Rejected(file, error);
  }

  /**
   * A source that was imported.
   *
   * @param documents the documents, in source order
   * @param issues the issues as printed for a terminal ({@code file:line:column: kind: message})
   */
  record Imported(List<Document> documents, List<String> issues) implements ImportOutcome {
    public Imported {
      documents = List.copyOf(documents);
      issues = List.copyOf(issues);
    }
  }

  /**
   * A source the importer refused with its typed error.
   *
   * @param file the file the error names (the importer's own record of it)
   * @param error the typed error, whose message the user reads
   */
  record Rejected(String file, Exception error) implements ImportOutcome {
    public Rejected {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(error, "error");
    }

    /** The message the user reads. */
    public String message() {
      return String.valueOf(error.getMessage());
    }
  }
}
