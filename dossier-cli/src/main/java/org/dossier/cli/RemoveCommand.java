package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.EditionStore;
import picocli.CommandLine.Command;
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int missing = 0;
    try (EditionStore store = Stores.open(dir)) {
      for (String id : ids) {
        if (store.remove(id)) {
          spec.commandLine().getOut().println("Removed " + id);
        } else {
          spec.commandLine().getErr().println("dossier: no document '" + id + "' in " + dir);
          missing++;
        }
      }
    }
    IndexSync.afterWrite(dir, spec.commandLine().getErr());
    return missing == 0 ? 0 : 1;
  }
}
