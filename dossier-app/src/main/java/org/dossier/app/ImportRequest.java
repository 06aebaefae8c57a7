package org.dossier.app;

import java.nio.file.Path;
import java.util.List;
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
 */
public record ImportRequest(List<Path> sources, long maxBytes, int maxIssues, boolean titleFromSources) {
  /** Issues kept per file by default. */
  public static final int DEFAULT_MAX_ISSUES = 100;

  public ImportRequest {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) throw new IllegalArgumentException("sources must name at least one file or folder");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
    if (maxIssues < 0) throw new IllegalArgumentException("maxIssues must be >= 0: " + maxIssues);
  }

  /** Imports {@code sources} with the default limits, keeping the edition's title. */
  public static ImportRequest of(List<Path> sources) {
    return new ImportRequest(sources, ImportOptions.DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES, false);
  }

  /** This request accepting files of up to {@code bytes} bytes. */
  public ImportRequest withMaxBytes(long bytes) {
    return new ImportRequest(sources, bytes, maxIssues, titleFromSources);
  }

  /** This request keeping up to {@code issues} issues per file. */
  public ImportRequest withMaxIssues(int issues) {
    return new ImportRequest(sources, maxBytes, issues, titleFromSources);
  }

  /** This request letting the edition take the title its sources carry, or not. */
  public ImportRequest withTitleFromSources(boolean v) {
    return new ImportRequest(sources, maxBytes, maxIssues, v);
  }
}
