package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild an edition's search index from its documents.")
final class ReindexCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path edition;

  @Option(names = "--index", paramLabel = "DIR", description = "The index folder (default: EDITION/index).")
  Path indexDir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    try (Library library = Library.open(List.of(edition), indexDir)) {
      library.rebuild();
      spec.commandLine().getOut().printf(Locale.ROOT, "Indexed %d documents in %.2f s%n", library.documentCount(),
          (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
