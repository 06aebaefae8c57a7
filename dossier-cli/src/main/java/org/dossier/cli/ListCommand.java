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

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents of an edition.")
final class ListCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (EditionStore store = Stores.openReadOnly(dir)) {
      out.println(store.edition().title() + " (" + store.documents().size() + " documents)");
      for (DocumentEntry e : store.documents()) {
        out.printf(java.util.Locale.ROOT, "%-40s %-6s %-12s %s%n", e.id(),
            e.number() == null ? "" : e.number(), e.date() == null ? "" : e.date(), e.title());
      }
    }
    return 0;
  }
}
