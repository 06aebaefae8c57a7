package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.model.SuppressForbidden;
import picocli.CommandLine;

/** The entry point of {@code ./dossier}. Only this class calls {@link System#exit}. */
public final class Main {
  private Main() {}

  @SuppressForbidden(reason = "the process's console, wrapped once; commands print through picocli's writers")
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the command line and returns the exit code: 0 success, 1 failure, 2 bad usage. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(out, err);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands on Errors; a user gets one line, not a trace. What filled the heap is garbage now.
      err.println("dossier: " + outOfMemory(Runtime.getRuntime().maxMemory()));
      err.flush();
      return 1;
    }
  }

  /** The line for a command that ran out of memory, with the heap it had. */
  static String outOfMemory(long maxHeapBytes) {
    return String.format(Locale.ROOT, "out of memory (the heap is %,d MB): give Java more (DOSSIER_JAVA_OPTS=-Xmx2g) or lower "
        + "the import limits (--max-paragraphs, --max-document-chars)", maxHeapBytes >> 20);
  }

  /** The configured command tree, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DossierCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CliException c ? c.exitCode() : 1);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // No stack traces for users: one line that says what and where. DOSSIER_DEBUG=1 shows the trace.
      PrintWriter w = commandLine.getErr();
      w.println("dossier: " + org.dossier.tei.SourceException.oneLine(Errors.describe(e)));
      if (System.getenv("DOSSIER_DEBUG") != null) e.printStackTrace(w);
      w.flush();
      return e instanceof CliException c ? c.exitCode() : 1;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("dossier: " + e.getMessage());
      w.println("Try 'dossier " + commandPath(e.getCommandLine()) + "--help' for usage.");
      w.flush();
      return 2;
    });
    return cl;
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) sb.insert(0, c.getCommandName() + " ");
    return sb.toString();
  }
}
