package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve editions to read, search and cite in a browser, with a JSON API.",
        "The index is synced with the editions on start and whenever an edition changes."})
final class ServeCommand implements Callable<Integer> {
  /** Searches whose results a server keeps by default. */
  static final int SEARCH_CACHE = 1000;

  @Parameters(paramLabel = "EDITION", arity = "1..*", description = "Edition folders.")
  List<Path> editions;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 serves the whole network).")
  String host;

  @Mixin IndexOptions index;

  @Option(names = "--search-cache", paramLabel = "N", defaultValue = "" + SEARCH_CACHE,
      description = "Keep the results of the N most recent searches until an edition changes; 0 turns it off (default: ${DEFAULT-VALUE}).")
  int searchCache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535: " + port);
    if (searchCache < 0) throw new ParameterException(spec.commandLine(), "--search-cache must be 0 or more: " + searchCache);
    EditionSet served = DossierApp.of(index.config().withSearchCache(searchCache)).open(editions);
    return Server.serve(served, host, port, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
