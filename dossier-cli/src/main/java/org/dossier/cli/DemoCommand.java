package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.app.ImportReport;
import org.dossier.app.ImportRequest;
import org.dossier.app.IndexConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Build the sample editions from the shared data folder (../shared beside the repository, or --shared DIR):"
        + " the founding page, FRUS volumes and documents, and parliamentary debates.",
        "Serve them at http://localhost:8080 (or --host and --port).",
        "The editions are built once per build of Dossier and reused; --rebuild builds them again."})
final class DemoCommand implements Callable<Integer> {
  /**
   * One sample edition: its id, its title, whether a title the source carries (a FRUS volume's)
   * wins over it, and its sources under shared/.
   */
  record Sample(String id, String title, boolean sourceTitleFirst, List<String> sources) {
    Sample(String id, String title, List<String> sources) {
      this(id, title, false, sources);
    }
  }

  static final List<Sample> SAMPLES = List.of(
      new Sample("masterpieces", "Masterpieces of History: The Peaceful End of the Cold War in Europe, 1989",
          List.of("seed/masterpieces-doc51.txt")),
      new Sample("frus1981-88v05", "FRUS 1981–1988, vol. V, Soviet Union (excerpt)", true,
          List.of("corpora/frus/frus1981-88v05-excerpt.xml")),
      new Sample("frus1918Russiav03", "FRUS 1918, Russia, vol. III", true, List.of("corpora/frus/frus1918Russiav03.xml")),
      new Sample("frus1872p2v5", "FRUS 1872, Part II, vol. V", true, List.of("corpora/frus/frus1872p2v5.xml")),
      new Sample("frus-history", "The Office of the Historian: documents on the FRUS series, 1957–2002",
          List.of("corpora/frus-history/documents")),
      new Sample("siparl", "Slovenian National Assembly, 2nd term (siParl 2.0 sample)",
          List.of("corpora/parla-clarin/siParl2.0/SDT2-sample.xml")),
      new Sample("parlamint", "ParlaMint samples: House of Commons and Chamber of Deputies",
          List.of("corpora/parlamint")));

  private static final String STAMP = ".demo-built";

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared data folder (default: $DOSSIER_SHARED, else ../shared beside the repository).")
  Path shared;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where the sample editions are built (default: demo/ in the repository).")
  Path dir;

  @Option(names = "--rebuild", description = "Build the sample editions again even if they exist.")
  boolean rebuild;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--build-only", description = "Build the editions and the index, then exit without serving.")
  boolean buildOnly;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535: " + port);
    PrintWriter out = spec.commandLine().getOut();
    ProgressOptions.Display serving = progress.display(spec, false, "");
    Path home = Path.of(System.getenv().getOrDefault("DOSSIER_HOME", ".")).toAbsolutePath().normalize();
    String fromEnv = System.getenv("DOSSIER_SHARED");
    Path data = shared != null ? shared
        : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : home.resolveSibling("shared");
    if (!Files.isDirectory(data.resolve("corpora")) || !Files.isRegularFile(data.resolve("seed/masterpieces-doc51.txt"))) {
      throw new CliException("no shared data at " + data + " (expected seed/ and corpora/, the sample data folder that"
          + " README.md describes; give its place with --shared DIR or the environment variable DOSSIER_SHARED)");
    }
    Path target = dir != null ? dir.toAbsolutePath().normalize() : home.resolve("demo");
    // One index for every sample, the one a server of several editions keeps beside the first:
    // the imports fill it as they go, so the server finds it ready.
    DossierApp app = DossierApp.of(AppConfig.defaults().withIndex(IndexConfig.embedded(target.resolve(".dossier-index")))
        .withSearchCacheBytes(ServeCommand.CacheBudgets.defaults().searches()));
    if (rebuild || stale(target.resolve(STAMP))) build(app, data, target, out);
    List<Path> editions = new ArrayList<>();
    for (Sample s : SAMPLES) editions.add(target.resolve(s.id()));
    EditionSet served = app.open(editions);
    if (buildOnly) {
      try (served; serving) {
        served.sync(serving.listener());
        out.println("Built " + served.documentCount() + " documents in " + editions.size() + " editions in " + target);
      }
      return 0;
    }
    return Server.serve(served, host, port, ServeCommand.CacheBudgets.defaults(), ServeCommand.Publishing.defaults(),
        serving, out, spec.commandLine().getErr());
  }

  private void build(DossierApp app, Path data, Path target, PrintWriter out) throws Exception {
    if (Files.exists(target)) {
      if (!Files.isRegularFile(target.resolve(STAMP)) && !isEmptyDir(target)) {
        throw new CliException(target + " exists and is not a demo folder built by dossier; choose another with --dir");
      }
      deleteTree(target);
    }
    Files.createDirectories(target);
    for (Sample s : SAMPLES) {
      List<Path> sources = new ArrayList<>();
      for (String rel : s.sources()) sources.add(data.resolve(rel));
      Path edition = target.resolve(s.id());
      app.init(edition, s.id(), s.title());
      ImportReport r;
      try (ProgressOptions.Display display = progress.display(spec, false, s.id() + ": ")) {
        r = app.importInto(edition, ImportRequest.of(sources).withTitleFromSources(s.sourceTitleFirst()), null,
            display.listener());
      }
      if (!r.failures().isEmpty()) throw new CliException("sample " + s.id() + ": " + r.failures().get(0).getMessage());
      r.emptyRegisters().forEach(i -> spec.commandLine().getErr().println("dossier: warning: " + i));
      out.println(s.id() + ": " + r.summary());
      out.flush();
    }
    Files.writeString(target.resolve(STAMP), "built by dossier demo\n", StandardCharsets.UTF_8);
  }

  /** Missing, or older than this build of dossier: the importers may have changed since. */
  private static boolean stale(Path stamp) {
    if (!Files.isRegularFile(stamp)) return true;
    try {
      Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.getLastModifiedTime(code).compareTo(Files.getLastModifiedTime(stamp)) > 0;
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isEmptyDir(Path p) throws IOException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
