package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.app.AppConfig;
import org.dossier.app.IndexConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that say where an edition's search index is kept: the one place the command line
 * builds the application's configuration, for the commands that search.
 */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "The index folder (default: EDITION/index for one edition, .dossier-index beside the first of several).")
  @Nullable Path dir;

  /** The configuration these options describe. */
  AppConfig config() {
    return AppConfig.defaults().withIndex(IndexConfig.embedded(dir));
  }
}
