package org.dossier.fuzz;

import java.util.List;
import org.dossier.ingest.ImportResult;
import org.dossier.tei.SourceException;
import org.dossier.testkit.DocumentInvariants;

/**
 * The properties every fuzz target checks. Anything a target does not catch (an unchecked
 * exception, an {@link java.io.IOException} from bytes held in memory, a stack overflow, an
 * out-of-memory) is a finding: Jazzer saves the input and fails the test.
 */
final class Findings {
  private Findings() {}

  /** An import of hostile bytes that gave documents: they must hold the model's invariants. */
  static void requireSound(String target, ImportResult result) {
    List<String> broken = DocumentInvariants.violations(result.documents());
    if (!broken.isEmpty()) throw new AssertionError(target + " imported documents that break the model: " + broken);
  }

  /** A refusal must say what is wrong and in which file, so the user can act on it. */
  static void requireTyped(String target, SourceException e) {
    if (e.file().isBlank()) throw new AssertionError(target + " refused without naming the file: " + e.getMessage(), e);
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError(target + " refused without saying why", e);
    }
    if (e.line() < 0 || e.column() < 0) throw new AssertionError(target + " gave a negative position", e);
  }
}
