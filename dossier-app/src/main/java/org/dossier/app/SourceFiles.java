package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.ingest.ImportIssue;
import org.jspecify.annotations.Nullable;

/** The files an import reads: files as given, folders walked recursively. */
final class SourceFiles {
  private SourceFiles() {}

  /**
   * Files as given, folders walked recursively in name order, keeping only importable files. A
   * file in a folder that is a symbolic link to a file outside that folder is not read (as an
   * {@code xi:include} that leaves the folder is not): it is added to {@code issues} as a
   * {@code security} issue naming the link and its target.
   */
  static List<Path> expand(List<Path> sources, List<ImportIssue> issues) throws AppException, IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : sources) {
      if (!Files.exists(p)) throw new AppException("no such file or folder: " + p);
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      Path root = p.toRealPath();
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(SourceFiles::importable).sorted().forEach(found::add);
      }
      for (Path f : found) {
        Path target = f.toRealPath();
        if (target.startsWith(root)) {
          files.add(f);
        } else {
          issues.add(new ImportIssue("security", f.toString(), 0, 0,
              "a symbolic link to " + target + ", outside the imported folder " + p + "; not read",
              "copy the file into the folder to import it"));
        }
      }
    }
    return files;
  }

  private static boolean importable(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xml");
  }

  /** The deepest folder that holds all files: the bound for xi:include resolution. */
  static @Nullable Path commonRoot(List<Path> files) {
    Path root = null;
    for (Path f : files) {
      Path dir = f.toAbsolutePath().normalize().getParent();
      if (root == null) {
        root = dir;
      } else {
        while (!dir.startsWith(root)) root = root.getParent();
      }
    }
    return root;
  }
}
