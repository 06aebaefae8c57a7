package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.solr.LocalSolrCloud;
import org.dossier.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier solr …}: a local SolrCloud to try and test with, and the configset for a cluster's administrator. */
@Command(name = "solr", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
    description = {"SolrCloud tools: start a local cluster, or write the configset and plugin jar for an existing one.",
        "Commands that index use a cluster with --solr URL (see their --help)."},
    subcommands = {SolrCommand.Start.class, SolrCommand.Configset.class})
final class SolrCommand implements Runnable {
  /** Where the fixture's build is, under the repository ({@code DOSSIER_HOME}). */
  static final String FIXTURE = "testing/solr-cloud-fixture/target";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new ParameterException(spec.commandLine(), "a COMMAND is required: start or configset");
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = {"Start a local SolrCloud (nodes in one JVM of their own, embedded ZooKeeper) and run until stopped.",
          "Prints one line with the nodes' URLs, to give to --solr. Ctrl-C (or SIGTERM) stops the nodes.",
          "For trying and testing: the cluster starts empty each time; reindex --solr rebuilds a collection."})
  static final class Start implements Callable<Integer> {
    @Option(names = "--nodes", defaultValue = "2", paramLabel = "N", description = "Solr nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--port", defaultValue = "8983", paramLabel = "PORT",
        description = "Port of the first node; the others take the next ports; 0: free ports (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the nodes keep their data and log (default: a new temporary folder).")
    Path dir;

    @Option(names = "--heap", defaultValue = "1g", paramLabel = "SIZE", description = "The cluster JVM's maximum heap (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--fixture", paramLabel = "DIR",
        description = "The built SolrCloud fixture (default: $DOSSIER_HOME/" + FIXTURE + "; ./dossier builds it).")
    Path fixture;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (nodes < 1 || nodes > 16) throw new ParameterException(spec.commandLine(), "--nodes must be 1 to 16: " + nodes);
      if (port < 0 || port + nodes - 1 > 65535) {
        throw new ParameterException(spec.commandLine(), "--port must be 0 to " + (65536 - nodes) + ": " + port);
      }
      if (!heap.matches("\\d+[kmgKMG]?")) throw new ParameterException(spec.commandLine(), "--heap must look like 512m or 2g: " + heap);
      Path home = fixture != null ? fixture
          : Path.of(System.getenv().getOrDefault("DOSSIER_HOME", ".")).resolve(FIXTURE);
      home = home.toAbsolutePath().normalize();
      if (!Files.isDirectory(home.resolve("lib"))) {
        throw new CliException("the local SolrCloud is not built (no " + home.resolve("lib") + "); build it with: "
            + "mvn -B -ntp -DskipTests package -pl testing/solr-cloud-fixture -am (./dossier does it)");
      }
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < nodes; i++) ports.add(port == 0 ? 0 : port + i);
      Path work = dir != null ? dir.toAbsolutePath().normalize() : Files.createTempDirectory("dossier-solr");
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LocalSolrCloud solr = LocalSolrCloud.start(home, work, LocalSolrCloud.Settings.nodes(nodes).withPorts(ports).withHeap(heap));
      UntilStopped until = UntilStopped.onStop("solr-shutdown", () -> {
        try {
          solr.close();
        } catch (IOException e) {
          err.println("dossier: " + Errors.describe(e));
        }
      });
      out.println("SolrCloud ready: " + String.join(",", solr.nodeUrls()) + "  (" + nodes + " nodes, data and log in "
          + work + "; Ctrl-C stops)");
      out.flush();
      until.await();
      return 0;
    }
  }

  @Command(name = "configset", mixinStandardHelpOptions = true,
      description = {"Write into DIR what an administrator installs on an existing Solr 9 cluster: conf/ (the configset"
          + " to upload), lib/dossier-solr-plugin.jar (for each node's lib) and README.txt."})
  static final class Configset implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to write (created if needed).")
    Path dir;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Path target = dir.toAbsolutePath().normalize();
      String name = SolrConfigset.writeForAdministrator(target);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wrote configset '" + name + "' to " + target + ":");
      try (Stream<Path> files = Files.walk(target)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          out.println("  " + target.relativize(f).toString().replace('\\', '/'));
        }
      }
      out.println("See README.txt there for the three steps.");
      return 0;
    }
  }
}
