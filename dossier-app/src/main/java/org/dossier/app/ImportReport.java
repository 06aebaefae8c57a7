package org.dossier.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.ingest.ImportIssue;
import org.dossier.model.Edition;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * What an import did. When {@link #failures()} is not empty, nothing was stored or handed on.
 *
 * @param into the edition the documents went to, as the caller named it, or null for a dry run
 * @param files the files read
 * @param documents the documents read (a document id met twice counts once: the last one wins)
 * @param sources the edition metadata and registers the sources carry, merged, or null
 * @param issues what the importers were unsure of or repaired, with file:line:column
 * @param failures the files that could not be imported at all
 * @param nanos how long the import took
 * @param indexNote why the index was not updated (another process holds it and will catch up by
 *     itself), or null when it was
 * @param damaged the edition's document files that cannot be read: left alone by the import (which
 *     mends those it stores again), for the user to hear of
 */
public record ImportReport(@Nullable Path into, int files, int documents, @Nullable Edition sources,
    List<ImportIssue> issues, List<SourceException> failures, long nanos, @Nullable String indexNote,
    List<DamagedFile> damaged) {
  public ImportReport {
    issues = List.copyOf(issues);
    failures = List.copyOf(failures);
    damaged = List.copyOf(damaged);
  }

  /** Whether the documents were stored: every file was read, and there was an edition to store them in. */
  public boolean stored() {
    return into != null && failures.isEmpty();
  }

  /**
   * The one-line summary: {@code "Imported 3 documents from 2 files, 88 persons, 0 places, 12 terms
   * in 0.41 s; issues: hyphenation=1"}. The registers the sources carry are always counted, zeros
   * too; {@link #emptyRegisters()} says which of them a source declared but yielded nothing.
   */
  public String summary() {
    Map<String, Integer> byKind = new TreeMap<>();
    issues.forEach(i -> byKind.merge(i.kind(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %s from %s",
        stored() ? "Imported" : "Read", plural(documents, "document"), plural(files, "file")));
    // Always said, zeros too: a volume whose persons did not come through shows it here.
    sb.append(String.format(Locale.ROOT, ", %s, %s, %s", plural(sources == null ? 0 : sources.persons().size(), "person"),
        plural(sources == null ? 0 : sources.places().size(), "place"),
        plural(sources == null ? 0 : sources.terms().size(), "term")));
    sb.append(String.format(Locale.ROOT, " in %.2f s", nanos / 1e9));
    sb.append(issues.isEmpty() ? "; no issues" : "; issues: " + byKind.toString().replaceAll("[{}]", ""));
    return sb.toString();
  }

  /**
   * The issues that say a source declared a register (of persons, places or terms) from which no
   * entry could be read: worth a warning even when the other issues are not shown, since searches
   * by {@code person:} then find nothing in that source.
   */
  public List<ImportIssue> emptyRegisters() {
    return issues.stream().filter(i -> i.kind().equals(ImportIssue.EMPTY_REGISTER)).toList();
  }

  /** The line that closes a failed import: {@code "2 of 3 files could not be imported; nothing was written to ed"}. */
  public String failureSummary() {
    return failures.size() + " of " + plural(files, "file") + " could not be imported; nothing was "
        + (into == null ? "printed" : "written to " + into);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
