package org.dossier.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dossier.ingest.ImportLimits;
import org.dossier.ingest.ImportOptions;

/**
 * What to import and how.
 *
 * @param sources files and folders (folders are walked recursively for {@code .txt}, {@code .html},
 *     {@code .htm} and {@code .xml} files, in name order); at least one
 * @param maxBytes the largest file accepted
 * @param maxIssues issues kept per file
 * @param titleFromSources whether the edition takes the title its sources carry (a FRUS volume's),
 *     when they carry one, instead of keeping its own
 * @param limits the most one document may hold (checked while reading, before anything is written)
 */
public record ImportRequest(List<Path> sources, long maxBytes, int maxIssues, boolean titleFromSources,
    ImportLimits limits) {
  /** Issues kept per file by default. */
  public static final int DEFAULT_MAX_ISSUES = 100;

  public ImportRequest {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) throw new IllegalArgumentException("sources must name at least one file or folder");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
    if (maxIssues < 0) throw new IllegalArgumentException("maxIssues must be >= 0: " + maxIssues);
    Objects.requireNonNull(limits, "limits");
  }

  /** A request with the default {@link ImportLimits}. */
  public ImportRequest(List<Path> sources, long maxBytes, int maxIssues, boolean titleFromSources) {
    this(sources, maxBytes, maxIssues, titleFromSources, ImportLimits.defaults());
  }

  /** Imports {@code sources} with the default limits, keeping the edition's title. */
  public static ImportRequest of(List<Path> sources) {
    return new ImportRequest(sources, ImportOptions.DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES, false);
  }

  /** This request accepting files of up to {@code bytes} bytes. */
  public ImportRequest withMaxBytes(long bytes) {
    return new ImportRequest(sources, bytes, maxIssues, titleFromSources, limits);
  }

  /** This request keeping up to {@code issues} issues per file. */
  public ImportRequest withMaxIssues(int issues) {
    return new ImportRequest(sources, maxBytes, issues, titleFromSources, limits);
  }

  /** This request letting the edition take the title its sources carry, or not. */
  public ImportRequest withTitleFromSources(boolean v) {
    return new ImportRequest(sources, maxBytes, maxIssues, v, limits);
  }

  /** This request with other limits on what one document may hold. */
  public ImportRequest withLimits(ImportLimits v) {
    return new ImportRequest(sources, maxBytes, maxIssues, titleFromSources, v);
  }
}
