package org.dossier.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * How to import.
 *
 * @param maxBytes the largest source file accepted (default 50 MB)
 * @param maxIssues issues kept per source file; more are counted, not kept (default 100)
 * @param clock the clock for {@code provenance.importedAt}; tests fix it
 * @param root the folder that bounds {@code xi:include}s and other references, or null for the
 *     source file's own folder
 * @param persons the register of persons of the edition imported into (may be empty): a speaker
 *     label that names one of them is a speaker even where turns do not alternate
 * @param limits the most a document may hold, checked while reading (see {@link ImportLimits})
 */
public record ImportOptions(long maxBytes, int maxIssues, Clock clock, @Nullable Path root, List<RegisterEntry> persons,
    ImportLimits limits) {
  /** 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  public ImportOptions {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
    if (maxIssues < 0) throw new IllegalArgumentException("maxIssues must be >= 0: " + maxIssues);
    Objects.requireNonNull(clock, "clock");
    persons = List.copyOf(persons);
    Objects.requireNonNull(limits, "limits");
  }

  /** Options with the default {@link ImportLimits}. */
  public ImportOptions(long maxBytes, int maxIssues, Clock clock, @Nullable Path root, List<RegisterEntry> persons) {
    this(maxBytes, maxIssues, clock, root, persons, ImportLimits.defaults());
  }

  /** Options without a register of persons. */
  public ImportOptions(long maxBytes, int maxIssues, Clock clock, @Nullable Path root) {
    this(maxBytes, maxIssues, clock, root, List.of(), ImportLimits.defaults());
  }

  /** The defaults, with the system clock. */
  public static ImportOptions defaults() {
    return new ImportOptions(DEFAULT_MAX_BYTES, 100, Clock.systemUTC(), null);
  }

  public ImportOptions withMaxBytes(long v) {
    return new ImportOptions(v, maxIssues, clock, root, persons, limits);
  }

  public ImportOptions withClock(Clock v) {
    return new ImportOptions(maxBytes, maxIssues, v, root, persons, limits);
  }

  public ImportOptions withRoot(@Nullable Path v) {
    return new ImportOptions(maxBytes, maxIssues, clock, v, persons, limits);
  }

  /** These options with the edition's register of persons, whose names make speaker labels speakers. */
  public ImportOptions withPersons(List<RegisterEntry> v) {
    return new ImportOptions(maxBytes, maxIssues, clock, root, v, limits);
  }

  /** These options with other limits on what one document may hold. */
  public ImportOptions withLimits(ImportLimits v) {
    return new ImportOptions(maxBytes, maxIssues, clock, root, persons, v);
  }
}
