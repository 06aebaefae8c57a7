package org.dossier.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one line a user reads. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException x) return "no such file: " + x.getFile();
    if (e instanceof AccessDeniedException x) return "permission denied: " + x.getFile();
    if (e instanceof FileSystemException x) {
      return x.getFile() + ": " + (x.getReason() == null ? x.getClass().getSimpleName() : x.getReason());
    }
    // Our own I/O failures (Solr is unreachable at …) are one line fit to print as they are.
    if (e instanceof IOException && e.getClass().getName().startsWith("org.dossier.")) return e.getMessage();
    if (e instanceof IOException) return "I/O error: " + e.getMessage();
    if (e instanceof CliException || e.getClass().getName().startsWith("org.dossier.")) return e.getMessage();
    return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
        + " — please report it; run with DOSSIER_DEBUG=1 for details";
  }
}
