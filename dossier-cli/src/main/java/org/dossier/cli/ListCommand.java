package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.ListedDocument;
import org.dossier.app.LiveEdition;
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
    LiveEdition edition = DossierApp.of(AppConfig.defaults()).read(dir);
    out.println(edition.edition().title() + " (" + edition.documents().size() + " documents)");
    for (ListedDocument e : edition.documents()) {
      out.printf(Locale.ROOT, "%-40s %-6s %-12s %s%n", e.id(),
          e.number() == null ? "" : e.number(), e.date() == null ? "" : e.date(), e.title());
    }
    return 0;
  }
}
