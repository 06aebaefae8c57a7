package org.dossier.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local SolrCloud for tests, benchmarks and {@code dossier solr start}: the {@code
 * solr-cloud-fixture} run as a child process (its own JVM, so Solr's Jetty never meets
 * Dossier's), with Dossier's analysis plugin in its shared lib.
 *
 * <pre>{@code
 * try (LocalSolrCloud solr = LocalSolrCloud.start(fixtureHome, Path.of("/tmp/solr"), LocalSolrCloud.Settings.nodes(2));
 *      SearchIndex index = SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()))) { … }
 * }</pre>
 *
 * <p>{@code fixtureHome} is the fixture's build folder ({@code testing/solr-cloud-fixture/target},
 * holding {@code classes/} or {@code solr-cloud-fixture.jar}, and {@code lib/}), or any folder laid
 * out the same way. Solr's log is {@code workDir/solr.log}.
 */
public final class LocalSolrCloud implements AutoCloseable {
  private static final String MAIN = "org.dossier.solr.fixture.SolrCloudFixture";
  private static final String READY = "SOLR_READY ";

  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> lines;
  private final List<String> urls;
  private final Path log;

  private LocalSolrCloud(Process process, Writer commands, BlockingQueue<String> lines, List<String> urls, Path log) {
    this.process = process;
    this.commands = commands;
    this.lines = lines;
    this.urls = urls;
    this.log = log;
  }

  /**
   * How to run the cluster.
   *
   * @param ports one port per node (0: any free port), at least one
   * @param heap the JVM's maximum heap, as {@code -Xmx} takes it ({@code 1g})
   * @param startTimeout how long to wait for every node to be up
   * @param jvmOptions more options for the cluster's JVM, e.g. {@code -XX:StartFlightRecording=filename=solr.jfr}
   *     to profile the nodes during a load
   */
  public record Settings(List<Integer> ports, String heap, Duration startTimeout, List<String> jvmOptions) {
    public Settings {
      ports = List.copyOf(ports);
      jvmOptions = List.copyOf(jvmOptions);
      for (String o : jvmOptions) if (!o.startsWith("-")) throw new IllegalArgumentException("a JVM option starts with '-': " + o);
      if (ports.isEmpty()) throw new IllegalArgumentException("ports must name at least one node");
      for (int p : ports) if (p < 0 || p > 65535) throw new IllegalArgumentException("not a port: " + p);
      if (!heap.matches("\\d+[kmgKMG]?")) throw new IllegalArgumentException("heap must look like 512m or 2g: " + heap);
      if (startTimeout.isNegative() || startTimeout.isZero()) throw new IllegalArgumentException("startTimeout must be positive: " + startTimeout);
    }

    /** {@code count} nodes on free ports, 1 GB of heap, two minutes to start. */
    public static Settings nodes(int count) {
      if (count < 1) throw new IllegalArgumentException("count must be >= 1: " + count);
      return new Settings(java.util.Collections.nCopies(count, 0), "1g", Duration.ofMinutes(2), List.of());
    }

    /** These settings with the nodes on {@code newPorts}. */
    public Settings withPorts(List<Integer> newPorts) {
      return new Settings(newPorts, heap, startTimeout, jvmOptions);
    }

    /** These settings with another heap. */
    public Settings withHeap(String newHeap) {
      return new Settings(ports, newHeap, startTimeout, jvmOptions);
    }

    /** These settings waiting up to {@code timeout} for every node to be up. */
    public Settings withStartTimeout(Duration timeout) {
      return new Settings(ports, heap, timeout, jvmOptions);
    }

    /** These settings with {@code options} added to the cluster's JVM command line. */
    public Settings withJvmOptions(List<String> options) {
      return new Settings(ports, heap, startTimeout, options);
    }
  }

  /**
   * Starts the cluster and waits until every node is up.
   *
   * @param fixtureHome the fixture's folder (see the class documentation)
   * @param workDir where the nodes keep their data, the plugin jar and the log; created
   * @throws IOException if the fixture is not found, does not start in time (the message ends
   *     with the last lines of its log), or the plugin jar cannot be written
   */
  public static LocalSolrCloud start(Path fixtureHome, Path workDir, Settings settings) throws IOException {
    Objects.requireNonNull(settings, "settings");
    String classpath = classpath(fixtureHome);
    Files.createDirectories(workDir);
    Path lib = workDir.resolve("lib");
    SolrConfigset.writePluginJar(lib.resolve(SolrConfigset.PLUGIN_JAR));
    Path log = workDir.resolve("solr.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.heap(),
        "-Djava.net.preferIPv4Stack=true"));
    command.addAll(settings.jvmOptions());
    command.addAll(List.of("-cp", classpath, MAIN,
        "--dir", workDir.resolve("cluster").toAbsolutePath().toString(),
        "--lib", lib.toAbsolutePath().toString(),
        "--nodes", String.valueOf(settings.ports().size()),
        "--ports", settings.ports().stream().map(String::valueOf).collect(Collectors.joining(","))));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> pump(process, lines), "solr-cloud-output");
    reader.setDaemon(true);
    reader.start();
    Writer commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    try {
      String ready = await(lines, READY, settings.startTimeout(), process, log);
      List<String> urls = List.of(ready.substring(READY.length()).strip().split("\\s+"));
      return new LocalSolrCloud(process, commands, lines, urls, log);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** The fixture's classpath: its classes or jar, then every jar of {@code lib/}. */
  static String classpath(Path home) throws IOException {
    Path lib = home.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IOException("no SolrCloud fixture at " + home.toAbsolutePath() + " (its lib/ folder is missing; build testing/solr-cloud-fixture)");
    }
    List<String> parts = new ArrayList<>();
    Path classes = home.resolve("classes");
    if (Files.isDirectory(classes)) parts.add(classes.toAbsolutePath().toString());
    try (Stream<Path> files = Files.list(home)) {
      files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> parts.add(f.toAbsolutePath().toString()));
    }
    parts.add(lib.toAbsolutePath() + java.io.File.separator + "*");
    return String.join(java.io.File.pathSeparator, parts);
  }

  private static void pump(Process process, BlockingQueue<String> lines) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) lines.add(line);
    } catch (IOException e) {
      // The process ended; await() reports it.
    }
  }

  private static String await(BlockingQueue<String> lines, String prefix, Duration timeout, Process process, Path log) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && line.startsWith(prefix)) return line;
        if (line != null && line.startsWith("ERROR")) throw new IOException("the SolrCloud fixture says: " + line + tail(log));
        if (line == null && !process.isAlive() && lines.isEmpty()) {
          throw new IOException("the SolrCloud fixture exited with code " + process.exitValue() + tail(log));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the SolrCloud fixture");
    }
    throw new IOException("the SolrCloud fixture did not answer '" + prefix.strip() + "' within " + timeout.toSeconds() + " s" + tail(log));
  }

  private static String tail(Path log) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "; last lines of " + log + ":\n" + String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** The base URL of every node, in node order ({@code http://127.0.0.1:PORT/solr}). */
  public List<String> nodeUrls() {
    return urls;
  }

  /** Solr's log file. */
  public Path log() {
    return log;
  }

  /**
   * Stops node {@code n} (0-based); its replicas go down, the others keep answering.
   *
   * @throws IOException if the fixture reports an error or does not answer within a minute
   */
  public synchronized void stopNode(int n) throws IOException {
    command("stop " + n);
  }

  /**
   * Starts node {@code n} again on its port and waits until it is up.
   *
   * @throws IOException if the fixture reports an error or does not answer within a minute
   */
  public synchronized void startNode(int n) throws IOException {
    command("start " + n);
  }

  private void command(String command) throws IOException {
    if (!process.isAlive()) throw new IOException("the SolrCloud fixture is not running" + tail(log));
    commands.write(command + "\n");
    commands.flush();
    String answer = await(lines, "", Duration.ofMinutes(1), process, log);
    if (!answer.startsWith("OK")) throw new IOException("the SolrCloud fixture could not '" + command + "': " + answer);
  }

  /** Shuts the cluster down (waiting up to a minute for a clean stop) and ends the process. */
  @Override
  public void close() throws IOException {
    try {
      if (process.isAlive()) {
        commands.write("quit\n");
        commands.close();
      }
    } catch (IOException e) {
      // The process is gone or going; it is ended below either way.
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public String toString() {
    return "LocalSolrCloud" + Arrays.toString(urls.toArray());
  }
}
