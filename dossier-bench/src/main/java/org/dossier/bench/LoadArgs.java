package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link WebLoad}'s command line: positional {@code [url] [clients] [seconds] [warmup]} for the
 * closed loop, options for the open loop and for a server of its own.
 */
record LoadArgs(String url, int clients, int seconds, int warmup, boolean openLoop, boolean findMax, double rate,
                double step, double maxRate, double searchShare, int connections, double documentTarget,
                double searchTarget, @Nullable Path serve, List<String> serverJvm) {
  LoadArgs {
    serverJvm = List.copyOf(serverJvm);
  }

  /**
   * Reads {@code args}.
   *
   * @throws IllegalArgumentException naming an unknown option or a bad value
   */
  static LoadArgs parse(String[] args) {
    List<String> positional = new ArrayList<>();
    boolean open = false;
    boolean findMax = false;
    double rate = -1;
    double step = 100;
    double maxRate = 3000;
    double searchShare = 0.2;
    int connections = 64;
    int seconds = -1;
    int warmup = -1;
    double[] targets = {20, 50};
    Path serve = null;
    List<String> serverJvm = List.of("-Xmx1g");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      if (a.equals("--find-max")) {
        findMax = true;
        open = true;
        continue;
      }
      if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
      String v = args[++i];
      switch (a) {
        case "--rate" -> { rate = positive(a, v); open = true; }
        case "--seconds" -> seconds = (int) positive(a, v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--searches" -> searchShare = Double.parseDouble(v);
        case "--connections" -> connections = (int) positive(a, v);
        case "--step" -> step = positive(a, v);
        case "--max-rate" -> maxRate = positive(a, v);
        case "--targets" -> {
          String[] t = v.split(",");
          if (t.length != 2) throw new IllegalArgumentException("--targets is DOC_MS,SEARCH_MS: " + v);
          targets = new double[] {positive(a, t[0]), positive(a, t[1])};
        }
        case "--serve" -> serve = Path.of(v);
        case "--server-jvm" -> serverJvm = List.of(v.trim().split("\\s+"));
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    String url = serve == null && !positional.isEmpty() ? positional.remove(0) : "http://127.0.0.1:8080";
    int clients = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 32;
    if (seconds < 0) seconds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : open ? 30 : 60;
    if (warmup < 0) warmup = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : open ? 5 : 10;
    if (rate < 0) rate = 100;
    return new LoadArgs(url, clients, seconds, warmup, open, findMax, rate, step, maxRate, searchShare, connections,
        targets[0], targets[1], serve, serverJvm);
  }

  private static double positive(String option, String value) {
    double d = Double.parseDouble(value);
    if (!(d > 0)) throw new IllegalArgumentException(option + " must be > 0: " + value);
    return d;
  }

  /** The open-loop settings at {@link #rate()}. */
  OpenLoop.Settings settings() {
    return new OpenLoop.Settings(rate, seconds, warmup, searchShare, connections);
  }

  /** The rates to run: the one asked for, or with {@code --find-max} every step up to the highest. */
  List<Double> rates() {
    if (!findMax) return List.of(rate);
    List<Double> out = new ArrayList<>();
    for (double r = rate; r <= maxRate; r += step) out.add(r);
    return out;
  }
}
