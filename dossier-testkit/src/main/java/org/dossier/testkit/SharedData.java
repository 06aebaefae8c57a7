package org.dossier.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (the seed page, the corpora, the TEI schemas) beside the repository.
 * The build passes the repository root as the system property {@code dossier.root}.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder. @throws IllegalStateException naming where it looked */
  public static Path root() {
    String env = System.getenv("DOSSIER_SHARED");
    if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
    Path repo = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();
    for (Path p = repo; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("corpora"))) return candidate;
    }
    throw new IllegalStateException("no shared/ folder with corpora/ beside " + repo + " or its parents");
  }

  /** A path under the shared folder, e.g. {@code seed/masterpieces-doc51.txt}. @throws IllegalStateException if missing */
  public static Path path(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) throw new IllegalStateException("missing shared file: " + p);
    return p;
  }

  /** The founding page. */
  public static Path foundingPage() {
    return path("seed/masterpieces-doc51.txt");
  }

  /** The full TEI P5 RELAX NG schema. */
  public static Path teiAll() {
    return path("schemas/tei_all.rng");
  }
}
