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
        "A document that does not read back is moved aside into EDITION/.quarantine/ (a re-import or remove mends it).",
        "The search index is made to hold exactly the edition's documents (ids and hashes), and what it changed is said.",
        "The exit code is 1 while a document is in quarantine."})
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
    for (CheckReport.Quarantined q : r.quarantined()) err.println("dossier: quarantined: " + q.line());
    out.println(r.documents() + " documents read back, " + r.quarantined().size() + " quarantined");
    SyncReport index = r.index();
    if (index != null) {
      out.println(index.unchanged() ? "Index in step: it holds exactly the edition's documents"
          : String.format(Locale.ROOT, "Index mended: %d missing indexed, %d stale re-indexed, %d gone deleted",
              index.added().size(), index.replaced().size(), index.removed().size()));
    }
    if (r.indexNote() != null) err.println("dossier: note: " + r.indexNote());
    return r.healthy() ? 0 : 1;
  }
}
