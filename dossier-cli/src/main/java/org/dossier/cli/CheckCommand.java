package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.CheckReport;
import org.dossier.app.DossierApp;
import org.dossier.search.SyncReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Open an edition, repair what a crash left behind, and read every document back.",
        "When every document reads back, the edition's search index is brought in step with it."})
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path dir;

  @Mixin IndexOptions index;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckReport r;
    try (ProgressOptions.Display display = progress.display(spec, false, "")) {
      r = DossierApp.of(index.config(List.of(dir))).check(dir, display.listener());
    }
    r.repairs().forEach(repair -> out.println("repaired: " + repair));
    for (CheckReport.Unreadable u : r.unreadable()) err.println("dossier: " + u.file() + ": " + Errors.describe(u.error()));
    out.println(r.documents() + " documents, " + r.unreadable().size() + " unreadable");
    SyncReport index = r.index();
    if (index != null && !index.unchanged()) {
      out.printf(Locale.ROOT, "Index synced: %d added, %d replaced, %d removed%n",
          index.added().size(), index.replaced().size(), index.removed().size());
    }
    if (r.indexNote() != null) err.println("dossier: note: " + r.indexNote());
    return r.healthy() ? 0 : 1;
  }
}
