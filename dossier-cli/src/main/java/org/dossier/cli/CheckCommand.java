package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Open an edition, repair what a crash left behind, and read every document back.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int bad = 0;
    try (EditionStore store = Stores.open(dir)) {
      store.repairs().forEach(r -> out.println("repaired: " + r));
      for (DocumentEntry e : store.documents()) {
        try {
          store.expect(e.id());
        } catch (Exception ex) {
          spec.commandLine().getErr().println("dossier: " + e.file() + ": " + Errors.describe(ex));
          bad++;
        }
      }
      out.println(store.documents().size() + " documents, " + bad + " unreadable");
    }
    return bad == 0 ? 0 : 1;
  }
}
