package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.DossierApp;
import org.dossier.app.RemoveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove documents from an edition.")
final class RemoveCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DOC", arity = "1..*", description = "Ids of the documents to remove.")
  List<String> ids;

  @Option(names = {"-e", "--edition"}, defaultValue = ".", description = "The edition folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Mixin IndexOptions index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RemoveReport r = DossierApp.of(index.config(List.of(dir))).remove(dir, ids);
    r.removed().forEach(id -> spec.commandLine().getOut().println("Removed " + id));
    r.missing().forEach(id -> spec.commandLine().getErr().println("dossier: no document '" + id + "' in " + dir));
    if (r.indexNote() != null) spec.commandLine().getErr().println("dossier: note: " + r.indexNote());
    return r.missing().isEmpty() ? 0 : 1;
  }
}
