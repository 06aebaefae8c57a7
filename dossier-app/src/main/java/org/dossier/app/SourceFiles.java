package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The files an import reads: files as given, folders walked recursively. */
final class SourceFiles {
  private SourceFiles() {}

  /** Files as given, folders walked recursively in name order, keeping only importable files. */
  static List<Path> expand(List<Path> sources) throws AppException, IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : sources) {
      if (!Files.exists(p)) throw new AppException("no such file or folder: " + p);
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(SourceFiles::importable).sorted().forEach(files::add);
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
