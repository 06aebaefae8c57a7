package org.dossier.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.cli.Main;

/**
 * {@code dossier serve EDITION} in a JVM of its own, as a site runs it: the load generator then
 * measures a server whose heap, GC and JIT are not its own. Started with this JVM's class path;
 * the server's output goes to a log file beside the edition's folder, not to this console.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("Serving .* at (http://\\S+)");

  private final Process process;
  private final String url;
  private final long startedNanos;

  private ServerProcess(Process process, String url, long startedNanos) {
    this.process = process;
    this.url = url;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts {@code dossier serve edition} on a free loopback port with {@code jvmOptions} (e.g.
   * {@code -Xmx1g}) and returns once it listens; its output goes to {@code log}.
   *
   * @throws IOException if it cannot start or stops before it listens
   */
  static ServerProcess start(Path edition, List<String> jvmOptions, Path log) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", edition.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port), "--progress", "lines"));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Not closed here: once the server listens, the same reader goes on copying its output to the log.
    BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line; (line = lines.readLine()) != null; ) {
        out.write(line);
        out.newLine();
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          out.flush();
          drain(lines, log);
          return new ServerProcess(p, m.group(1).replaceAll("/+$", ""), t0);
        }
      }
    }
    lines.close();
    p.destroyForcibly();
    throw new IOException("dossier serve " + edition + " stopped before it listened; see " + log);
  }

  /** Keeps copying the server's output into its log, so that a full pipe never stops it. */
  private static void drain(BufferedReader lines, Path log) {
    Thread t = new Thread(() -> {
      try (lines; BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
        for (String line; (line = lines.readLine()) != null; ) {
          out.write(line);
          out.newLine();
        }
      } catch (IOException e) {
        // the server stopped; its log ends here
      }
    }, "server-log");
    t.setDaemon(true);
    t.start();
  }

  /** The server's address, e.g. {@code http://127.0.0.1:40123}. */
  String url() {
    return url;
  }

  /** When the process was started, on {@link System#nanoTime()}'s clock. */
  long startedNanos() {
    return startedNanos;
  }

  /** The process, for its CPU time. */
  ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
