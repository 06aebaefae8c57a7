package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild an edition's search index from its documents.")
final class ReindexCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path edition;

  @Mixin IndexOptions index;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    try (EditionSet editions = DossierApp.of(index.config(List.of(edition))).open(List.of(edition));
        ProgressOptions.Display display = progress.display(spec, false, "")) {
      editions.rebuild(display.listener());
      editions.damaged().forEach(d -> spec.commandLine().getErr().println("dossier: warning: " + d.line()));
      spec.commandLine().getOut().printf(Locale.ROOT, "Indexed %d documents in %.2f s%n", editions.documentCount(),
          (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
